// booking rooms [list] | add NAME [--opens HH:MM] [--closes HH:MM] [--capacity N]
//               | edit NAME [--name NEW] [--opens] [--closes] [--capacity] | remove NAME
#include "booking_rooms_command.h"

#include "ctl_context.h"
#include "options.h"

#include "booking/booking_repository.h"
#include "util/text_table.h"

#include <QCommandLineParser>
#include <QTime>

namespace pontive::ctl {

namespace {

QString hhmm(int minute)
{
    return minute >= 24 * 60 ? QStringLiteral("24.00") : QTime(0, 0).addSecs(minute * 60).toString(QStringLiteral("HH.mm"));
}

// "07:00", "7.30" or "24:00" -> minutes after midnight; -1 when unreadable.
int minuteOf(const QString &text)
{
    const QStringList parts = QString(text).replace(QLatin1Char('.'), QLatin1Char(':')).split(QLatin1Char(':'));
    bool okH = false;
    bool okM = parts.size() == 1;
    const int h = parts.value(0).toInt(&okH);
    const int m = parts.size() > 1 ? parts[1].toInt(&okM) : 0;
    if (!okH || !okM || parts.size() > 2 || h < 0 || m < 0 || m > 59 || h * 60 + m > 24 * 60)
        return -1;
    return h * 60 + m;
}

int list(CtlContext &ctx)
{
    auto db = ctx.database();
    if (!db)
        return kRefused;
    auto all = core::BookingRepository(db, ctx.actor()).rooms();
    if (!all)
        return ctx.refuse(all.error());
    core::TextTable t({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("opens"), QStringLiteral("closes"),
                       QStringLiteral("capacity")},
                      {CtlContext::tr("ID"), CtlContext::tr("Room"), CtlContext::tr("Opens"), CtlContext::tr("Closes"),
                       CtlContext::tr("Capacity")});
    for (const core::Room &r : *all)
        t.addRow({QString::number(r.id), r.name, hhmm(r.openMinute), hhmm(r.closeMinute), QString::number(r.capacity)});
    ctx.out() << t.toText();
    ctx.out().flush();
    return kDone;
}

// Reads --name/--opens/--closes/--capacity over `room`; false (usage printed) when unreadable.
bool readRoom(CtlContext &ctx, const QCommandLineParser &p, core::Room &room)
{
    if (p.isSet(QStringLiteral("name")))
        room.name = p.value(QStringLiteral("name"));
    for (auto [option, field] : {std::pair{"opens", &room.openMinute}, std::pair{"closes", &room.closeMinute}}) {
        const QString name = QString::fromLatin1(option);
        if (!p.isSet(name))
            continue;
        *field = minuteOf(p.value(name));
        if (*field < 0) {
            ctx.usage(CtlContext::tr("--%1: '%2' is not a time like 07:00").arg(name, p.value(name)));
            return false;
        }
    }
    if (p.isSet(QStringLiteral("capacity"))) {
        bool ok = false;
        room.capacity = p.value(QStringLiteral("capacity")).toInt(&ok);
        if (!ok || room.capacity < 0) {
            ctx.usage(CtlContext::tr("--capacity must be a whole number (0: not limited)"));
            return false;
        }
    }
    return true;
}

} // namespace

int runBookingRooms(CtlContext &ctx)
{
    const QString sub = ctx.args().value(2);
    if (sub.isEmpty() || sub == QLatin1String("list"))
        return list(ctx);
    if (sub != QLatin1String("add") && sub != QLatin1String("edit") && sub != QLatin1String("remove"))
        return ctx.usage(CtlContext::tr("unknown rooms command '%1' (list, add, edit, remove)").arg(sub));
    QCommandLineParser p;
    for (const char *name : {"name", "opens", "closes", "capacity"})
        p.addOption({QString::fromLatin1(name), QString::fromLatin1(name), QStringLiteral("VALUE")});
    if (!parseOptions(ctx, p, 3))
        return kUsage;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(CtlContext::tr("usage: booking rooms %1 NAME [--opens 07:00] [--closes 21:00] [--capacity N]")
                             .arg(sub));
    const QString name = p.positionalArguments().front();
    auto db = ctx.database();
    if (!db)
        return kRefused;
    core::BookingRepository repo(db, ctx.actor());
    if (sub == QLatin1String("remove")) {
        if (auto done = repo.removeRoom(name); !done)
            return ctx.refuse(done.error());
        ctx.out() << CtlContext::tr("removed room '%1'").arg(name) << Qt::endl;
        return kDone;
    }
    core::Room room;
    if (sub == QLatin1String("edit")) {
        auto current = repo.room(name);
        if (!current)
            return ctx.refuse(current.error());
        room = *current;
    } else {
        room.name = name;
    }
    if (!readRoom(ctx, p, room))
        return kUsage;
    if (sub == QLatin1String("add")) {
        auto id = repo.addRoom(room);
        if (!id)
            return ctx.refuse(id.error());
        ctx.out() << CtlContext::tr("added room '%1' (id %2)").arg(room.name).arg(*id) << Qt::endl;
        return kDone;
    }
    if (auto done = repo.editRoom(name, room); !done)
        return ctx.refuse(done.error());
    ctx.out() << CtlContext::tr("room '%1': %2-%3, capacity %4")
                     .arg(room.name, hhmm(room.openMinute), hhmm(room.closeMinute))
                     .arg(room.capacity)
              << Qt::endl;
    return kDone;
}

} // namespace pontive::ctl
