#include "camera_list_table.h"

#include "util/url_redaction.h"
#include "util/wib_time.h"

namespace pontive::core {

namespace {

QString statusText(const Camera &c)
{
    if (c.status == CameraStatus::Offline)
        return toKey(c.status) + QLatin1Char('/') + toKey(c.cause);
    return toKey(c.status);
}

} // namespace

TextTable CameraListTable::brief(const std::vector<Camera> &cameras)
{
    TextTable table({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("location"),
                     QStringLiteral("district"), QStringLiteral("agency"), QStringLiteral("kind"),
                     QStringLiteral("media"), QStringLiteral("status"), QStringLiteral("since")},
                    {tr("ID"), tr("Name"), tr("Location"), tr("District"), tr("Agency"), tr("Kind"), tr("Media"),
                     tr("Status"), tr("Since (WIB)")});
    for (const Camera &c : cameras) {
        table.addRow({QString::number(c.id), c.name, c.location, c.district, c.agency, toKey(c.kind),
                      toKey(c.media), statusText(c), formatWib(c.statusSince)});
    }
    return table;
}

TextTable CameraListTable::full(const std::vector<Camera> &cameras)
{
    const QStringList keys{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("location"),
                           QStringLiteral("district"), QStringLiteral("agency"), QStringLiteral("kind"),
                           QStringLiteral("media"), QStringLiteral("status"), QStringLiteral("cause"),
                           QStringLiteral("since"), QStringLiteral("enabled"), QStringLiteral("main_url"),
                           QStringLiteral("sub_url"), QStringLiteral("onvif_url"), QStringLiteral("username"),
                           QStringLiteral("tags"), QStringLiteral("notes")};
    TextTable table(keys, keys);
    for (const Camera &c : cameras) {
        table.addRow({QString::number(c.id), c.name, c.location, c.district, c.agency, toKey(c.kind),
                      toKey(c.media), toKey(c.status),
                      c.status == CameraStatus::Offline ? toKey(c.cause) : QString(), isoWib(c.statusSince),
                      c.enabled ? QStringLiteral("yes") : QStringLiteral("no"), redactUrl(c.mainUrl),
                      redactUrl(c.subUrl), redactUrl(c.onvifUrl), c.username, c.tags.join(QLatin1Char(' ')),
                      c.notes});
    }
    return table;
}

} // namespace pontive::core
