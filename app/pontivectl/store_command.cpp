// init and demo: creating the store and filling it with the demo city.
#include "ctl_context.h"
#include "options.h"

#include "demo/demo_city.h"
#include "store/database.h"
#include "store/migrations.h"

namespace pontive::ctl {

int runInit(CtlContext &ctx)
{
    QCommandLineParser parser;
    if (!parseOptions(ctx, parser, 1))
        return kUsage;
    auto db = ctx.database();
    if (!db)
        return kRefused;
    ctx.out() << CtlContext::tr("store ready: %1 (schema %2)")
                     .arg(db->url().displayName())
                     .arg(core::Migrations::latestVersion())
              << Qt::endl;
    return kDone;
}

int runDemo(CtlContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("host"), CtlContext::tr("camera simulator host"), QStringLiteral("HOST"),
                      QStringLiteral("127.0.0.1")});
    parser.addOption({QStringLiteral("rtsp-port"), CtlContext::tr("simulator RTSP port"), QStringLiteral("PORT"),
                      QStringLiteral("18554")});
    parser.addOption({QStringLiteral("onvif-port"), CtlContext::tr("simulator ONVIF port"), QStringLiteral("PORT"),
                      QStringLiteral("18080")});
    if (!parseOptions(ctx, parser, 1))
        return kUsage;
    core::DemoCityOptions options;
    options.host = parser.value(QStringLiteral("host"));
    bool okRtsp = false;
    bool okOnvif = false;
    options.rtspPort = parser.value(QStringLiteral("rtsp-port")).toInt(&okRtsp);
    options.onvifPort = parser.value(QStringLiteral("onvif-port")).toInt(&okOnvif);
    if (!okRtsp || !okOnvif)
        return ctx.usage(CtlContext::tr("ports must be numbers"));
    auto db = ctx.database();
    if (!db)
        return kRefused;
    auto loaded = core::DemoCity::load(*db, ctx.actor(), options);
    if (!loaded)
        return ctx.refuse(loaded.error());
    ctx.out() << CtlContext::tr("demo city loaded: %1 cameras at %2 points").arg(loaded->camerasAdded).arg(loaded->locationsAdded)
              << Qt::endl;
    return kDone;
}

} // namespace pontive::ctl
