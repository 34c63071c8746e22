#pragma once

#include <QString>

namespace pontive::core {

// A bookable room and its opening hours (minutes after midnight, WIB).
struct Room {
    qint64 id = 0;
    QString name;
    int openMinute = 7 * 60;
    int closeMinute = 21 * 60;
    int capacity = 0;   // 0: not limited
};

} // namespace pontive::core
