// ptz CAMERA move|stop|goto|set|remove|home|status|presets: PTZ for scripts.
// CAMERA is a camera in the store (id, name or location/name) or an ONVIF address with
// --user and a password option. The work is done by core/ptz (the same functions the
// wall uses) over pontive_onvif; for a store camera the control lock is taken for the
// command (refused while another station holds it, unless --take-over; no lock/unlock
// audit rows except a take-over), learned quirks are loaded and kept, and moves and
// preset recalls are audited.
#include "ctl_context.h"
#include "options.h"

#include "onvif_client.h"
#include "ptz/ptz_operations.h"
#include "ptz/ptz_repository.h"
#include "store/camera_repository.h"
#include "store/database.h"

#include <QRegularExpression>

namespace pontive::ctl {

namespace {

using namespace onvif;

constexpr int kMaxMoveMs = 60000;
constexpr std::chrono::seconds kLease{30};

struct Target {
    QUrl url;
    OnvifCredentials credentials;
    std::optional<qint64> cameraId;  // a store camera: lock, quirks and audit apply
};

// A URL or host first; otherwise the store. On failure `exitCode` says why.
std::optional<Target> resolve(CtlContext &ctx, const QCommandLineParser &p, const QString &reference, int &exitCode)
{
    exitCode = kUsage;
    // Store references are ids, names or location/name; an address has a scheme or
    // starts with an IPv4 host.
    static const QRegularExpression kIpv4Host(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}(:\\d+)?(/.*)?$"));
    const bool looksLikeAddress = reference.contains(QLatin1String("://")) || kIpv4Host.match(reference).hasMatch();
    if (looksLikeAddress) {
        const QUrl url = OnvifClient::deviceUrlFromInput(reference);
        if (url.isEmpty()) {
            ctx.usage(CtlContext::tr("%1 is not an ONVIF address").arg(reference));
            return std::nullopt;
        }
        auto password = passwordOption(ctx, p);
        if (!password)
            return std::nullopt;
        return Target{url, {p.value(QStringLiteral("user")), *password}, std::nullopt};
    }
    exitCode = kRefused;
    auto db = ctx.database();
    if (!db)
        return std::nullopt;
    auto camera = core::CameraRepository(db, ctx.actor()).find(reference);
    if (!camera) {
        ctx.refuse(camera.error());
        return std::nullopt;
    }
    const QUrl url = OnvifClient::deviceUrlFromInput(camera->onvifUrl);
    if (url.isEmpty()) {
        ctx.refuse(CtlContext::tr("camera %1 has no ONVIF address").arg(camera->name));
        return std::nullopt;
    }
    return Target{url, {camera->username, camera->password}, camera->id};
}

std::optional<PtzVector> vectorArgs(CtlContext &ctx, const QStringList &pos, qsizetype first)
{
    PtzVector v;
    double *axes[] = {&v.pan, &v.tilt, &v.zoom};
    for (qsizetype i = 0; i < 3 && first + i < pos.size(); ++i) {
        bool ok = false;
        *axes[i] = pos[first + i].toDouble(&ok);
        if (!ok || *axes[i] < -1 || *axes[i] > 1) {
            ctx.usage(CtlContext::tr("%1 is not a number from -1 to 1").arg(pos[first + i]));
            return std::nullopt;
        }
    }
    return v;
}

int move(CtlContext &ctx, OnvifClient &client, core::PtzOperations &ops, const QCommandLineParser &p,
         const QStringList &pos)
{
    if (pos.size() < 3 || pos.size() > 5)
        return ctx.usage(CtlContext::tr("usage: ptz CAMERA move PAN TILT [ZOOM] [--for MS|--absolute|--relative]"));
    const auto vector = vectorArgs(ctx, pos, 2);
    if (!vector)
        return kUsage;
    if (p.isSet(QStringLiteral("absolute"))) {
        auto done = client.absoluteMove(ops.profile(), *vector);
        return done ? kDone : ctx.refuse(done.error());
    }
    if (p.isSet(QStringLiteral("relative"))) {
        auto done = client.relativeMove(ops.profile(), *vector);
        return done ? kDone : ctx.refuse(done.error());
    }
    bool ok = true;
    const int ms = p.isSet(QStringLiteral("for")) ? p.value(QStringLiteral("for")).toInt(&ok) : 1000;
    if (!ok || ms < 1 || ms > kMaxMoveMs)
        return ctx.usage(CtlContext::tr("--for must be 1 to %1 ms").arg(kMaxMoveMs));
    // Speeds scaled into the camera's ranges, Timeout as a safety net, explicit Stop.
    auto done = ops.moveFor({vector->pan, vector->tilt, vector->zoom}, std::chrono::milliseconds(ms));
    return done ? kDone : ctx.refuse(done.error());
}

// The store side of a PTZ command on a store camera: the lock for the commands that
// move, the quirks before and after, and one audit row for what was done.
class StoreSide
{
public:
    StoreSide(CtlContext &ctx, const Target &target) : m_ctx(ctx), m_cameraId(target.cameraId)
    {
        if (auto db = m_cameraId ? ctx.database() : nullptr)
            m_repo.emplace(db, ctx.actor());
    }
    ~StoreSide()
    {
        if (m_locked)
            (void)m_repo->releaseLock(*m_cameraId, core::LockAudit::Quiet);
    }
    // Loads quirks into the client; false (and an error printed) when the store fails.
    bool prepare(OnvifClient &client)
    {
        if (m_cameraId && !m_repo)
            return false;  // the store could not be opened; database() said why
        if (!m_repo)
            return true;
        auto quirks = m_repo->quirks(*m_cameraId);
        if (!quirks)
            return m_ctx.refuse(quirks.error()), false;
        m_quirks = {quirks->stopUnsupported, quirks->timeoutRejected};
        client.setQuirks(m_quirks);
        return true;
    }
    bool lock(bool takeOver)
    {
        if (!m_repo)
            return true;
        // Held for this command only: its own audit row (move, preset) says what was done.
        auto taken = m_repo->acquireLock(*m_cameraId, kLease, takeOver, core::LockAudit::Quiet);
        if (!taken)
            return m_ctx.refuse(taken.error()), false;
        m_locked = true;
        return true;
    }
    void finish(const OnvifClient &client, const QString &action, const QString &detail, const QDateTime &start)
    {
        if (!m_repo)
            return;
        if (client.quirks() != m_quirks)
            (void)m_repo->saveQuirks(*m_cameraId, {client.quirks().stopUnsupported, client.quirks().timeoutRejected});
        if (action == QLatin1String("move"))
            (void)m_repo->recordMove(*m_cameraId, start, QDateTime::currentDateTimeUtc());
        else if (action == QLatin1String("goto"))
            (void)m_repo->recordPresetRecall(*m_cameraId, detail);
    }

private:
    CtlContext &m_ctx;
    std::optional<qint64> m_cameraId;
    std::optional<core::PtzRepository> m_repo;
    OnvifQuirks m_quirks;
    bool m_locked = false;
};

int status(CtlContext &ctx, OnvifClient &client, const QString &profile)
{
    auto value = client.ptzStatus(profile);
    if (!value)
        return ctx.refuse(value.error());
    const auto state = [](PtzMoveState s) {
        return s == PtzMoveState::Moving ? QStringLiteral("moving")
             : s == PtzMoveState::Idle   ? QStringLiteral("idle")
                                         : QStringLiteral("unknown");
    };
    ctx.out() << "pan " << value->position.pan << " tilt " << value->position.tilt << " zoom " << value->position.zoom
              << ' ' << state(value->panTilt) << Qt::endl;
    return kDone;
}

int presets(CtlContext &ctx, OnvifClient &client, const QString &profile)
{
    auto list = client.presets(profile);
    if (!list)
        return ctx.refuse(list.error());
    for (const PtzPreset &preset : *list)
        ctx.out() << preset.token << '\t' << preset.name << '\n';
    ctx.out() << CtlContext::tr("%n preset(s)", nullptr, int(list->size())) << Qt::endl;
    return kDone;
}

} // namespace

int runPtz(CtlContext &ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("user"), CtlContext::tr("ONVIF user (with an address)"), QStringLiteral("USER")});
    p.addOption({QStringLiteral("password"), CtlContext::tr("ONVIF password"), QStringLiteral("PASSWORD")});
    p.addOption({QStringLiteral("password-env"), CtlContext::tr("read the password from this variable"),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("password-stdin"), CtlContext::tr("read the password from standard input")});
    p.addOption({QStringLiteral("profile"), CtlContext::tr("media profile token"), QStringLiteral("TOKEN")});
    p.addOption({QStringLiteral("for"), CtlContext::tr("continuous move duration, default 1000"), QStringLiteral("MS")});
    p.addOption({QStringLiteral("absolute"), CtlContext::tr("move to the position PAN TILT ZOOM")});
    p.addOption({QStringLiteral("relative"), CtlContext::tr("move by PAN TILT ZOOM")});
    p.addOption({QStringLiteral("token"), CtlContext::tr("preset token to overwrite (set)"), QStringLiteral("TOKEN")});
    p.addOption({QStringLiteral("take-over"), CtlContext::tr("take PTZ control from another station (admin)")});
    if (!parseOptions(ctx, p, 1))
        return kUsage;
    const QStringList pos = p.positionalArguments();
    if (pos.size() < 2)
        return ctx.usage(CtlContext::tr("usage: ptz CAMERA move|stop|goto|set|remove|home|status|presets ..."));
    int exitCode = kDone;
    const auto target = resolve(ctx, p, pos[0], exitCode);
    if (!target)
        return exitCode;
    OnvifClient client(target->url, target->credentials);
    StoreSide store(ctx, *target);
    if (!store.prepare(client))
        return kRefused;
    const QString action = pos[1];
    // Stop is always allowed: it never takes a camera away from anyone.
    static const QStringList kMoving{QStringLiteral("move"), QStringLiteral("goto"), QStringLiteral("home")};
    if (kMoving.contains(action) && !store.lock(p.isSet(QStringLiteral("take-over"))))
        return kRefused;
    auto ops = core::PtzOperations::open(client, p.value(QStringLiteral("profile")));
    if (!ops)
        return ctx.refuse(ops.error());
    const QString profile = ops->profile();
    const QDateTime start = QDateTime::currentDateTimeUtc();
    auto finish = [&](const Status &done) {
        if (!done)
            return ctx.refuse(done.error());
        store.finish(client, action, pos.value(2), start);
        return int(kDone);
    };
    if (action == QLatin1String("move")) {
        const int code = move(ctx, client, *ops, p, pos);
        if (code == kDone)
            store.finish(client, action, {}, start);
        return code;
    }
    if (action == QLatin1String("stop"))
        return finish(ops->stop());
    if (action == QLatin1String("home"))
        return finish(client.gotoHome(profile));
    if (action == QLatin1String("status"))
        return status(ctx, client, profile);
    if (action == QLatin1String("presets"))
        return presets(ctx, client, profile);
    if (action == QLatin1String("goto") && pos.size() == 3)
        return finish(client.gotoPreset(profile, pos[2]));
    if (action == QLatin1String("remove") && pos.size() == 3)
        return finish(client.removePreset(profile, pos[2]));
    if (action == QLatin1String("set") && pos.size() <= 3) {
        auto token = client.setPreset(profile, pos.value(2), p.value(QStringLiteral("token")));
        if (!token)
            return ctx.refuse(token.error());
        ctx.out() << *token << Qt::endl;
        return kDone;
    }
    return ctx.usage(CtlContext::tr("usage: ptz CAMERA move PAN TILT [ZOOM] | stop | goto PRESET | set [NAME] "
                                    "[--token T] | remove PRESET | home | status | presets"));
}

} // namespace pontive::ctl
