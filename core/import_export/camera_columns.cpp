#include "camera_columns.h"

#include <QHash>

namespace pontive::core {

QStringList inventoryColumns(bool withSecrets)
{
    using namespace columns;
    QStringList out{kName, kLocation, kDistrict, kLatitude, kLongitude, kAgency, kLocationAgency, kKind,
                    kMedia, kMainUrl, kSubUrl, kOnvifUrl, kUsername};
    if (withSecrets)
        out << kPassword;
    out << kEnabled << kNotes << kTags << kStatus << kCause;
    return out;
}

QStringList requiredInventoryColumns()
{
    using namespace columns;
    return {kName, kLocation, kAgency, kKind, kMedia};
}

QString canonicalColumn(const QString &header)
{
    static const QHash<QString, QString> aliases = [] {
        using namespace columns;
        QHash<QString, QString> map;
        auto add = [&map](const QString &key, std::initializer_list<const char *> words) {
            map.insert(key, key);
            for (const char *w : words)
                map.insert(QString::fromLatin1(w), key);
        };
        add(kName, {"nama", "nama_kamera", "camera", "kamera", "camera_name"});
        add(kLocation, {"lokasi", "titik", "point", "nama_titik", "nama_lokasi"});
        add(kDistrict, {"kecamatan"});
        add(kLatitude, {"lat", "lintang"});
        add(kLongitude, {"lon", "lng", "long", "bujur"});
        add(kAgency, {"owner", "dinas", "instansi", "pemilik", "opd"});
        add(kLocationAgency, {"pemilik_titik", "dinas_titik", "point_owner"});
        add(kKind, {"type", "jenis", "tipe", "jenis_kamera"});
        add(kMedia, {"network", "jaringan", "media_jaringan"});
        add(kMainUrl, {"rtsp_main", "url_utama", "stream_utama", "main_stream"});
        add(kSubUrl, {"rtsp_sub", "url_sub", "sub_stream", "stream_sub"});
        add(kOnvifUrl, {"onvif", "url_onvif"});
        add(kUsername, {"user", "pengguna", "nama_pengguna"});
        add(kPassword, {"kata_sandi", "sandi"});
        add(kEnabled, {"aktif", "active"});
        add(kNotes, {"catatan", "keterangan"});
        add(kTags, {"label", "kegunaan", "tag"});
        add(kStatus, {"keadaan"});
        add(kCause, {"offline_cause", "penyebab", "sebab"});
        return map;
    }();
    QString key = header.trimmed().toLower();
    key.replace(QLatin1Char(' '), QLatin1Char('_'));
    key.replace(QLatin1Char('-'), QLatin1Char('_'));
    return aliases.value(key);
}

} // namespace pontive::core
