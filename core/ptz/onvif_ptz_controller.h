#pragma once

#include "async_onvif_client.h"
#include "ptz_controller.h"

#include <chrono>
#include <memory>

namespace pontive::core {

struct OnvifPtzOptions {
    QString profile;                                   // empty: the first PTZ profile
    // Sent with each ContinuousMove where the camera accepts it, so a camera stops by
    // itself when this process dies; the rate limiter resends well before it runs out.
    std::chrono::milliseconds moveTimeout{2000};
    PtzOptics optics;                                  // for click-to-centre
    onvif::OnvifQuirks quirks;                         // learned earlier, from the camera record
    onvif::OnvifClientOptions client;
};

// PtzController over ONVIF: every command runs on the client's worker thread (the
// caller never waits on a camera), in order. Speeds are scaled into the camera's
// ranges there. Learned quirks are reported for the camera record. Destroying it while
// the camera moves sends Stop first (waiting at most the client's I/O timeout).
class OnvifPtzController : public PtzController
{
    Q_OBJECT
public:
    OnvifPtzController(QUrl deviceUrl, onvif::OnvifCredentials credentials, OnvifPtzOptions options = {},
                       QObject *parent = nullptr);
    ~OnvifPtzController() override;

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
    // Quirks read from the camera record after construction (applied before the next command).
    void setQuirks(const onvif::OnvifQuirks &quirks);

signals:
    // Persist with the camera (PtzRepository::saveQuirks) and pass back next time.
    void quirksLearned(const pontive::onvif::OnvifQuirks &quirks);

private:
    struct Worker;
    template <class Job>
    void submit(PtzCommand command, Job job);
    void finished(PtzCommand command, const Status &status);

    OnvifPtzOptions m_options;
    onvif::AsyncOnvifClient *m_async;  // child
    std::shared_ptr<Worker> m_worker;  // touched on the client's worker thread only
    bool m_moving = false;
};

} // namespace pontive::core
