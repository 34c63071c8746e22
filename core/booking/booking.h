#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace pontive::core {

enum class BookingStatus { Requested, Approved, Rejected, Cancelled };
// A status change for one occurrence or for every occurrence of its series.
enum class BookingScope { Occurrence, Series };

// The word stored in the database and used on the command line: "approved".
QString bookingStatusKey(BookingStatus status);
std::optional<BookingStatus> parseBookingStatus(const QString &key);
// For the operator, translated.
QString bookingStatusText(BookingStatus status);

struct Equipment {
    bool wall = false;
    bool projector = false;
    bool sound = false;
};

// One meeting in a room: a single booking or one occurrence of a recurring series.
// Times are UTC; they are shown in WIB.
struct Booking {
    qint64 id = 0;
    QString uid;            // iCalendar UID, stable across export and import
    qint64 roomId = 0;
    QString room;
    QString title;
    QString organiser;
    QString agency;         // agency code: "Dishub"
    QString contact;
    QDateTime start;
    QDateTime end;
    int attendees = 0;
    QString purpose;
    Equipment equipment;
    BookingStatus status = BookingStatus::Requested;
    QString statusBy;
    QString statusReason;
    QDateTime statusAt;
    QString layout;         // wall layout to show during the meeting, may be empty
    qint64 seriesId = 0;    // 0 when not recurring
    QString rrule;          // the series' rule, empty when not recurring
    QString createdBy;
};

} // namespace pontive::core
