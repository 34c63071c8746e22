#include "booking_table.h"

#include "util/wib_time.h"

namespace pontive::core {

namespace {

QString equipmentText(const Equipment &e)
{
    QStringList parts;
    if (e.wall)
        parts << QStringLiteral("wall");
    if (e.projector)
        parts << QStringLiteral("projector");
    if (e.sound)
        parts << QStringLiteral("sound");
    return parts.join(QLatin1Char('|'));
}

} // namespace

TextTable BookingTable::brief(const std::vector<Booking> &bookings)
{
    TextTable t({QStringLiteral("id"), QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("room"),
                 QStringLiteral("title"), QStringLiteral("agency"), QStringLiteral("status")},
                {tr("ID"), tr("Start (WIB)"), tr("End"), tr("Room"), tr("Title"), tr("Agency"), tr("Status")});
    for (const Booking &b : bookings) {
        t.addRow({QString::number(b.id), formatWib(b.start), toWib(b.end).toString(QStringLiteral("HH.mm")), b.room,
                  b.title, b.agency, bookingStatusText(b.status)});
    }
    return t;
}

TextTable BookingTable::full(const std::vector<Booking> &bookings)
{
    TextTable t({QStringLiteral("id"), QStringLiteral("uid"), QStringLiteral("room"), QStringLiteral("title"),
                 QStringLiteral("organiser"), QStringLiteral("agency"), QStringLiteral("contact"), QStringLiteral("start"),
                 QStringLiteral("end"), QStringLiteral("attendees"), QStringLiteral("purpose"), QStringLiteral("equipment"),
                 QStringLiteral("status"), QStringLiteral("status_by"), QStringLiteral("status_reason"),
                 QStringLiteral("layout"), QStringLiteral("series"), QStringLiteral("rrule")},
                {tr("ID"), tr("UID"), tr("Room"), tr("Title"), tr("Organiser"), tr("Agency"), tr("Contact"),
                 tr("Start"), tr("End"), tr("Attendees"), tr("Purpose"), tr("Equipment"), tr("Status"), tr("By"),
                 tr("Reason"), tr("Layout"), tr("Series"), tr("Rule")});
    for (const Booking &b : bookings) {
        t.addRow({QString::number(b.id), b.uid, b.room, b.title, b.organiser, b.agency, b.contact, isoWib(b.start),
                  isoWib(b.end), QString::number(b.attendees), b.purpose, equipmentText(b.equipment),
                  bookingStatusKey(b.status), b.statusBy, b.statusReason, b.layout,
                  b.seriesId > 0 ? QString::number(b.seriesId) : QString(), b.rrule});
    }
    return t;
}

} // namespace pontive::core
