#pragma once

#include "booking.h"
#include "booking_request.h"
#include "error.h"

#include <QByteArray>
#include <QCoreApplication>

#include <vector>

namespace pontive::core {

// iCalendar (RFC 5545) through libical: a room's calendar out, events in. Times are
// written in UTC; floating times read in are taken as WIB.
class BookingIcs
{
    Q_DECLARE_TR_FUNCTIONS(BookingIcs)
public:
    struct ImportOptions {
        QString room;        // empty: the event's LOCATION, else the first room
        QString agency;      // for events that name none (X-PONTIVE-AGENCY)
        QString organiser;   // for events that name none
        bool approve = false;
    };

    // Approved bookings as CONFIRMED, requested as TENTATIVE, cancelled/rejected as
    // CANCELLED; one VEVENT per booking, keeping its UID, except that the live occurrences
    // of a series go out as one VEVENT with its RRULE (UNTIL the last one) and EXDATEs.
    static QByteArray exportCalendar(const QString &calendarName, const std::vector<Booking> &bookings);
    // Every VEVENT (RRULE and EXDATE kept, so the repository expands them with libical).
    // Cancelled events are left out. A bad event refuses the whole file.
    static Result<std::vector<BookingRequest>> parse(const QByteArray &ics, const ImportOptions &options);
};

} // namespace pontive::core
