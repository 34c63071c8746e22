#pragma once

#include "error.h"
#include "onvif_types.h"

#include <QCoreApplication>

#include <memory>

namespace pontive::onvif {

namespace impl {
struct ClientImpl;
}

// A synchronous ONVIF client for one camera. Every call blocks up to the configured
// timeouts, so use it from one worker thread only (AsyncOnvifClient does that): it owns
// its own gSOAP context, which is not thread-safe.
//
// It handles the camera quirks once for all callers: the clock skew (read lazily from
// GetSystemDateAndTime and used to stamp WS-UsernameTokens), HTTP digest on a 401, one
// clock resync on an authentication fault, service addresses rewritten to the host the
// user gave, Stop and Timeout fallbacks recorded in quirks().
class OnvifClient
{
    Q_DECLARE_TR_FUNCTIONS(OnvifClient)
public:
    // `deviceUrl` is the device service, e.g. http://10.1.2.3/onvif/device_service.
    OnvifClient(QUrl deviceUrl, OnvifCredentials credentials, OnvifClientOptions options = {});
    ~OnvifClient();
    OnvifClient(const OnvifClient &) = delete;
    OnvifClient &operator=(const OnvifClient &) = delete;

    // What an operator types (10.1.2.3, cam.example:8080, http://host/onvif/...) as a
    // device service URL; empty when it cannot be one.
    static QUrl deviceUrlFromInput(const QString &text);

    QUrl deviceUrl() const;
    OnvifQuirks quirks() const;
    void setQuirks(const OnvifQuirks &quirks);

    // Device
    // Reads the camera clock; returns and keeps skew = camera UTC - local UTC.
    Result<std::chrono::seconds> syncClock();
    std::optional<std::chrono::seconds> clockSkew() const;
    Result<QDateTime> systemDateTime();
    Result<OnvifDeviceInfo> deviceInformation();
    // GetServices, or GetCapabilities on cameras without it; cached after success.
    Result<OnvifServices> services();

    // Media2 first, Media when the camera has no Media2 or it fails.
    Result<QList<OnvifProfile>> profiles();
    Result<QUrl> streamUri(const QString &profileToken);
    Result<QUrl> snapshotUri(const QString &profileToken);
    // Main = largest resolution, sub = smallest.
    Result<OnvifStreamUris> streamUris();

    // PTZ: velocities and positions in the generic spaces ([-1, 1], zoom [0, 1]).
    Status continuousMove(const QString &profileToken, const PtzVector &velocity,
                          std::optional<std::chrono::milliseconds> timeout = std::nullopt);
    Status stop(const QString &profileToken);
    Status relativeMove(const QString &profileToken, const PtzVector &translation);
    Status absoluteMove(const QString &profileToken, const PtzVector &position);
    Result<PtzStatus> ptzStatus(const QString &profileToken);
    Result<QList<PtzPreset>> presets(const QString &profileToken);
    Status gotoPreset(const QString &profileToken, const QString &presetToken);
    // Returns the preset token the camera assigned (or kept, when `presetToken` is set).
    Result<QString> setPreset(const QString &profileToken, const QString &name, const QString &presetToken = {});
    Status removePreset(const QString &profileToken, const QString &presetToken);
    Status gotoHome(const QString &profileToken);
    // GetNodes + GetConfigurationOptions for the profile's PTZ configuration.
    Result<PtzRanges> ptzRanges(const QString &profileToken);

private:
    Result<QUrl> ptzEndpoint();
    std::unique_ptr<impl::ClientImpl> m_impl;
};

} // namespace pontive::onvif
