#include "ptz_desk.h"

#include "joystick_ptz_binding.h"
#include "onvif_ptz_controller.h"
#include "operator_ptz_controller.h"
#include "ptz_logging.h"
#include "preset_numbers.h"
#include "ptz_patrol_runner.h"
#include "ptz_repository.h"
#include "rate_limited_ptz_controller.h"
#include "store/database.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace pontive::core {

struct PtzDesk::Session {
    Camera camera;
    std::unique_ptr<OnvifPtzController> onvif;
    std::unique_ptr<RateLimitedPtzController> limited;
    std::unique_ptr<OperatorPtzController> hands;  // what the operator drives; patrols drive `limited`
    QDateTime moveStart;
    ~Session()
    {
        hands.reset();
        limited.reset();  // queues Stop if moving; the ONVIF controller sends it on the way out
        onvif.reset();
    }
};

PtzDesk::PtzDesk(std::shared_ptr<Database> db, Actor actor, JoystickManager *joysticks, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_actor(std::move(actor)), m_joysticks(joysticks),
      m_patrol(new PtzPatrolRunner(this))
{
    if (joysticks) {
        m_binding = new JoystickPtzBinding(joysticks, this);
        m_binding->setPresetTokens([this](int number) { return presetTokenForNumber(number, m_presets); });
        inStore<Result<QList<JoystickProfile>>>([](PtzRepository &repo) { return repo.joystickProfiles(); },
                                                [this](Result<QList<JoystickProfile>> profiles) {
                                                    if (profiles) {
                                                        m_profiles = *profiles;
                                                        m_binding->setProfiles(m_profiles);
                                                    }
                                                });
    }
    m_leaseTimer.setInterval(std::chrono::duration_cast<std::chrono::milliseconds>(kLease) / 3);
    connect(&m_leaseTimer, &QTimer::timeout, this, [this] {
        if (!m_session || !m_granted)
            return;
        const qint64 id = m_session->camera.id;
        inStore<Status>([id](PtzRepository &repo) -> Status {
            auto renewed = repo.acquireLock(id, kLease);
            return renewed ? Status{} : Status(std::unexpected(renewed.error()));
        }, [this, id](Status renewed) {
            if (!renewed && m_session && m_session->camera.id == id)
                grant(false, renewed.error().message);  // an admin took it over
        });
    });
    connect(m_patrol, &PtzPatrolRunner::stopped, this, [this] {
        const PtzPatrol patrol = m_patrol->patrol();
        const QDateTime start = m_patrolStart;
        inStore<Status>([patrol, start](PtzRepository &repo) {
            return repo.recordPatrol(patrol.cameraId, patrol.name, start, QDateTime::currentDateTimeUtc());
        });
        emit patrolStateChanged();
    });
    connect(m_patrol, &PtzPatrolRunner::stepStarted, this, &PtzDesk::patrolStateChanged);
}

PtzDesk::~PtzDesk()
{
    m_patrol->stop();
    endSession();
}

bool PtzDesk::canControl(const Camera &camera)
{
    return camera.kind == CameraKind::Ptz && !camera.onvifUrl.trimmed().isEmpty();
}

template <class Result>
void PtzDesk::inStore(std::function<Result(PtzRepository &)> work, std::function<void(Result)> done)
{
    if (!m_db)
        return;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, done] {
        if (done)
            done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([db = m_db, actor = m_actor, work] {
        PtzRepository repo(db, actor);
        return work(repo);
    }));
}

std::optional<qint64> PtzDesk::selectedCamera() const
{
    return m_session ? std::optional(m_session->camera.id) : std::nullopt;
}

PtzController *PtzDesk::controller() const
{
    return m_session && m_granted ? m_session->hands.get() : nullptr;
}

bool PtzDesk::patrolRunning() const
{
    return m_patrol->isRunning();
}

void PtzDesk::endSession()
{
    if (!m_session)
        return;
    m_patrol->stop();
    if (m_binding)
        m_binding->setTarget(nullptr);  // stops the camera if the stick was held
    m_leaseTimer.stop();
    const qint64 id = m_session->camera.id;
    if (m_granted)
        inStore<Status>([id](PtzRepository &repo) { return repo.releaseLock(id); });
    m_session.reset();
    m_presets.clear();
    m_granted = false;
}

void PtzDesk::select(const std::optional<Camera> &camera, bool takeOver)
{
    if (camera && m_session && m_session->camera.id == camera->id && (m_granted || !takeOver))
        return;
    endSession();
    if (!camera || !canControl(*camera)) {
        emit controlChanged(std::nullopt, false, {});
        return;
    }
    auto session = std::make_unique<Session>();
    session->camera = *camera;
    OnvifPtzOptions options;
    session->onvif = std::make_unique<OnvifPtzController>(onvif::OnvifClient::deviceUrlFromInput(camera->onvifUrl),
                                                          onvif::OnvifCredentials{camera->username, camera->password},
                                                          options);
    session->limited = std::make_unique<RateLimitedPtzController>(session->onvif.get());
    session->hands = std::make_unique<OperatorPtzController>(session->limited.get());
    connect(session->hands.get(), &OperatorPtzController::takenByHand, this, [this] {
        if (m_patrol->isRunning()) {
            qCInfo(lcPtz) << "manual move: the patrol stops";
            m_patrol->stop();
        }
    });
    const qint64 id = camera->id;
    connect(session->onvif.get(), &OnvifPtzController::quirksLearned, this, [this, id](const onvif::OnvifQuirks &q) {
        inStore<Status>([id, q](PtzRepository &repo) { return repo.saveQuirks(id, {q.stopUnsupported, q.timeoutRejected}); });
    });
    RateLimitedPtzController *limited = session->limited.get();
    connect(limited, &PtzController::presetsChanged, this, [this](const QList<PtzPresetInfo> &presets) { m_presets = presets; });
    limited->refreshPresets();
    connect(limited, &RateLimitedPtzController::moveStarted, this, [this] {
        if (m_session)
            m_session->moveStart = QDateTime::currentDateTimeUtc();
    });
    connect(limited, &RateLimitedPtzController::moveStopped, this, [this, id] {
        if (!m_session || !m_session->moveStart.isValid())
            return;
        const QDateTime start = std::exchange(m_session->moveStart, {});
        inStore<Status>([id, start](PtzRepository &repo) {
            return repo.recordMove(id, start, QDateTime::currentDateTimeUtc());
        });
    });
    m_session = std::move(session);
    if (!m_db) {
        grant(true, {});
        return;
    }
    QPointer<OnvifPtzController> onvifController = m_session->onvif.get();
    inStore<Result<PtzQuirks>>([id](PtzRepository &repo) { return repo.quirks(id); },
                               [onvifController](Result<PtzQuirks> quirks) {
                                   if (quirks && onvifController && *quirks != PtzQuirks{})
                                       onvifController->setQuirks({quirks->stopUnsupported, quirks->timeoutRejected});
                               });
    inStore<Result<PtzLock>>([id, takeOver](PtzRepository &repo) { return repo.acquireLock(id, kLease, takeOver); },
                             [this, id](Result<PtzLock> lock) {
                                 if (!m_session || m_session->camera.id != id)
                                     return;  // the operator moved on meanwhile
                                 grant(lock.has_value(), lock ? QString() : lock.error().message);
                             });
}

void PtzDesk::grant(bool granted, const QString &message)
{
    m_granted = granted && m_session;
    if (m_granted)
        m_leaseTimer.start();
    else
        m_leaseTimer.stop();
    if (!m_granted)
        m_patrol->stop();
    if (m_binding)
        m_binding->setTarget(m_granted ? m_session->hands.get() : nullptr);
    if (!m_granted && m_session)
        m_session->limited->stop();
    qCInfo(lcPtz) << "PTZ control" << (m_granted ? "granted" : "refused") << message;
    emit controlChanged(selectedCamera(), m_granted, message);
}

void PtzDesk::saveJoystickProfile(const JoystickProfile &profile)
{
    m_profiles.removeIf([&](const JoystickProfile &p) { return p.name == profile.name && p.guid == profile.guid; });
    m_profiles.append(profile);
    if (m_binding)
        m_binding->setProfiles(m_profiles);
    inStore<Status>([profile](PtzRepository &repo) { return repo.saveJoystickProfile(profile); });
}

void PtzDesk::gotoPreset(const QString &token)
{
    PtzController *target = controller();
    if (!target)
        return;
    target->gotoPreset(token);
    const qint64 id = m_session->camera.id;
    inStore<Status>([id, token](PtzRepository &repo) { return repo.recordPresetRecall(id, token); });
}

void PtzDesk::gotoPresetNumber(int number)
{
    const QString token = presetTokenForNumber(number, m_presets);
    if (!token.isEmpty())
        gotoPreset(token);
}

bool PtzDesk::runPatrol(const PtzPatrol &patrol)
{
    if (!controller() || patrol.cameraId != m_session->camera.id)
        return false;
    m_patrolStart = QDateTime::currentDateTimeUtc();
    return m_patrol->start(m_session->limited.get(), patrol);
}

const PtzPatrol &PtzDesk::runningPatrol() const
{
    static const PtzPatrol kNone;
    return m_patrol->isRunning() ? m_patrol->patrol() : kNone;
}

int PtzDesk::patrolStep() const
{
    return m_patrol->currentStep();
}

void PtzDesk::refreshPatrols()
{
    writePatrols({});
}

void PtzDesk::writePatrols(std::function<Status(PtzRepository &)> work)
{
    if (!m_session)
        return;
    using Answer = std::pair<Status, Result<std::vector<PtzPatrol>>>;
    const qint64 id = m_session->camera.id;
    inStore<Answer>([id, work](PtzRepository &repo) {
        Status done = work ? work(repo) : Status{};
        return Answer{done, repo.patrols(id)};
    }, [this, id](Answer answer) {
        if (!answer.first)
            emit patrolFailed(answer.first.error().message);
        if (!answer.second) {
            emit patrolFailed(answer.second.error().message);
            return;
        }
        emit patrolsChanged(id, QList<PtzPatrol>(answer.second->cbegin(), answer.second->cend()));
    });
}

void PtzDesk::savePatrol(const PtzPatrol &patrol)
{
    if (!m_session)
        return;
    PtzPatrol onCamera = patrol;
    onCamera.cameraId = m_session->camera.id;
    writePatrols([onCamera](PtzRepository &repo) -> Status {
        auto saved = repo.savePatrol(onCamera);
        return saved ? Status{} : Status(std::unexpected(saved.error()));
    });
}

void PtzDesk::renamePatrol(qint64 patrolId, const QString &name)
{
    writePatrols([patrolId, name](PtzRepository &repo) { return repo.renamePatrol(patrolId, name); });
}

void PtzDesk::removePatrol(qint64 patrolId)
{
    if (m_patrol->isRunning() && m_patrol->patrol().id == patrolId)
        m_patrol->stop();
    writePatrols([patrolId](PtzRepository &repo) { return repo.removePatrol(patrolId); });
}

void PtzDesk::stopPatrol()
{
    m_patrol->stop();
}

} // namespace pontive::core
