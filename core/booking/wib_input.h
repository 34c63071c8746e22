#pragma once

#include <QDateTime>
#include <QString>

namespace pontive::core {

// "2027-01-12T09:00" (WIB), "2027-01-12T09:00+07:00", "2027-01-12T02:00Z" or a date
// "2027-01-12" (00.00 WIB) -> UTC. Invalid when it cannot be read.
QDateTime parseWibDateTime(const QString &text);

} // namespace pontive::core
