#include "wib_input.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace pontive::core {

QDateTime parseWibDateTime(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    // An explicit offset or Z wins; a bare local time is WIB, whatever the host's zone.
    static const QRegularExpression offset(QStringLiteral("(Z|[+-]\\d\\d:?\\d\\d)$"));
    const bool hasOffset = t.contains(QLatin1Char('T')) && offset.match(t).hasMatch();
    QDateTime parsed = QDateTime::fromString(t, Qt::ISODate);
    if (!parsed.isValid()) {
        const QDate date = QDate::fromString(t, Qt::ISODate);
        if (!date.isValid())
            return {};
        parsed = QDateTime(date, QTime(0, 0));
    }
    if (!hasOffset)
        parsed = QDateTime(parsed.date(), parsed.time(), QTimeZone(7 * 3600));
    return parsed.toUTC();
}

} // namespace pontive::core
