#pragma once

#include "booking.h"
#include "util/text_table.h"

#include <QCoreApplication>

#include <vector>

namespace pontive::core {

// Bookings as rows: brief (WIB "dd/MM/yyyy HH.mm") for a terminal, full (ISO 8601 with
// +07:00) for CSV and JSON exports.
class BookingTable
{
    Q_DECLARE_TR_FUNCTIONS(BookingTable)
public:
    static TextTable brief(const std::vector<Booking> &bookings);
    static TextTable full(const std::vector<Booking> &bookings);
};

} // namespace pontive::core
