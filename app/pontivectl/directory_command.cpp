// agencies and locations: the lists cameras refer to. And the audit log.
#include "ctl_context.h"
#include "options.h"

#include "store/agency_repository.h"
#include "store/audit_log.h"
#include "store/database.h"
#include "store/location_repository.h"
#include "util/text_table.h"
#include "util/wib_time.h"

namespace pontive::ctl {

int runAgencies(CtlContext &ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("name-en"), CtlContext::tr("English name"), QStringLiteral("NAME")});
    if (!parseOptions(ctx, p, 2))
        return kUsage;
    auto db = ctx.database();
    if (!db)
        return kRefused;
    core::AgencyRepository repo(db, ctx.actor());
    const QString sub = ctx.args().value(1);
    const QStringList pos = p.positionalArguments();
    if (sub.isEmpty() || sub == QLatin1String("list")) {
        auto all = repo.list();
        if (!all)
            return ctx.refuse(all.error());
        core::TextTable t({QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("name_en")},
                          {CtlContext::tr("Code"), CtlContext::tr("Name"), CtlContext::tr("English name")});
        for (const core::Agency &a : *all)
            t.addRow({a.code, a.name, a.nameEn});
        ctx.out() << t.toText() << Qt::flush;
        return kDone;
    }
    if (sub == QLatin1String("add") || sub == QLatin1String("rename")) {
        if (pos.size() != 2)
            return ctx.usage(CtlContext::tr("usage: agencies %1 CODE NAME [--name-en NAME]").arg(sub));
        Status done;
        if (sub == QLatin1String("add")) {
            auto id = repo.add(core::Agency{0, pos[0], pos[1], p.value(QStringLiteral("name-en"))});
            if (!id)
                done = std::unexpected(id.error());
        } else {
            done = repo.rename(pos[0], pos[1], p.value(QStringLiteral("name-en")));
        }
        if (!done)
            return ctx.refuse(done.error());
        ctx.out() << CtlContext::tr("agency %1 saved").arg(pos[0]) << Qt::endl;
        return kDone;
    }
    if (sub == QLatin1String("remove")) {
        if (pos.size() != 1)
            return ctx.usage(CtlContext::tr("usage: agencies remove CODE"));
        if (auto done = repo.remove(pos[0]); !done)
            return ctx.refuse(done.error());
        ctx.out() << CtlContext::tr("agency %1 removed").arg(pos[0]) << Qt::endl;
        return kDone;
    }
    return ctx.usage(CtlContext::tr("unknown agencies command '%1' (list, add, rename, remove)").arg(sub));
}

int runLocations(CtlContext &ctx)
{
    QCommandLineParser p;
    for (const char *o : {"district", "agency", "lat", "lon", "tags"})
        p.addOption({QString::fromLatin1(o), QString::fromLatin1(o), QStringLiteral("VALUE")});
    if (!parseOptions(ctx, p, 2))
        return kUsage;
    auto db = ctx.database();
    if (!db)
        return kRefused;
    core::LocationRepository repo(db, ctx.actor());
    const QString sub = ctx.args().value(1);
    if (sub.isEmpty() || sub == QLatin1String("list")) {
        auto all = repo.list();
        if (!all)
            return ctx.refuse(all.error());
        core::TextTable t({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("district"),
                           QStringLiteral("agency"), QStringLiteral("latitude"), QStringLiteral("longitude")},
                          {CtlContext::tr("ID"), CtlContext::tr("Name"), CtlContext::tr("District"),
                           CtlContext::tr("Agency"), CtlContext::tr("Latitude"), CtlContext::tr("Longitude")});
        for (const core::Location &l : *all)
            t.addRow({QString::number(l.id), l.name, l.district, l.agency,
                      l.latitude ? QString::number(*l.latitude, 'f', 5) : QString(),
                      l.longitude ? QString::number(*l.longitude, 'f', 5) : QString()});
        ctx.out() << t.toText() << Qt::flush;
        return kDone;
    }
    if (sub == QLatin1String("add")) {
        if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("agency")))
            return ctx.usage(CtlContext::tr("usage: locations add NAME --agency CODE [--district D --lat X --lon Y]"));
        core::Location l;
        l.name = p.positionalArguments().front();
        l.agency = p.value(QStringLiteral("agency"));
        l.district = p.value(QStringLiteral("district"));
        l.tags = p.value(QStringLiteral("tags")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const auto &[opt, target, limit] : {std::tuple{"lat", &l.latitude, 90.0}, std::tuple{"lon", &l.longitude, 180.0}}) {
            if (!p.isSet(QString::fromLatin1(opt)))
                continue;
            bool ok = false;
            const double v = p.value(QString::fromLatin1(opt)).toDouble(&ok);
            if (!ok || v < -limit || v > limit)
                return ctx.refuse(CtlContext::tr("--%1 must be a number within -%2..%2").arg(QString::fromLatin1(opt)).arg(limit));
            *target = v;
        }
        auto id = repo.add(l);
        if (!id)
            return ctx.refuse(id.error());
        ctx.out() << CtlContext::tr("added location %1 (id %2)").arg(l.name).arg(*id) << Qt::endl;
        return kDone;
    }
    return ctx.usage(CtlContext::tr("unknown locations command '%1' (list, add)").arg(sub));
}

int runAudit(CtlContext &ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("limit"), CtlContext::tr("how many rows"), QStringLiteral("N"), QStringLiteral("50")});
    if (!parseOptions(ctx, p, 1))
        return kUsage;
    auto db = ctx.database();
    if (!db)
        return kRefused;
    auto conn = db->connection();
    if (!conn)
        return ctx.refuse(conn.error());
    auto rows = core::AuditLog::recent(*conn, p.value(QStringLiteral("limit")).toInt());
    if (!rows)
        return ctx.refuse(rows.error());
    core::TextTable t({QStringLiteral("at"), QStringLiteral("station"), QStringLiteral("user"), QStringLiteral("action"),
                       QStringLiteral("entity"), QStringLiteral("id"), QStringLiteral("detail")},
                      {CtlContext::tr("When (WIB)"), CtlContext::tr("Station"), CtlContext::tr("User"),
                       CtlContext::tr("Action"), CtlContext::tr("Entity"), CtlContext::tr("ID"), CtlContext::tr("Detail")});
    for (const core::AuditEntry &e : *rows)
        t.addRow({core::formatWib(e.at), e.station, e.actor, e.action, e.entity, QString::number(e.entityId), e.detail});
    ctx.out() << t.toText() << Qt::flush;
    return kDone;
}

} // namespace pontive::ctl
