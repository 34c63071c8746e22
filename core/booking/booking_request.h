#pragma once

#include "booking.h"

#include <QDate>
#include <QList>

namespace pontive::core {

// What an operator asks for; the repository validates it and writes nothing unless all
// of it (every occurrence of a recurring request) can be written.
struct BookingRequest {
    QString room;           // empty: the first room (the Pontive Center)
    QString title;
    QString organiser;
    QString agency;         // agency code
    QString contact;
    QDateTime start;
    QDateTime end;
    int attendees = 0;
    QString purpose;
    Equipment equipment;
    QString layout;
    QString rrule;          // RFC 5545 RRULE value, e.g. "FREQ=WEEKLY;COUNT=4"
    QList<QDate> exceptions;   // WIB dates skipped by the rule
    bool approve = false;   // book it approved at once (Diskominfo's own meetings)
    QString uid;            // kept from an imported .ics event
};

} // namespace pontive::core
