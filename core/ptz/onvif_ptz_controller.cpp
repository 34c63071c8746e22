#include "onvif_ptz_controller.h"

#include "ptz_logging.h"
#include "ptz_operations.h"

#include <QDeadlineTimer>
#include <QThread>

namespace pontive::core {

using namespace onvif;

// The PTZ profile and ranges, found by the first command and kept for the next ones.
struct OnvifPtzController::Worker {
    QString profile;
    std::optional<PtzOperations> ops;

    Result<PtzOperations *> operations(OnvifClient &client)
    {
        if (!ops) {
            auto opened = PtzOperations::open(client, profile);
            if (!opened)
                return std::unexpected(opened.error());
            ops.emplace(std::move(*opened));
        }
        return &*ops;
    }
};

OnvifPtzController::OnvifPtzController(QUrl deviceUrl, OnvifCredentials credentials, OnvifPtzOptions options,
                                       QObject *parent)
    : PtzController(parent),
      m_options(std::move(options)),
      m_async(new AsyncOnvifClient(std::move(deviceUrl), std::move(credentials), m_options.client, this)),
      m_worker(std::make_shared<Worker>())
{
    qRegisterMetaType<pontive::core::PtzCommand>();
    m_worker->profile = m_options.profile;
    if (m_options.quirks != OnvifQuirks{})
        m_async->setQuirks(m_options.quirks);
    connect(m_async, &AsyncOnvifClient::quirksChanged, this, &OnvifPtzController::quirksLearned);
}

OnvifPtzController::~OnvifPtzController()
{
    if (m_moving) {
        // Exit while moving: Stop must reach the camera before the worker is torn down.
        qCInfo(lcPtz) << "stopping a moving camera on the way out";
        m_async->run(nullptr, [worker = m_worker](OnvifClient &client) -> Status {
            auto ops = worker->operations(client);
            return ops ? (*ops)->stop() : Status(std::unexpected(ops.error()));
        }, [](Status) {});
    }
    // A Stop already queued (by a decorator going away first) must go out too.
    const QDeadlineTimer deadline(m_options.client.ioTimeout + m_options.client.connectTimeout);
    while (m_async->pending() > 0 && !deadline.hasExpired())
        QThread::msleep(5);
}

template <class Job>
void OnvifPtzController::submit(PtzCommand command, Job job)
{
    m_async->run(this, [worker = m_worker, job = std::move(job)](OnvifClient &client) -> Status {
        auto ops = worker->operations(client);
        if (!ops)
            return std::unexpected(ops.error());
        return job(**ops, client);
    }, [this, command](Status status) { finished(command, status); });
}

void OnvifPtzController::finished(PtzCommand command, const Status &status)
{
    if (!status)
        qCWarning(lcPtz) << "PTZ command" << int(command) << "failed:" << status.error().fullText();
    emit commandFinished(command, status.has_value(), status ? QString() : status.error().message);
}

void OnvifPtzController::move(const PtzVelocity &velocity)
{
    if (velocity.isZero()) {
        stop();
        return;
    }
    m_moving = true;
    const auto timeout = m_options.moveTimeout;
    submit(PtzCommand::Move, [velocity, timeout](PtzOperations &ops, OnvifClient &) {
        return ops.move(velocity, timeout.count() > 0 ? std::optional(timeout) : std::nullopt);
    });
}

void OnvifPtzController::stop()
{
    m_moving = false;
    submit(PtzCommand::Stop, [](PtzOperations &ops, OnvifClient &) { return ops.stop(); });
}

void OnvifPtzController::relativeMove(const PtzVelocity &delta)
{
    submit(PtzCommand::RelativeMove, [delta](PtzOperations &ops, OnvifClient &client) {
        // A fraction of the range: the generic spaces are [-1, 1] wide, i.e. 2 units.
        const PtzRanges &r = ops.ranges();
        const PtzVector translation{delta.pan * (r.panPosition.max - r.panPosition.min) / 2,
                                    delta.tilt * (r.tiltPosition.max - r.tiltPosition.min) / 2,
                                    delta.zoom * (r.zoomPosition.max - r.zoomPosition.min)};
        return client.relativeMove(ops.profile(), translation);
    });
}

void OnvifPtzController::centreOn(const PtzFraming &framing)
{
    m_moving = false;
    submit(PtzCommand::CentreOn, [framing, optics = m_options.optics](PtzOperations &ops, OnvifClient &client) -> Status {
        auto status = client.ptzStatus(ops.profile());
        if (!status)
            return std::unexpected(status.error());
        const PtzRanges &r = ops.ranges();
        const double span = r.zoomPosition.max - r.zoomPosition.min;
        const double zoom = span > 0 ? (status->position.zoom - r.zoomPosition.min) / span : 0;
        const PtzVelocity move = framingMove(framing, zoom, optics);
        return client.relativeMove(ops.profile(), {move.pan, move.tilt, move.zoom * span});
    });
}

void OnvifPtzController::gotoPreset(const QString &token)
{
    m_moving = false;
    submit(PtzCommand::GotoPreset,
           [token](PtzOperations &ops, OnvifClient &client) { return client.gotoPreset(ops.profile(), token); });
}

void OnvifPtzController::savePreset(const QString &name, const QString &token)
{
    m_async->run(this, [worker = m_worker, name, token](OnvifClient &client) -> Result<QString> {
        auto ops = worker->operations(client);
        if (!ops)
            return std::unexpected(ops.error());
        return client.setPreset((*ops)->profile(), name, token);
    }, [this](Result<QString> saved) {
        if (saved)
            emit presetSaved(*saved);
        finished(PtzCommand::SavePreset, saved ? Status{} : Status(std::unexpected(saved.error())));
    });
}

void OnvifPtzController::renamePreset(const QString &token, const QString &name)
{
    m_moving = false;
    submit(PtzCommand::RenamePreset, [token, name](PtzOperations &ops, OnvifClient &client) -> Status {
        auto went = client.gotoPreset(ops.profile(), token);
        if (!went)
            return went;
        // Wait (on the worker) until the camera has arrived, at most 15 s.
        const QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired()) {
            auto status = client.ptzStatus(ops.profile());
            if (!status || status->panTilt != PtzMoveState::Moving)
                break;
            QThread::msleep(100);
        }
        auto saved = client.setPreset(ops.profile(), name, token);
        return saved ? Status{} : Status(std::unexpected(saved.error()));
    });
}

void OnvifPtzController::removePreset(const QString &token)
{
    submit(PtzCommand::RemovePreset,
           [token](PtzOperations &ops, OnvifClient &client) { return client.removePreset(ops.profile(), token); });
}

void OnvifPtzController::gotoHome()
{
    m_moving = false;
    submit(PtzCommand::Home, [](PtzOperations &ops, OnvifClient &client) { return client.gotoHome(ops.profile()); });
}

void OnvifPtzController::refreshPresets()
{
    m_async->run(this, [worker = m_worker](OnvifClient &client) -> Result<QList<PtzPresetInfo>> {
        auto ops = worker->operations(client);
        if (!ops)
            return std::unexpected(ops.error());
        auto presets = client.presets((*ops)->profile());
        if (!presets)
            return std::unexpected(presets.error());
        QList<PtzPresetInfo> out;
        for (const PtzPreset &preset : *presets)
            out.append({preset.token, preset.name});
        return out;
    }, [this](Result<QList<PtzPresetInfo>> presets) {
        if (presets)
            emit presetsChanged(*presets);
        finished(PtzCommand::Presets, presets ? Status{} : Status(std::unexpected(presets.error())));
    });
}

} // namespace pontive::core

namespace pontive::core {

void OnvifPtzController::setQuirks(const OnvifQuirks &quirks)
{
    m_async->setQuirks(quirks);
}

} // namespace pontive::core

#include "moc_onvif_ptz_controller.cpp"
