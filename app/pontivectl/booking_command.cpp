// booking add|list|approve|reject|cancel|report|export-ics|import-ics|rooms
#include "ctl_context.h"
#include "options.h"
#include "booking_rooms_command.h"

#include "booking/booking_ics.h"
#include "booking/booking_repository.h"
#include "booking/booking_table.h"
#include "booking/usage_report.h"
#include "booking/wib_input.h"
#include "booking/pdf/booking_report_pdf.h"
#include "store/database.h"

#include <QFile>
#include <QSaveFile>

namespace pontive::ctl {

namespace {

using core::BookingRepository;

QString opt(const QCommandLineParser &p, const char *name)
{
    return p.value(QString::fromLatin1(name));
}

bool has(const QCommandLineParser &p, const char *name)
{
    return p.isSet(QString::fromLatin1(name));
}

void addValueOptions(QCommandLineParser &p, std::initializer_list<const char *> names)
{
    for (const char *name : names)
        p.addOption({QString::fromLatin1(name), QString::fromLatin1(name), QStringLiteral("VALUE")});
}

// --from/--to as WIB date-times; false (and a usage message) when unreadable.
bool timeOption(CtlContext &ctx, const QCommandLineParser &p, const char *name, QDateTime &out)
{
    if (!has(p, name))
        return true;
    out = core::parseWibDateTime(opt(p, name));
    if (out.isValid())
        return true;
    ctx.usage(CtlContext::tr("--%1: '%2' is not a date-time like 2027-01-12T09:00").arg(QString::fromLatin1(name), opt(p, name)));
    return false;
}

void printWarnings(CtlContext &ctx, const QStringList &warnings)
{
    for (const QString &w : warnings)
        ctx.err() << "pontivectl: " << CtlContext::tr("warning: %1").arg(w) << Qt::endl;
}

int add(CtlContext &ctx)
{
    QCommandLineParser p;
    addValueOptions(p, {"room", "title", "agency", "organiser", "contact", "start", "end", "attendees", "purpose",
                        "layout", "rrule", "except", "equipment"});
    p.addOption({QStringLiteral("approve"), CtlContext::tr("book it approved at once")});
    if (!parseOptions(ctx, p, 2))
        return kUsage;
    for (const char *required : {"title", "agency", "organiser", "start", "end"}) {
        if (!has(p, required))
            return ctx.usage(CtlContext::tr("booking add needs --%1").arg(QString::fromLatin1(required)));
    }
    core::BookingRequest r;
    r.room = opt(p, "room");
    r.title = opt(p, "title");
    r.agency = opt(p, "agency");
    r.organiser = opt(p, "organiser");
    r.contact = opt(p, "contact");
    r.purpose = opt(p, "purpose");
    r.layout = opt(p, "layout");
    r.rrule = opt(p, "rrule");
    r.approve = has(p, "approve");
    if (!timeOption(ctx, p, "start", r.start) || !timeOption(ctx, p, "end", r.end))
        return kUsage;
    if (has(p, "attendees")) {
        bool ok = false;
        r.attendees = opt(p, "attendees").toInt(&ok);
        if (!ok || r.attendees < 0)
            return ctx.usage(CtlContext::tr("--attendees must be a whole number"));
    }
    for (const QString &d : opt(p, "except").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QDate date = QDate::fromString(d.trimmed(), Qt::ISODate);
        if (!date.isValid())
            return ctx.usage(CtlContext::tr("--except: '%1' is not a date like 2027-01-19").arg(d));
        r.exceptions << date;
    }
    for (const QString &e : opt(p, "equipment").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString word = e.trimmed().toLower();
        if (word == QLatin1String("wall")) r.equipment.wall = true;
        else if (word == QLatin1String("projector")) r.equipment.projector = true;
        else if (word == QLatin1String("sound")) r.equipment.sound = true;
        else return ctx.usage(CtlContext::tr("--equipment takes wall, projector and sound"));
    }
    auto db = ctx.database();
    if (!db)
        return kRefused;
    auto done = BookingRepository(db, ctx.actor()).add(r);
    if (!done)
        return ctx.refuse(done.error());
    printWarnings(ctx, done->warnings);
    if (done->ids.size() == 1)
        ctx.out() << CtlContext::tr("booked '%1' (id %2)").arg(r.title).arg(done->ids.front()) << Qt::endl;
    else
        ctx.out() << CtlContext::tr("booked '%1': %2 occurrences (ids %3-%4, series %5)")
                         .arg(r.title)
                         .arg(done->ids.size())
                         .arg(done->ids.front())
                         .arg(done->ids.back())
                         .arg(done->seriesId)
                  << Qt::endl;
    return kDone;
}

// Options shared by list, report and export-ics; false on a usage error (already printed).
bool readQuery(CtlContext &ctx, const QCommandLineParser &p, core::BookingQuery &q)
{
    q.room = opt(p, "room");
    if (!timeOption(ctx, p, "from", q.from) || !timeOption(ctx, p, "to", q.to))
        return false;
    if (has(p, "status")) {
        q.status = core::parseBookingStatus(opt(p, "status"));
        if (!q.status) {
            ctx.usage(CtlContext::tr("--status must be requested, approved, rejected or cancelled"));
            return false;
        }
    }
    return true;
}

// booking report --format pdf --output FILE: the office's printed page.
int reportPdf(CtlContext &ctx, const QCommandLineParser &p)
{
    if (!has(p, "output"))
        return ctx.usage(CtlContext::tr("booking report --format pdf needs --output FILE"));
    core::BookingQuery q;
    if (!readQuery(ctx, p, q))
        return kUsage;
    auto db = ctx.database();
    if (!db)
        return kRefused;
    BookingRepository repo(db, ctx.actor());
    QString roomName = CtlContext::tr("all rooms");
    if (!q.room.isEmpty()) {
        auto room = repo.room(q.room);
        if (!room)
            return ctx.refuse(room.error());
        q.room = roomName = room->name;
    }
    auto bookings = repo.list(q);
    if (!bookings)
        return ctx.refuse(bookings.error());
    const auto report = core::UsageReport::build(*bookings);
    if (auto done = core::BookingReportPdf::write(opt(p, "output"), report,
                                                  {roomName, q.from, q.to, QDateTime::currentDateTimeUtc()});
        !done)
        return ctx.refuse(done.error());
    ctx.out() << CtlContext::tr("wrote the report of %n meeting(s) to %1", nullptr, report.meetings()).arg(opt(p, "output"))
              << Qt::endl;
    return kDone;
}

int listOrReport(CtlContext &ctx, bool report)
{
    QCommandLineParser p;
    addValueOptions(p, {"room", "from", "to", "status", "format", "output"});
    if (!parseOptions(ctx, p, 2))
        return kUsage;
    if (report && opt(p, "format") == QLatin1String("pdf"))
        return reportPdf(ctx, p);
    const auto format = outputFormat(opt(p, "format"));
    if (!format)
        return ctx.usage(report ? CtlContext::tr("--format must be table, csv, json or pdf")
                                : CtlContext::tr("--format must be table, csv or json"));
    core::BookingQuery q;
    if (!readQuery(ctx, p, q))
        return kUsage;
    auto db = ctx.database();
    if (!db)
        return kRefused;
    auto bookings = BookingRepository(db, ctx.actor()).list(q);
    if (!bookings)
        return ctx.refuse(bookings.error());
    const core::TextTable table = report ? core::UsageReport::build(*bookings).toTable()
        : *format == OutputFormat::Table ? core::BookingTable::brief(*bookings)
                                         : core::BookingTable::full(*bookings);
    switch (*format) {
    case OutputFormat::Table:
        ctx.out() << table.toText();
        if (!report)
            ctx.out() << CtlContext::tr("%n booking(s)", nullptr, int(bookings->size())) << '\n';
        break;
    case OutputFormat::Csv: ctx.out() << table.toCsv(); break;
    case OutputFormat::Json: ctx.out() << table.toJson(); break;
    }
    ctx.out().flush();
    return kDone;
}

int changeStatus(CtlContext &ctx, const QString &sub)
{
    QCommandLineParser p;
    addValueOptions(p, {"reason"});
    p.addOption({QStringLiteral("series"), CtlContext::tr("every occurrence of the booking's series")});
    if (!parseOptions(ctx, p, 2))
        return kUsage;
    bool ok = false;
    const qint64 id = p.positionalArguments().value(0).toLongLong(&ok);
    if (p.positionalArguments().size() != 1 || !ok)
        return ctx.usage(CtlContext::tr("usage: booking %1 ID [--reason TEXT] [--series]").arg(sub));
    auto db = ctx.database();
    if (!db)
        return kRefused;
    BookingRepository repo(db, ctx.actor());
    const QString reason = opt(p, "reason");
    const auto scope = has(p, "series") ? core::BookingScope::Series : core::BookingScope::Occurrence;
    const auto to = sub == QLatin1String("approve") ? core::BookingStatus::Approved
        : sub == QLatin1String("reject")            ? core::BookingStatus::Rejected
                                                    : core::BookingStatus::Cancelled;
    const Status done = repo.changeStatus(id, to, reason, scope);
    if (!done)
        return ctx.refuse(done.error());
    auto b = repo.get(id);
    if (!b)
        return ctx.refuse(b.error());
    if (scope == core::BookingScope::Series && b->seriesId > 0)
        ctx.out() << CtlContext::tr("series %1 of '%2' is now %3").arg(b->seriesId).arg(b->title, core::bookingStatusText(to))
                  << Qt::endl;
    else
        ctx.out() << CtlContext::tr("booking %1 '%2' is now %3").arg(id).arg(b->title, core::bookingStatusText(b->status))
                  << Qt::endl;
    return kDone;
}

int exportIcs(CtlContext &ctx)
{
    QCommandLineParser p;
    addValueOptions(p, {"room", "from", "to", "status", "output"});
    if (!parseOptions(ctx, p, 2))
        return kUsage;
    core::BookingQuery q;
    if (!readQuery(ctx, p, q))
        return kUsage;
    auto db = ctx.database();
    if (!db)
        return kRefused;
    BookingRepository repo(db, ctx.actor());
    auto room = repo.room(q.room);
    if (!room)
        return ctx.refuse(room.error());
    q.room = room->name;
    auto bookings = repo.list(q);
    if (!bookings)
        return ctx.refuse(bookings.error());
    const QByteArray ics = core::BookingIcs::exportCalendar(room->name, *bookings);
    if (!has(p, "output")) {
        ctx.out() << QString::fromUtf8(ics);
        ctx.out().flush();
        return kDone;
    }
    QSaveFile file(opt(p, "output"));
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit())
        return ctx.refuse(CtlContext::tr("cannot write %1: %2").arg(opt(p, "output"), file.errorString()));
    ctx.out() << CtlContext::tr("wrote %n booking(s) to %1", nullptr, int(bookings->size())).arg(opt(p, "output"))
              << Qt::endl;
    return kDone;
}

int importIcs(CtlContext &ctx)
{
    QCommandLineParser p;
    addValueOptions(p, {"room", "agency", "organiser"});
    p.addOption({QStringLiteral("approve"), CtlContext::tr("import the events approved")});
    if (!parseOptions(ctx, p, 2))
        return kUsage;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(CtlContext::tr("usage: booking import-ics FILE [--room R] [--agency A] [--approve]"));
    QFile file(p.positionalArguments().front());
    if (!file.open(QIODevice::ReadOnly))
        return ctx.refuse(CtlContext::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    auto requests = core::BookingIcs::parse(file.readAll(), {opt(p, "room"), opt(p, "agency"), opt(p, "organiser"),
                                                             has(p, "approve")});
    if (!requests)
        return ctx.refuse(requests.error());
    auto db = ctx.database();
    if (!db)
        return kRefused;
    auto done = BookingRepository(db, ctx.actor()).addAll(*requests);
    if (!done)
        return ctx.refuse(done.error());
    printWarnings(ctx, done->warnings);
    ctx.out() << CtlContext::tr("imported %n booking(s)", nullptr, int(done->ids.size())) << Qt::endl;
    return kDone;
}

} // namespace

int runBooking(CtlContext &ctx)
{
    const QString sub = ctx.args().value(1);
    if (sub == QLatin1String("add"))
        return add(ctx);
    if (sub == QLatin1String("list") || sub.isEmpty())
        return listOrReport(ctx, false);
    if (sub == QLatin1String("report"))
        return listOrReport(ctx, true);
    if (sub == QLatin1String("approve") || sub == QLatin1String("reject") || sub == QLatin1String("cancel"))
        return changeStatus(ctx, sub);
    if (sub == QLatin1String("export-ics"))
        return exportIcs(ctx);
    if (sub == QLatin1String("import-ics"))
        return importIcs(ctx);
    if (sub == QLatin1String("rooms"))
        return runBookingRooms(ctx);
    return ctx.usage(CtlContext::tr("unknown booking command '%1' (add, list, approve, reject, cancel, report, "
                                    "export-ics, import-ics, rooms)")
                         .arg(sub));
}

} // namespace pontive::ctl
