#pragma once

#include <QDateTime>
#include <QString>

namespace pontive::core {

// Pontianak keeps WIB (UTC+7, no daylight saving): every time shown to an operator.
QDateTime toWib(const QDateTime &utc);
// "12/01/2027 09.00": the Indonesian day-month-year, 24-hour style.
QString formatWib(const QDateTime &utc);
// ISO 8601 with the +07:00 offset, for CSV and JSON.
QString isoWib(const QDateTime &utc);

} // namespace pontive::core
