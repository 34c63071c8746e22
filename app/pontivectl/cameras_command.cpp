// cameras list|show|add|edit|remove
#include "ctl_context.h"
#include "options.h"

#include "report/camera_list_table.h"
#include "store/camera_repository.h"
#include "store/database.h"
#include "util/url_redaction.h"
#include "util/wib_time.h"

#include <QRegularExpression>

namespace pontive::ctl {

namespace {

using core::Camera;

void addFilterOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("agency"), CtlContext::tr("owning agency"), QStringLiteral("CODE")});
    p.addOption({QStringLiteral("status"), CtlContext::tr("online, offline or unknown"), QStringLiteral("STATUS")});
    p.addOption({QStringLiteral("kind"), CtlContext::tr("ptz or fixed"), QStringLiteral("KIND")});
    p.addOption({QStringLiteral("media"), CtlContext::tr("fiber or wireless"), QStringLiteral("MEDIA")});
    p.addOption({QStringLiteral("district"), CtlContext::tr("district (kecamatan)"), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("tag"), CtlContext::tr("use tag, e.g. traffic"), QStringLiteral("TAG")});
    p.addOption({QStringLiteral("search"), CtlContext::tr("text in name, location or notes"), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("format"), CtlContext::tr("table, csv or json"), QStringLiteral("FORMAT")});
}

void addFieldOptions(QCommandLineParser &p)
{
    for (const char *name : {"name", "location", "agency", "kind", "media", "main-url", "sub-url", "onvif-url", "user",
                             "password", "password-env", "notes", "tags"})
        p.addOption({QString::fromLatin1(name), QString::fromLatin1(name), QStringLiteral("VALUE")});
    p.addOption({QStringLiteral("password-stdin"), CtlContext::tr("read the password from standard input")});
    p.addOption({QStringLiteral("enable"), CtlContext::tr("enable the camera")});
    p.addOption({QStringLiteral("disable"), CtlContext::tr("disable the camera")});
}

// Applies the given options onto a camera; false (and a usage message) on bad values.
bool applyFields(CtlContext &ctx, const QCommandLineParser &p, Camera &c)
{
    auto has = [&p](const char *n) { return p.isSet(QString::fromLatin1(n)); };
    auto val = [&p](const char *n) { return p.value(QString::fromLatin1(n)); };
    if (has("name")) c.name = val("name");
    if (has("location")) { c.location = val("location"); c.locationId = 0; }
    if (has("agency")) c.agency = val("agency");
    if (has("kind")) {
        auto k = core::parseCameraKind(val("kind"));
        if (!k) { ctx.usage(CtlContext::tr("--kind must be ptz or fixed")); return false; }
        c.kind = *k;
    }
    if (has("media")) {
        auto m = core::parseMediaType(val("media"));
        if (!m) { ctx.usage(CtlContext::tr("--media must be fiber or wireless")); return false; }
        c.media = *m;
    }
    const QStringList stream{QStringLiteral("rtsp"), QStringLiteral("rtsps"), QStringLiteral("http"), QStringLiteral("https")};
    const QStringList web{QStringLiteral("http"), QStringLiteral("https")};
    for (const auto &[opt, target, schemes] : {std::tuple{"main-url", &c.mainUrl, &stream},
                                               std::tuple{"sub-url", &c.subUrl, &stream},
                                               std::tuple{"onvif-url", &c.onvifUrl, &web}}) {
        if (!has(opt))
            continue;
        *target = val(opt);
        if (const QString why = core::checkUrl(*target, *schemes); !target->isEmpty() && !why.isEmpty()) {
            ctx.refuse(CtlContext::tr("--%1 %2: %3").arg(QString::fromLatin1(opt), core::redactUrl(*target), why));
            return false;
        }
    }
    if (has("user")) c.username = val("user");
    if (has("password") || has("password-stdin") || has("password-env")) {
        auto pw = passwordOption(ctx, p);
        if (!pw)
            return false;
        c.password = *pw;
    }
    if (has("notes")) c.notes = val("notes");
    if (has("tags")) c.tags = val("tags").toLower().split(QRegularExpression(QStringLiteral("[,;| ]+")), Qt::SkipEmptyParts);
    if (has("enable")) c.enabled = true;
    if (has("disable")) c.enabled = false;
    return true;
}

std::optional<core::CameraFilter> filterFrom(CtlContext &ctx, const QCommandLineParser &p)
{
    core::CameraFilter f;
    f.agency = p.value(QStringLiteral("agency"));
    f.district = p.value(QStringLiteral("district"));
    f.tag = p.value(QStringLiteral("tag"));
    f.search = p.value(QStringLiteral("search"));
    if (p.isSet(QStringLiteral("status"))) {
        f.status = core::parseCameraStatus(p.value(QStringLiteral("status")));
        if (!f.status) { ctx.usage(CtlContext::tr("--status must be online, offline or unknown")); return std::nullopt; }
    }
    if (p.isSet(QStringLiteral("kind"))) {
        f.kind = core::parseCameraKind(p.value(QStringLiteral("kind")));
        if (!f.kind) { ctx.usage(CtlContext::tr("--kind must be ptz or fixed")); return std::nullopt; }
    }
    if (p.isSet(QStringLiteral("media"))) {
        f.media = core::parseMediaType(p.value(QStringLiteral("media")));
        if (!f.media) { ctx.usage(CtlContext::tr("--media must be fiber or wireless")); return std::nullopt; }
    }
    return f;
}

int list(CtlContext &ctx)
{
    QCommandLineParser p;
    addFilterOptions(p);
    if (!parseOptions(ctx, p, 2))
        return kUsage;
    const auto format = outputFormat(p.value(QStringLiteral("format")));
    if (!format)
        return ctx.usage(CtlContext::tr("--format must be table, csv or json"));
    const auto filter = filterFrom(ctx, p);
    if (!filter)
        return kUsage;
    auto db = ctx.database();
    if (!db)
        return kRefused;
    auto cameras = core::CameraRepository(db, ctx.actor()).list(*filter);
    if (!cameras)
        return ctx.refuse(cameras.error());
    switch (*format) {
    case OutputFormat::Table:
        ctx.out() << core::CameraListTable::brief(*cameras).toText()
                  << CtlContext::tr("%n camera(s)", nullptr, int(cameras->size())) << Qt::endl;
        break;
    case OutputFormat::Csv: ctx.out() << core::CameraListTable::full(*cameras).toCsv(); break;
    case OutputFormat::Json: ctx.out() << core::CameraListTable::full(*cameras).toJson(); break;
    }
    ctx.out().flush();
    return kDone;
}

int show(CtlContext &ctx, core::CameraRepository &repo, const QString &ref)
{
    auto c = repo.find(ref);
    if (!c)
        return ctx.refuse(c.error());
    const auto rows = core::CameraListTable::full({*c});
    for (qsizetype i = 0; i < rows.keys().size(); ++i)
        ctx.out() << rows.keys()[i].leftJustified(10) << ' ' << rows.rows().front()[i] << '\n';
    ctx.out() << QStringLiteral("password").leftJustified(10) << ' ' << (c->password.isEmpty() ? QString() : QStringLiteral("***"))
              << Qt::endl;
    return kDone;
}

} // namespace

int runCameras(CtlContext &ctx)
{
    const QString sub = ctx.args().value(1);
    if (sub == QLatin1String("list") || sub.isEmpty())
        return list(ctx);
    QCommandLineParser p;
    addFieldOptions(p);
    if (!parseOptions(ctx, p, 2))
        return kUsage;
    auto db = ctx.database();
    if (!db)
        return kRefused;
    core::CameraRepository repo(db, ctx.actor());
    const QStringList pos = p.positionalArguments();

    if (sub == QLatin1String("show")) {
        if (pos.size() != 1)
            return ctx.usage(CtlContext::tr("usage: cameras show CAMERA"));
        return show(ctx, repo, pos.front());
    }
    if (sub == QLatin1String("add")) {
        for (const char *required : {"name", "location", "agency", "kind", "media"}) {
            if (!p.isSet(QString::fromLatin1(required)))
                return ctx.usage(CtlContext::tr("cameras add needs --%1").arg(QString::fromLatin1(required)));
        }
        Camera c;
        if (!applyFields(ctx, p, c))
            return kUsage;
        auto id = repo.add(c);
        if (!id)
            return ctx.refuse(id.error());
        ctx.out() << CtlContext::tr("added camera %1 (id %2)").arg(c.name).arg(*id) << Qt::endl;
        return kDone;
    }
    if (sub == QLatin1String("edit")) {
        if (pos.size() != 1)
            return ctx.usage(CtlContext::tr("usage: cameras edit CAMERA [--name ...]"));
        auto c = repo.find(pos.front());
        if (!c)
            return ctx.refuse(c.error());
        if (!applyFields(ctx, p, *c))
            return kUsage;
        if (auto ok = repo.update(*c); !ok)
            return ctx.refuse(ok.error());
        ctx.out() << CtlContext::tr("updated camera %1 (id %2)").arg(c->name).arg(c->id) << Qt::endl;
        return kDone;
    }
    if (sub == QLatin1String("remove")) {
        if (pos.size() != 1)
            return ctx.usage(CtlContext::tr("usage: cameras remove CAMERA"));
        auto c = repo.find(pos.front());
        if (!c)
            return ctx.refuse(c.error());
        if (auto ok = repo.remove(c->id); !ok)
            return ctx.refuse(ok.error());
        ctx.out() << CtlContext::tr("removed camera %1 (id %2)").arg(c->name).arg(c->id) << Qt::endl;
        return kDone;
    }
    return ctx.usage(CtlContext::tr("unknown cameras command '%1' (list, show, add, edit, remove)").arg(sub));
}

} // namespace pontive::ctl
