#include "camera_exporter.h"

#include "camera_columns.h"
#include "csv_reader.h"
#include "util/url_redaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pontive::core {

namespace {

QHash<QString, QString> rowOf(const Camera &c, const Location *l, bool withSecrets)
{
    using namespace columns;
    auto url = [withSecrets](const QString &u) { return withSecrets ? u : stripUrlPassword(u); };
    QHash<QString, QString> row;
    row.insert(kName, c.name);
    row.insert(kLocation, c.location);
    row.insert(kDistrict, c.district);
    if (l && l->latitude)
        row.insert(kLatitude, QString::number(*l->latitude, 'f', 6));
    if (l && l->longitude)
        row.insert(kLongitude, QString::number(*l->longitude, 'f', 6));
    row.insert(kAgency, c.agency);
    row.insert(kLocationAgency, l ? l->agency : QString());
    row.insert(kKind, toKey(c.kind));
    row.insert(kMedia, toKey(c.media));
    row.insert(kMainUrl, url(c.mainUrl));
    row.insert(kSubUrl, url(c.subUrl));
    row.insert(kOnvifUrl, url(c.onvifUrl));
    row.insert(kUsername, c.username);
    if (withSecrets)
        row.insert(kPassword, c.password);
    row.insert(kEnabled, c.enabled ? QStringLiteral("yes") : QStringLiteral("no"));
    row.insert(kNotes, c.notes);
    row.insert(kTags, c.tags.join(QLatin1Char(' ')));
    row.insert(kStatus, toKey(c.status));
    row.insert(kCause, c.status == CameraStatus::Offline ? toKey(c.cause) : QString());
    return row;
}

} // namespace

QByteArray CameraExporter::write(const std::vector<Camera> &cameras, const std::vector<Location> &locations,
                                 ExportFormat format, bool withSecrets)
{
    QHash<qint64, const Location *> byId;
    for (const Location &l : locations)
        byId.insert(l.id, &l);
    const QStringList cols = inventoryColumns(withSecrets);
    if (format == ExportFormat::Json) {
        QJsonArray array;
        for (const Camera &c : cameras) {
            const auto row = rowOf(c, byId.value(c.locationId), withSecrets);
            QJsonObject o;
            for (const QString &col : cols) {
                if (col == columns::kLatitude || col == columns::kLongitude) {
                    if (row.contains(col))
                        o.insert(col, row.value(col).toDouble());
                } else if (col == columns::kEnabled) {
                    o.insert(col, c.enabled);
                } else if (col == columns::kTags) {
                    o.insert(col, QJsonArray::fromStringList(c.tags));
                } else {
                    o.insert(col, row.value(col));
                }
            }
            array.append(o);
        }
        return QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    QString out = cols.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const Camera &c : cameras) {
        const auto row = rowOf(c, byId.value(c.locationId), withSecrets);
        QStringList fields;
        for (const QString &col : cols)
            fields << csvField(row.value(col));
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

} // namespace pontive::core
