#include "booking_texts.h"

#include "util/wib_time.h"

namespace pontive::core {

QString BookingTexts::describe(const QString &title, const QDateTime &start, const QDateTime &end)
{
    const QDateTime s = toWib(start);
    const QDateTime e = toWib(end);
    return tr("'%1', %2-%3, %4")
        .arg(title, s.toString(QStringLiteral("HH.mm")), e.toString(QStringLiteral("HH.mm")),
             s.toString(QStringLiteral("dd/MM/yyyy")));
}

QString BookingTexts::conflictWith(const QString &title, const QDateTime &start, const QDateTime &end)
{
    return tr("conflicts with %1").arg(describe(title, start, end));
}

} // namespace pontive::core
