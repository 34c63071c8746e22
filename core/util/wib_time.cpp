#include "wib_time.h"

#include <QTimeZone>

namespace pontive::core {

QDateTime toWib(const QDateTime &utc)
{
    static const QTimeZone wib(7 * 3600);
    return utc.toTimeZone(wib);
}

QString formatWib(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return toWib(utc).toString(QStringLiteral("dd/MM/yyyy HH.mm"));
}

QString isoWib(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return toWib(utc).toString(Qt::ISODate);
}

} // namespace pontive::core
