#pragma once

#include "booking.h"

#include <optional>

namespace pontive::core {

// Which bookings to list: a room (empty: all), a time window (invalid: open) and a status.
struct BookingQuery {
    QString room;
    QDateTime from;
    QDateTime to;
    std::optional<BookingStatus> status;
};

} // namespace pontive::core
