#include "camera_row_parser.h"

#include "camera_columns.h"
#include "util/url_redaction.h"

#include <QRegularExpression>

namespace pontive::core {

namespace {

// Accepts "-0.0263" and the Indonesian "-0,0263".
std::optional<double> parseCoordinate(QString text)
{
    text = text.trimmed();
    if (text.count(QLatin1Char(',')) == 1 && !text.contains(QLatin1Char('.')))
        text.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("1") || t == QLatin1String("yes") || t == QLatin1String("true")
        || t == QLatin1String("ya") || t == QLatin1String("aktif"))
        return true;
    if (t == QLatin1String("0") || t == QLatin1String("no") || t == QLatin1String("false")
        || t == QLatin1String("tidak") || t == QLatin1String("nonaktif"))
        return false;
    return std::nullopt;
}

} // namespace

CameraRowParser::CameraRowParser(QString fileName, QStringList agencyCodes, QSet<QString> existingCameraKeys)
    : m_file(std::move(fileName)), m_agencies(std::move(agencyCodes)), m_existing(std::move(existingCameraKeys))
{
}

QString CameraRowParser::cameraKey(const QString &location, const QString &name)
{
    return location.trimmed().toLower() + QLatin1Char('\n') + name.trimmed().toLower();
}

std::optional<InventoryItem> CameraRowParser::parse(const QHash<QString, QString> &row, int line,
                                                    std::vector<ImportIssue> &issues)
{
    using namespace columns;
    const std::size_t before = issues.size();
    auto issue = [&](const QString &column, const QString &reason) {
        issues.push_back(ImportIssue{m_file, line, column, reason});
    };
    auto value = [&](const QString &key) { return row.value(key).trimmed(); };
    auto agencyCode = [&](const QString &text) -> QString {
        for (const QString &code : m_agencies) {
            if (code.compare(text, Qt::CaseInsensitive) == 0)
                return code;
        }
        return {};
    };

    InventoryItem item;
    item.line = line;
    Camera &c = item.camera;
    Location &l = item.location;

    c.name = value(kName);
    if (c.name.isEmpty())
        issue(kName, tr("missing name"));
    l.name = value(kLocation);
    if (l.name.isEmpty())
        issue(kLocation, tr("missing location"));
    c.location = l.name;
    l.district = value(kDistrict);
    c.district = l.district;

    c.agency = agencyCode(value(kAgency));
    if (value(kAgency).isEmpty())
        issue(kAgency, tr("missing agency"));
    else if (c.agency.isEmpty())
        issue(kAgency, tr("unknown agency '%1'").arg(value(kAgency)));
    const QString locationAgency = value(kLocationAgency);
    l.agency = locationAgency.isEmpty() ? c.agency : agencyCode(locationAgency);
    if (!locationAgency.isEmpty() && l.agency.isEmpty())
        issue(kLocationAgency, tr("unknown agency '%1'").arg(locationAgency));

    if (auto kind = parseCameraKind(value(kKind)))
        c.kind = *kind;
    else
        issue(kKind, tr("unknown kind '%1' (ptz or fixed)").arg(value(kKind)));
    if (auto media = parseMediaType(value(kMedia)))
        c.media = *media;
    else
        issue(kMedia, tr("unknown media '%1' (fiber or wireless)").arg(value(kMedia)));

    const QStringList streamSchemes{QStringLiteral("rtsp"), QStringLiteral("rtsps"), QStringLiteral("http"),
                                    QStringLiteral("https")};
    const QStringList onvifSchemes{QStringLiteral("http"), QStringLiteral("https")};
    for (const auto &[key, target, schemes] : {std::tuple{kMainUrl, &c.mainUrl, &streamSchemes},
                                               std::tuple{kSubUrl, &c.subUrl, &streamSchemes},
                                               std::tuple{kOnvifUrl, &c.onvifUrl, &onvifSchemes}}) {
        *target = value(key);
        if (target->isEmpty())
            continue;
        if (const QString why = checkUrl(*target, *schemes); !why.isEmpty())
            issue(key, tr("bad URL '%1': %2").arg(redactUrl(*target), why));
    }

    for (const auto &[key, target, limit] : {std::tuple{kLatitude, &l.latitude, 90.0},
                                             std::tuple{kLongitude, &l.longitude, 180.0}}) {
        const QString text = value(key);
        if (text.isEmpty())
            continue;
        const auto v = parseCoordinate(text);
        if (!v)
            issue(key, tr("'%1' is not a number").arg(text));
        else if (*v < -limit || *v > limit)
            issue(key, tr("%1 is outside -%2..%2").arg(text).arg(limit));
        else
            *target = *v;
    }

    c.username = row.value(kUsername);
    c.password = row.value(kPassword);
    if (auto enabled = parseBool(value(kEnabled)))
        c.enabled = *enabled;
    else
        issue(kEnabled, tr("'%1' is not yes or no").arg(value(kEnabled)));
    c.notes = row.value(kNotes);
    static const QRegularExpression tagSplit(QStringLiteral("[,;| ]+"));
    c.tags = value(kTags).toLower().split(tagSplit, Qt::SkipEmptyParts);
    if (auto status = parseCameraStatus(value(kStatus)))
        c.status = *status;
    else
        issue(kStatus, tr("unknown status '%1' (online, offline or unknown)").arg(value(kStatus)));
    if (auto cause = parseOfflineCause(value(kCause)))
        c.cause = *cause;
    else
        issue(kCause, tr("unknown cause '%1' (camera, power, media)").arg(value(kCause)));

    if (!c.name.isEmpty() && !l.name.isEmpty()) {
        const QString key = cameraKey(l.name, c.name);
        if (m_existing.contains(key))
            issue(kName, tr("duplicate camera name '%1' at '%2': already in the store").arg(c.name, l.name));
        else if (m_seen.contains(key))
            issue(kName, tr("duplicate camera name '%1' at '%2' in this file").arg(c.name, l.name));
        m_seen.insert(key);
    }
    if (issues.size() != before)
        return std::nullopt;
    return item;
}

} // namespace pontive::core
