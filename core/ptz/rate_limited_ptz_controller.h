#pragma once

#include "ptz_controller.h"

#include <QElapsedTimer>
#include <QTimer>

#include <chrono>

namespace pontive::core {

struct PtzRateOptions {
    std::chrono::milliseconds spacing{150};   // between move requests (>= 100 ms for real cameras)
    std::chrono::milliseconds resend{1000};   // the current velocity again while held
    double step = 0.05;                       // velocities are quantised to this
};

// Wraps a controller so that a stick can be streamed into it: at most one request in
// flight, the latest velocity wins (the ones in between are dropped), moves spaced by
// `spacing`, sent only when the quantised velocity changes, resent while held, and Stop
// sent as soon as the request in flight is answered (Stop is never held back by the
// spacing). Other commands pass through, after a Stop when the camera is moving.
class RateLimitedPtzController : public PtzController
{
    Q_OBJECT
public:
    // `inner` must outlive this decorator (typically both are children of one owner).
    explicit RateLimitedPtzController(PtzController *inner, PtzRateOptions options = {}, QObject *parent = nullptr);
    ~RateLimitedPtzController() override;  // stops a moving camera

    void move(const PtzVelocity &velocity) override;
    void stop() override;
    void relativeMove(const PtzVelocity &delta) override;
    void centreOn(const PtzFraming &framing) override;
    void gotoPreset(const QString &token) override;
    void savePreset(const QString &name, const QString &token = {}) override;
    void renamePreset(const QString &token, const QString &name) override;
    void removePreset(const QString &token) override;
    void gotoHome() override;
    void refreshPresets() override;

    bool isMoving() const { return !m_sent.isZero() || !m_wanted.isZero(); }
    PtzVelocity wanted() const { return m_wanted; }
    // Move and Stop requests handed to the inner controller (for diagnostics).
    int requestsSent() const { return m_requests; }

signals:
    // The camera started moving (first non-zero velocity after a stop) / stopped.
    void moveStarted();
    void moveStopped();

private:
    void pump();
    void send();
    void supersede();
    void onFinished(PtzCommand command, bool ok, const QString &error);

    PtzController *m_inner;
    PtzRateOptions m_options;
    PtzVelocity m_wanted;     // latest asked for, quantised
    PtzVelocity m_sent;       // last handed to the camera
    bool m_inFlight = false;
    bool m_resendDue = false;
    bool m_stopOwed = false;  // a Stop must go out even if m_sent looks zero
    bool m_stopRetried = false;
    int m_requests = 0;
    QElapsedTimer m_lastSend;
    QTimer m_spacingTimer;
    QTimer m_resendTimer;
};

} // namespace pontive::core
