#include "booking_ics.h"

#include "booking_logging.h"
#include "recurrence.h"

#include <QTimeZone>

#include <libical/ical.h>

#include <QMap>

#include <algorithm>
#include <cstdlib>
#include <memory>

namespace pontive::core {

namespace {

using ComponentPtr = std::unique_ptr<icalcomponent, decltype(&icalcomponent_free)>;

const char *const kAgency = "X-PONTIVE-AGENCY";
const char *const kOrganiser = "X-PONTIVE-ORGANISER";
const char *const kAttendees = "X-PONTIVE-ATTENDEES";
const char *const kLayout = "X-PONTIVE-LAYOUT";
const char *const kContact = "X-PONTIVE-CONTACT";

icaltimetype utcTime(const QDateTime &t)
{
    return icaltime_from_timet_with_zone(time_t(t.toSecsSinceEpoch()), 0, icaltimezone_get_utc_timezone());
}

void addText(icalcomponent *event, icalproperty *property)
{
    icalcomponent_add_property(event, property);
}

void addX(icalcomponent *event, const char *name, const QString &value)
{
    if (value.isEmpty())
        return;
    icalproperty *p = icalproperty_new_x(value.toUtf8().constData());
    icalproperty_set_x_name(p, name);
    icalcomponent_add_property(event, p);
}

QString xValue(icalcomponent *event, const char *name)
{
    for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_X_PROPERTY)) {
        if (qstrcmp(icalproperty_get_x_name(p), name) == 0)
            return QString::fromUtf8(icalproperty_get_x(p));
    }
    return {};
}

QString text(const char *value)
{
    return value ? QString::fromUtf8(value) : QString();
}

// libical time -> UTC; floating times are WIB wall-clock times.
QDateTime toUtc(const icaltimetype &t)
{
    if (icaltime_is_null_time(t) || t.is_date)
        return {};
    const QDate date(t.year, t.month, t.day);
    const QTime time(t.hour, t.minute, t.second);
    if (icaltime_is_utc(t))
        return QDateTime(date, time, Qt::UTC);
    if (t.zone)
        return QDateTime::fromSecsSinceEpoch(qint64(icaltime_as_timet_with_zone(t, t.zone)), Qt::UTC);
    return QDateTime(date, time, QTimeZone(7 * 3600)).toUTC();
}

icalproperty_status icsStatus(BookingStatus s)
{
    switch (s) {
    case BookingStatus::Approved: return ICAL_STATUS_CONFIRMED;
    case BookingStatus::Requested: return ICAL_STATUS_TENTATIVE;
    case BookingStatus::Rejected:
    case BookingStatus::Cancelled: return ICAL_STATUS_CANCELLED;
    }
    return ICAL_STATUS_TENTATIVE;
}

QString organiserOf(icalcomponent *event)
{
    QString organiser = xValue(event, kOrganiser);
    if (!organiser.isEmpty())
        return organiser;
    icalproperty *p = icalcomponent_get_first_property(event, ICAL_ORGANIZER_PROPERTY);
    if (!p)
        return {};
    if (icalparameter *cn = icalproperty_get_first_parameter(p, ICAL_CN_PARAMETER))
        return text(icalparameter_get_cn(cn));
    organiser = text(icalproperty_get_organizer(p));
    return organiser.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive) ? organiser.mid(7) : organiser;
}

Result<BookingRequest> readEvent(icalcomponent *event, const BookingIcs::ImportOptions &options)
{
    BookingRequest r;
    r.uid = text(icalcomponent_get_uid(event));
    r.title = text(icalcomponent_get_summary(event)).trimmed();
    const QString name = r.title.isEmpty() ? r.uid : r.title;
    r.start = toUtc(icalcomponent_get_dtstart(event));
    r.end = toUtc(icalcomponent_get_dtend(event));
    if (!r.start.isValid() || !r.end.isValid())
        return fail(ErrorCode::BadInput, BookingIcs::tr("event '%1' needs a start and an end with a time of day").arg(name));
    r.purpose = text(icalcomponent_get_description(event));
    r.room = options.room.isEmpty() ? text(icalcomponent_get_location(event)) : options.room;
    r.agency = xValue(event, kAgency);
    if (r.agency.isEmpty())
        r.agency = options.agency;
    if (r.agency.isEmpty())
        return fail(ErrorCode::BadInput, BookingIcs::tr("event '%1' names no agency; give one").arg(name));
    r.organiser = organiserOf(event);
    if (r.organiser.isEmpty())
        r.organiser = options.organiser.isEmpty() ? r.agency : options.organiser;
    r.contact = xValue(event, kContact);
    r.layout = xValue(event, kLayout);
    r.attendees = xValue(event, kAttendees).toInt();
    r.approve = options.approve;
    if (icalproperty *rule = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY)) {
        icalrecurrencetype recur = icalproperty_get_rrule(rule);
        char *ruleText = icalrecurrencetype_as_string_r(&recur);
        r.rrule = text(ruleText);
        std::free(ruleText);
    }
    for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY)) {
        const icaltimetype ex = icalproperty_get_exdate(p);
        r.exceptions << (ex.is_date ? QDate(ex.year, ex.month, ex.day) : toUtc(ex).toTimeZone(QTimeZone(7 * 3600)).date());
    }
    return r;
}

} // namespace

namespace {

bool isLive(const Booking &b)
{
    return b.status == BookingStatus::Approved || b.status == BookingStatus::Requested;
}

icalcomponent *newEvent(const Booking &b, const QString &uid, const icaltimetype &stamp)
{
    icalcomponent *event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    addText(event, icalproperty_new_uid(uid.toUtf8().constData()));
    addText(event, icalproperty_new_dtstamp(stamp));
    addText(event, icalproperty_new_dtstart(utcTime(b.start)));
    addText(event, icalproperty_new_dtend(utcTime(b.end)));
    addText(event, icalproperty_new_summary(b.title.toUtf8().constData()));
    addText(event, icalproperty_new_location(b.room.toUtf8().constData()));
    addText(event, icalproperty_new_status(icsStatus(b.status)));
    if (!b.purpose.isEmpty())
        addText(event, icalproperty_new_description(b.purpose.toUtf8().constData()));
    addX(event, kAgency, b.agency);
    addX(event, kOrganiser, b.organiser);
    addX(event, kContact, b.contact);
    addX(event, kLayout, b.layout);
    if (b.attendees > 0)
        addX(event, kAttendees, QString::number(b.attendees));
    return event;
}

// The series' UID: an occurrence's UID is "<series UID>/yyyyMMdd".
QString seriesUid(const QString &occurrenceUid)
{
    const qsizetype slash = occurrenceUid.lastIndexOf(QLatin1Char('/'));
    return slash > 0 ? occurrenceUid.left(slash) : occurrenceUid;
}

// One VEVENT for the live occurrences of a series that share the first one's status: the
// series' rule cut to the exported occurrences (UNTIL the last one), and EXDATE for every
// date the rule gives that is not among them. Empty when the rule cannot be used; the
// occurrences then go out one by one. Returns the occurrences it covered.
std::vector<const Booking *> addSeriesEvent(icalcomponent *cal, const std::vector<const Booking *> &occurrences,
                                            const icaltimetype &stamp)
{
    std::vector<const Booking *> covered;
    for (const Booking *b : occurrences) {
        if (b->status == occurrences.front()->status && b->start.secsTo(b->end) == occurrences.front()->start.secsTo(occurrences.front()->end))
            covered.push_back(b);
    }
    if (covered.size() < 2)
        return {};
    const Booking &first = *covered.front();
    icalerror_clear_errno();
    icalrecurrencetype recur = icalrecurrencetype_from_string(first.rrule.toUtf8().constData());
    if (recur.freq == ICAL_NO_RECURRENCE || icalerrno != ICAL_NO_ERROR) {
        icalerror_clear_errno();
        return {};
    }
    recur.count = 0;
    recur.until = utcTime(covered.back()->start);
    char *ruleText = icalrecurrencetype_as_string_r(&recur);
    const QString rule = QString::fromUtf8(ruleText);
    std::free(ruleText);
    auto expected = Recurrence::expand(rule, first.start);
    if (!expected)
        return {};
    QList<QDateTime> starts;
    for (const Booking *b : covered)
        starts << b->start;
    for (const QDateTime &s : starts) {
        if (std::find(expected->begin(), expected->end(), s) == expected->end())
            return {};   // an occurrence the rule does not give (moved by hand): not a clean series
    }
    icalcomponent *event = newEvent(first, seriesUid(first.uid), stamp);
    addText(event, icalproperty_new_rrule(recur));
    for (const QDateTime &s : *expected) {
        if (!starts.contains(s))
            addText(event, icalproperty_new_exdate(utcTime(s)));
    }
    icalcomponent_add_component(cal, event);
    return covered;
}

} // namespace

QByteArray BookingIcs::exportCalendar(const QString &calendarName, const std::vector<Booking> &bookings)
{
    ComponentPtr cal(icalcomponent_new(ICAL_VCALENDAR_COMPONENT), &icalcomponent_free);
    icalcomponent_add_property(cal.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal.get(), icalproperty_new_prodid("-//Pontive Wall//Room booking//EN"));
    icalproperty *name = icalproperty_new_x(calendarName.toUtf8().constData());
    icalproperty_set_x_name(name, "X-WR-CALNAME");
    icalcomponent_add_property(cal.get(), name);
    const icaltimetype stamp = utcTime(QDateTime::currentDateTimeUtc());
    // A series goes out as its rule (RRULE + EXDATE), not as expanded occurrences.
    QMap<qint64, std::vector<const Booking *>> series;
    for (const Booking &b : bookings) {
        if (b.seriesId > 0 && !b.rrule.isEmpty() && isLive(b))
            series[b.seriesId].push_back(&b);
    }
    std::vector<const Booking *> done;
    for (const auto &occurrences : std::as_const(series)) {
        const auto covered = addSeriesEvent(cal.get(), occurrences, stamp);
        done.insert(done.end(), covered.begin(), covered.end());
    }
    for (const Booking &b : bookings) {
        if (std::find(done.begin(), done.end(), &b) == done.end())
            icalcomponent_add_component(cal.get(), newEvent(b, b.uid, stamp));
    }
    char *out = icalcomponent_as_ical_string_r(cal.get());
    QByteArray bytes(out);
    std::free(out);
    return bytes;
}

Result<std::vector<BookingRequest>> BookingIcs::parse(const QByteArray &ics, const ImportOptions &options)
{
    ComponentPtr root(icalparser_parse_string(ics.constData()), &icalcomponent_free);
    if (!root)
        return fail(ErrorCode::BadInput, tr("the file is not an iCalendar file"));
    std::vector<icalcomponent *> events;
    if (icalcomponent_isa(root.get()) == ICAL_VEVENT_COMPONENT) {
        events.push_back(root.get());
    } else {
        for (icalcomponent *e = icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT); e;
             e = icalcomponent_get_next_component(root.get(), ICAL_VEVENT_COMPONENT))
            events.push_back(e);
    }
    if (events.empty())
        return fail(ErrorCode::BadInput, tr("the file holds no events"));
    std::vector<BookingRequest> out;
    for (icalcomponent *e : events) {
        if (icalcomponent_get_status(e) == ICAL_STATUS_CANCELLED)
            continue;
        auto r = readEvent(e, options);
        if (!r)
            return std::unexpected(r.error());
        out.push_back(std::move(*r));
    }
    qCInfo(lcBooking) << "read" << out.size() << "events from" << events.size() << "in an .ics file";
    return out;
}

} // namespace pontive::core
