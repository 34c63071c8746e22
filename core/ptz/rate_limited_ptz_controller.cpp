#include "rate_limited_ptz_controller.h"

#include "ptz_logging.h"
#include "stick_shaping.h"

namespace pontive::core {

RateLimitedPtzController::RateLimitedPtzController(PtzController *inner, PtzRateOptions options, QObject *parent)
    : PtzController(parent), m_inner(inner), m_options(options)
{
    Q_ASSERT(m_inner);
    m_spacingTimer.setSingleShot(true);
    m_spacingTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_spacingTimer, &QTimer::timeout, this, &RateLimitedPtzController::pump);
    m_resendTimer.setInterval(m_options.resend);
    connect(&m_resendTimer, &QTimer::timeout, this, [this] {
        if (!m_sent.isZero() && m_sent == m_wanted) {
            m_resendDue = true;
            pump();
        }
    });
    connect(m_inner, &PtzController::commandFinished, this, &RateLimitedPtzController::onFinished);
    connect(m_inner, &PtzController::presetsChanged, this, &PtzController::presetsChanged);
    connect(m_inner, &PtzController::presetSaved, this, &PtzController::presetSaved);
}

RateLimitedPtzController::~RateLimitedPtzController()
{
    // Exit or tile change: the inner controller must not keep the camera moving.
    if (isMoving() || m_stopOwed)
        m_inner->stop();
}

void RateLimitedPtzController::move(const PtzVelocity &velocity)
{
    const PtzVelocity next = stick::quantise(velocity, m_options.step);
    if (next == m_wanted)
        return;
    if (m_wanted.isZero() && m_sent.isZero() && !next.isZero())
        emit moveStarted();
    m_wanted = next;
    if (next.isZero())
        m_stopOwed = true;
    pump();
}

void RateLimitedPtzController::stop()
{
    // Sent even when nothing seems to move: a Stop is cheap insurance.
    m_wanted = {};
    m_stopOwed = true;
    m_stopRetried = false;
    pump();
}

void RateLimitedPtzController::supersede()
{
    // Preset, home and relative moves replace a continuous move on the camera; the
    // inner controller runs commands in order, so no Stop is needed before them.
    const bool wasMoving = !m_sent.isZero() || !m_wanted.isZero();
    m_wanted = {};
    m_sent = {};
    m_stopOwed = false;
    m_resendDue = false;
    m_spacingTimer.stop();
    m_resendTimer.stop();
    if (wasMoving)
        emit moveStopped();
}

void RateLimitedPtzController::pump()
{
    if (m_inFlight)
        return;  // onFinished pumps again; whatever is wanted by then is sent
    if (m_wanted.isZero()) {
        if (m_stopOwed || !m_sent.isZero())
            send();  // Stop: never held back by the spacing
        return;
    }
    if (m_wanted == m_sent && !m_resendDue)
        return;
    const auto spacing = m_options.spacing.count();
    if (m_lastSend.isValid() && m_lastSend.elapsed() < spacing) {
        if (!m_spacingTimer.isActive())
            m_spacingTimer.start(static_cast<int>(spacing - m_lastSend.elapsed()));
        return;
    }
    send();
}

void RateLimitedPtzController::send()
{
    m_spacingTimer.stop();
    m_inFlight = true;
    m_resendDue = false;
    ++m_requests;
    m_lastSend.start();
    const bool wasMoving = !m_sent.isZero();
    m_sent = m_wanted;
    if (m_sent.isZero()) {
        m_stopOwed = false;
        m_resendTimer.stop();
        m_inner->stop();
        if (wasMoving)
            emit moveStopped();
    } else {
        m_resendTimer.start();
        m_inner->move(m_sent);
    }
}

void RateLimitedPtzController::onFinished(PtzCommand command, bool ok, const QString &error)
{
    if (command == PtzCommand::Move || command == PtzCommand::Stop) {
        m_inFlight = false;
        if (!ok && command == PtzCommand::Stop && m_wanted.isZero() && !m_stopRetried) {
            // A lost Stop is the one failure that matters: try once more.
            qCWarning(lcPtz) << "Stop failed, sending it again";
            m_stopOwed = true;
            m_stopRetried = true;
        }
        pump();
    }
    emit commandFinished(command, ok, error);
}

void RateLimitedPtzController::relativeMove(const PtzVelocity &delta)
{
    supersede();
    m_inner->relativeMove(delta);
}

void RateLimitedPtzController::centreOn(const PtzFraming &framing)
{
    supersede();
    m_inner->centreOn(framing);
}

void RateLimitedPtzController::gotoPreset(const QString &token)
{
    supersede();
    m_inner->gotoPreset(token);
}

void RateLimitedPtzController::savePreset(const QString &name, const QString &token)
{
    m_inner->savePreset(name, token);
}

void RateLimitedPtzController::renamePreset(const QString &token, const QString &name)
{
    supersede();
    m_inner->renamePreset(token, name);
}

void RateLimitedPtzController::removePreset(const QString &token)
{
    m_inner->removePreset(token);
}

void RateLimitedPtzController::gotoHome()
{
    supersede();
    m_inner->gotoHome();
}

void RateLimitedPtzController::refreshPresets()
{
    m_inner->refreshPresets();
}

} // namespace pontive::core
