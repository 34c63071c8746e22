// onvif discover|info|add: find cameras, read what they are, add one to the store.
// The work is done by pontive_onvif; this file only parses options and prints.
#include "ctl_context.h"
#include "options.h"

#include "onvif_client.h"
#include "onvif_discovery.h"
#include "enrolment/onvif_enrolment.h"
#include "store/camera_repository.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pontive::ctl {

namespace {

using namespace onvif;

// onvif://www.onvif.org/name/Gate_3 -> "Gate 3"
QString scopeValue(const QStringList &scopes, QLatin1StringView kind)
{
    const QString prefix = QStringLiteral("onvif://www.onvif.org/") + kind + QLatin1Char('/');
    for (const QString &scope : scopes)
        if (scope.startsWith(prefix))
            return QUrl::fromPercentEncoding(scope.mid(prefix.size()).toUtf8()).replace(QLatin1Char('_'), QLatin1Char(' '));
    return {};
}

QJsonObject toJson(const DiscoveredDevice &device)
{
    QJsonArray xaddrs;
    for (const QUrl &url : device.xaddrs)
        xaddrs.append(url.toString());
    return {{QStringLiteral("endpoint"), device.endpointReference},
            {QStringLiteral("xaddrs"), xaddrs},
            {QStringLiteral("name"), scopeValue(device.scopes, QLatin1StringView("name"))},
            {QStringLiteral("hardware"), scopeValue(device.scopes, QLatin1StringView("hardware"))}};
}

int discover(CtlContext &ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("timeout"), CtlContext::tr("listen this long, default 3000"), QStringLiteral("MS")});
    p.addOption({QStringLiteral("interface"), CtlContext::tr("probe from this IPv4 address only"), QStringLiteral("ADDR")});
    p.addOption({QStringLiteral("unicast"), CtlContext::tr("also probe this host directly (repeatable)"),
                 QStringLiteral("HOST[:PORT]")});
    p.addOption({QStringLiteral("no-multicast"), CtlContext::tr("only the --unicast hosts")});
    p.addOption({QStringLiteral("format"), CtlContext::tr("table or json"), QStringLiteral("FORMAT")});
    if (!parseOptions(ctx, p, 2))
        return kUsage;
    const auto format = outputFormat(p.value(QStringLiteral("format")));
    if (!format || *format == OutputFormat::Csv)
        return ctx.usage(CtlContext::tr("--format must be table or json"));
    DiscoveryOptions options;
    if (p.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const int ms = p.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || ms < 100 || ms > 60000)
            return ctx.usage(CtlContext::tr("--timeout must be 100 to 60000 ms"));
        options.duration = std::chrono::milliseconds(ms);
    }
    options.interfaceAddress = p.value(QStringLiteral("interface"));
    options.unicastHosts = p.values(QStringLiteral("unicast"));
    options.multicast = !p.isSet(QStringLiteral("no-multicast"));
    if (!options.multicast && options.unicastHosts.isEmpty())
        return ctx.usage(CtlContext::tr("--no-multicast needs at least one --unicast host"));

    // Progress for people: each camera as it answers, on stderr so stdout stays clean.
    auto found = OnvifDiscovery::probe(options, nullptr, [&ctx](const DiscoveredDevice &device) {
        ctx.err() << CtlContext::tr("found %1").arg(device.xaddrs.front().toString()) << Qt::endl;
    });
    if (!found)
        return ctx.refuse(found.error());
    if (*format == OutputFormat::Json) {
        QJsonArray list;
        for (const DiscoveredDevice &device : *found)
            list.append(toJson(device));
        ctx.out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return kDone;
    }
    for (const DiscoveredDevice &device : *found)
        ctx.out() << device.xaddrs.front().toString() << '\t' << scopeValue(device.scopes, QLatin1StringView("name"))
                  << '\t' << scopeValue(device.scopes, QLatin1StringView("hardware")) << '\n';
    ctx.out() << CtlContext::tr("%n camera(s) answered", nullptr, int(found->size())) << Qt::endl;
    return kDone;
}

void addCredentialOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("user"), CtlContext::tr("ONVIF user"), QStringLiteral("USER")});
    p.addOption({QStringLiteral("password"), CtlContext::tr("ONVIF password"), QStringLiteral("PASSWORD")});
    p.addOption({QStringLiteral("password-env"), CtlContext::tr("read the password from this variable"),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("password-stdin"), CtlContext::tr("read the password from standard input")});
}

// onvif add URL --user U --password-stdin --agency CODE --location NAME [--name N]
// [--media fiber|wireless]: name, model, PTZ or fixed and both stream URIs come from
// the camera itself.
int add(CtlContext &ctx)
{
    QCommandLineParser p;
    addCredentialOptions(p);
    p.addOption({QStringLiteral("agency"), CtlContext::tr("owning agency"), QStringLiteral("CODE")});
    p.addOption({QStringLiteral("location"), CtlContext::tr("camera point"), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("name"), CtlContext::tr("name, default: manufacturer and model"), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("media"), CtlContext::tr("fiber (default) or wireless"), QStringLiteral("MEDIA")});
    if (!parseOptions(ctx, p, 2))
        return kUsage;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1 || !p.isSet(QStringLiteral("agency")) || !p.isSet(QStringLiteral("location")))
        return ctx.usage(CtlContext::tr("usage: onvif add URL --user USER --agency CODE --location NAME [--name NAME]"));
    const QUrl url = OnvifClient::deviceUrlFromInput(pos.front());
    if (url.isEmpty())
        return ctx.usage(CtlContext::tr("%1 is not an ONVIF address").arg(pos.front()));
    const auto media = core::parseMediaType(p.value(QStringLiteral("media")).isEmpty()
                                                ? QStringLiteral("fiber")
                                                : p.value(QStringLiteral("media")));
    if (!media)
        return ctx.usage(CtlContext::tr("--media must be fiber or wireless"));
    const auto password = passwordOption(ctx, p);
    if (!password)
        return kUsage;

    core::EnrolmentRequest request{url,
                                   p.value(QStringLiteral("user")),
                                   *password,
                                   p.value(QStringLiteral("agency")),
                                   p.value(QStringLiteral("location")),
                                   p.value(QStringLiteral("name")),
                                   *media};
    auto camera = core::OnvifEnrolment::describe(request);
    if (!camera)
        return ctx.refuse(camera.error());
    auto db = ctx.database();
    if (!db)
        return kRefused;
    auto id = core::CameraRepository(db, ctx.actor()).add(*camera);
    if (!id)
        return ctx.refuse(id.error());
    ctx.out() << CtlContext::tr("added camera %1 (id %2)").arg(camera->name).arg(*id) << Qt::endl;
    return kDone;
}

int info(CtlContext &ctx)
{
    QCommandLineParser p;
    addCredentialOptions(p);
    p.addOption({QStringLiteral("format"), CtlContext::tr("table or json"), QStringLiteral("FORMAT")});
    if (!parseOptions(ctx, p, 2))
        return kUsage;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1)
        return ctx.usage(CtlContext::tr("usage: onvif info URL --user USER [--password-stdin]"));
    const QUrl url = OnvifClient::deviceUrlFromInput(pos.front());
    if (url.isEmpty())
        return ctx.usage(CtlContext::tr("%1 is not an ONVIF address").arg(pos.front()));
    const auto format = outputFormat(p.value(QStringLiteral("format")));
    if (!format || *format == OutputFormat::Csv)
        return ctx.usage(CtlContext::tr("--format must be table or json"));
    const auto password = passwordOption(ctx, p);
    if (!password)
        return kUsage;

    OnvifClient client(url, {p.value(QStringLiteral("user")), *password});
    auto skew = client.syncClock();
    if (!skew)
        return ctx.refuse(skew.error());
    auto device = client.deviceInformation();
    if (!device)
        return ctx.refuse(device.error());
    auto services = client.services();
    if (!services)
        return ctx.refuse(services.error());
    auto streams = client.streamUris();
    const bool ptz = services->ptz.isValid();

    QJsonObject out{{QStringLiteral("url"), url.toString()},
                    {QStringLiteral("manufacturer"), device->manufacturer},
                    {QStringLiteral("model"), device->model},
                    {QStringLiteral("firmware"), device->firmwareVersion},
                    {QStringLiteral("serial"), device->serialNumber},
                    {QStringLiteral("clockSkewSeconds"), qint64(skew->count())},
                    {QStringLiteral("kind"), ptz ? QStringLiteral("ptz") : QStringLiteral("fixed")},
                    {QStringLiteral("media2"), services->media2.isValid()}};
    if (streams) {
        out.insert(QStringLiteral("mainUrl"), streams->main.toString());
        out.insert(QStringLiteral("subUrl"), streams->sub.toString());
    } else {
        out.insert(QStringLiteral("streamError"), streams.error().fullText());
    }
    if (*format == OutputFormat::Json) {
        ctx.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return kDone;
    }
    for (auto it = out.begin(); it != out.end(); ++it)
        ctx.out() << it.key().leftJustified(18) << it.value().toVariant().toString() << '\n';
    ctx.out().flush();
    return kDone;
}

} // namespace

int runOnvif(CtlContext &ctx)
{
    const QString sub = ctx.args().value(1);
    if (sub == QLatin1String("discover"))
        return discover(ctx);
    if (sub == QLatin1String("info"))
        return info(ctx);
    if (sub == QLatin1String("add"))
        return add(ctx);
    return ctx.usage(CtlContext::tr("usage: onvif discover|info|add ..."));
}

} // namespace pontive::ctl
