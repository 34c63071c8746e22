#pragma once

#include "room.h"

#include <QStringList>

#include <vector>

namespace pontive::core {

// What a booking form offers: the rooms, the city's agencies (codes) and the saved wall
// layouts (names), read together from the store.
struct BookingChoices {
    std::vector<Room> rooms;
    QStringList agencies;
    QStringList layouts;
};

} // namespace pontive::core
