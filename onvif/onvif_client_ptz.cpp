// OnvifClient: PTZ moves, presets, status and ranges, with the Stop/Timeout fallbacks.
#include "onvif_client.h"

#include "impl/client_impl.h"
#include "onvif_logging.h"

namespace pontive::onvif {

using impl::fromStd;
using impl::toStd;

namespace {

// A fault (not a transport or auth problem) is how cameras say "I don't do that".
bool isRefusal(const Error &error)
{
    return error.code == ErrorCode::Refused || error.code == ErrorCode::NotSupported;
}

PtzRange rangeOf(const tt__FloatRange *range, PtzRange fallback)
{
    return range ? PtzRange{range->Min, range->Max} : fallback;
}

template <class Space>
const Space *firstSpace(const std::vector<Space *> &spaces)
{
    return spaces.empty() ? nullptr : spaces.front();
}

} // namespace

Status OnvifClient::continuousMove(const QString &profileToken, const PtzVector &velocity,
                                   std::optional<std::chrono::milliseconds> timeout)
{
    auto endpoint = ptzEndpoint();
    if (!endpoint)
        return std::unexpected(endpoint.error());
    impl::PtzVectorStorage storage;
    _tptz__ContinuousMove request;
    request.ProfileToken = toStd(profileToken);
    request.Velocity = impl::toSoapSpeed(velocity, storage);
    xsd__duration duration = timeout ? timeout->count() : 0;
    const bool sendTimeout = timeout && !m_impl->quirks.timeoutRejected;
    request.Timeout = sendTimeout ? &duration : nullptr;
    _tptz__ContinuousMoveResponse response;
    auto call = [&](struct soap *soap, const char *url) {
        return soap_call___tptz__ContinuousMove(soap, url, nullptr, &request, response);
    };
    auto status = m_impl->invoke(QStringLiteral("ContinuousMove"), *endpoint, call);
    if (!status && sendTimeout && isRefusal(status.error())) {
        // Some cameras (Bosch) reject Timeout: learn it, then send without.
        qCInfo(lcOnvif) << m_impl->deviceUrl.host() << "rejects ContinuousMove Timeout; omitting it from now on";
        m_impl->quirks.timeoutRejected = true;
        request.Timeout = nullptr;
        status = m_impl->invoke(QStringLiteral("ContinuousMove"), *endpoint, call);
    }
    return status;
}

Status OnvifClient::stop(const QString &profileToken)
{
    if (m_impl->quirks.stopUnsupported)
        return continuousMove(profileToken, PtzVector{});
    auto endpoint = ptzEndpoint();
    if (!endpoint)
        return std::unexpected(endpoint.error());
    bool yes = true;
    _tptz__Stop request;
    request.ProfileToken = toStd(profileToken);
    request.PanTilt = &yes;
    request.Zoom = &yes;
    _tptz__StopResponse response;
    auto status = m_impl->invoke(QStringLiteral("Stop"), *endpoint, [&](struct soap *soap, const char *url) {
        return soap_call___tptz__Stop(soap, url, nullptr, &request, response);
    });
    if (!status && isRefusal(status.error())) {
        qCInfo(lcOnvif) << m_impl->deviceUrl.host() << "does not implement Stop; using zero velocity from now on";
        m_impl->quirks.stopUnsupported = true;
        return continuousMove(profileToken, PtzVector{});
    }
    return status;
}

Status OnvifClient::relativeMove(const QString &profileToken, const PtzVector &translation)
{
    auto endpoint = ptzEndpoint();
    if (!endpoint)
        return std::unexpected(endpoint.error());
    impl::PtzVectorStorage storage;
    _tptz__RelativeMove request;
    request.ProfileToken = toStd(profileToken);
    request.Translation = impl::toSoapVector(translation, storage);
    _tptz__RelativeMoveResponse response;
    return m_impl->invoke(QStringLiteral("RelativeMove"), *endpoint, [&](struct soap *soap, const char *url) {
        return soap_call___tptz__RelativeMove(soap, url, nullptr, &request, response);
    });
}

Status OnvifClient::absoluteMove(const QString &profileToken, const PtzVector &position)
{
    auto endpoint = ptzEndpoint();
    if (!endpoint)
        return std::unexpected(endpoint.error());
    impl::PtzVectorStorage storage;
    _tptz__AbsoluteMove request;
    request.ProfileToken = toStd(profileToken);
    request.Position = impl::toSoapVector(position, storage);
    _tptz__AbsoluteMoveResponse response;
    return m_impl->invoke(QStringLiteral("AbsoluteMove"), *endpoint, [&](struct soap *soap, const char *url) {
        return soap_call___tptz__AbsoluteMove(soap, url, nullptr, &request, response);
    });
}

Result<PtzStatus> OnvifClient::ptzStatus(const QString &profileToken)
{
    auto endpoint = ptzEndpoint();
    if (!endpoint)
        return std::unexpected(endpoint.error());
    _tptz__GetStatus request;
    request.ProfileToken = toStd(profileToken);
    _tptz__GetStatusResponse response;
    auto status = m_impl->invoke(QStringLiteral("GetStatus"), *endpoint, [&](struct soap *soap, const char *url) {
        return soap_call___tptz__GetStatus(soap, url, nullptr, &request, response);
    });
    if (!status)
        return std::unexpected(status.error());
    const tt__PTZStatus *value = response.PTZStatus;
    if (!value)
        return fail(ErrorCode::Io, tr("The camera's PTZ status is empty."), QStringLiteral("GetStatus without PTZStatus"));
    PtzStatus out;
    out.position = impl::fromSoap(value->Position);
    if (value->MoveStatus) {
        out.panTilt = impl::moveStateFromString(value->MoveStatus->PanTilt);
        out.zoom = impl::moveStateFromString(value->MoveStatus->Zoom);
    }
    out.utcTime = QDateTime::fromSecsSinceEpoch(value->UtcTime, Qt::UTC);
    return out;
}

Result<QList<PtzPreset>> OnvifClient::presets(const QString &profileToken)
{
    auto endpoint = ptzEndpoint();
    if (!endpoint)
        return std::unexpected(endpoint.error());
    _tptz__GetPresets request;
    request.ProfileToken = toStd(profileToken);
    _tptz__GetPresetsResponse response;
    auto status = m_impl->invoke(QStringLiteral("GetPresets"), *endpoint, [&](struct soap *soap, const char *url) {
        return soap_call___tptz__GetPresets(soap, url, nullptr, &request, response);
    });
    if (!status)
        return std::unexpected(status.error());
    QList<PtzPreset> out;
    for (const tt__PTZPreset *preset : response.Preset) {
        if (!preset || !preset->token)
            continue;
        PtzPreset value{fromStd(preset->token), fromStd(preset->Name), std::nullopt};
        if (preset->PTZPosition)
            value.position = impl::fromSoap(preset->PTZPosition);
        out.append(value);
    }
    return out;
}

Status OnvifClient::gotoPreset(const QString &profileToken, const QString &presetToken)
{
    auto endpoint = ptzEndpoint();
    if (!endpoint)
        return std::unexpected(endpoint.error());
    _tptz__GotoPreset request;
    request.ProfileToken = toStd(profileToken);
    request.PresetToken = toStd(presetToken);
    _tptz__GotoPresetResponse response;
    return m_impl->invoke(QStringLiteral("GotoPreset"), *endpoint, [&](struct soap *soap, const char *url) {
        return soap_call___tptz__GotoPreset(soap, url, nullptr, &request, response);
    });
}

Result<QString> OnvifClient::setPreset(const QString &profileToken, const QString &name, const QString &presetToken)
{
    auto endpoint = ptzEndpoint();
    if (!endpoint)
        return std::unexpected(endpoint.error());
    std::string nameValue = toStd(name);
    std::string tokenValue = toStd(presetToken);
    _tptz__SetPreset request;
    request.ProfileToken = toStd(profileToken);
    request.PresetName = name.isEmpty() ? nullptr : &nameValue;
    request.PresetToken = presetToken.isEmpty() ? nullptr : &tokenValue;
    _tptz__SetPresetResponse response;
    auto status = m_impl->invoke(QStringLiteral("SetPreset"), *endpoint, [&](struct soap *soap, const char *url) {
        return soap_call___tptz__SetPreset(soap, url, nullptr, &request, response);
    });
    if (!status)
        return std::unexpected(status.error());
    return response.PresetToken.empty() ? presetToken : fromStd(response.PresetToken);
}

Status OnvifClient::removePreset(const QString &profileToken, const QString &presetToken)
{
    auto endpoint = ptzEndpoint();
    if (!endpoint)
        return std::unexpected(endpoint.error());
    _tptz__RemovePreset request;
    request.ProfileToken = toStd(profileToken);
    request.PresetToken = toStd(presetToken);
    _tptz__RemovePresetResponse response;
    return m_impl->invoke(QStringLiteral("RemovePreset"), *endpoint, [&](struct soap *soap, const char *url) {
        return soap_call___tptz__RemovePreset(soap, url, nullptr, &request, response);
    });
}

Status OnvifClient::gotoHome(const QString &profileToken)
{
    auto endpoint = ptzEndpoint();
    if (!endpoint)
        return std::unexpected(endpoint.error());
    _tptz__GotoHomePosition request;
    request.ProfileToken = toStd(profileToken);
    _tptz__GotoHomePositionResponse response;
    return m_impl->invoke(QStringLiteral("GotoHomePosition"), *endpoint, [&](struct soap *soap, const char *url) {
        return soap_call___tptz__GotoHomePosition(soap, url, nullptr, &request, response);
    });
}

Result<PtzRanges> OnvifClient::ptzRanges(const QString &profileToken)
{
    auto endpoint = ptzEndpoint();
    if (!endpoint)
        return std::unexpected(endpoint.error());
    PtzRanges out;
    // The profile names its PTZ configuration and node; a camera without them is fine.
    QString configuration;
    QString nodeToken;
    if (auto all = profiles())
        for (const OnvifProfile &profile : *all)
            if (profile.token == profileToken) {
                configuration = profile.ptzConfigurationToken;
                nodeToken = profile.ptzNodeToken;
            }
    {
        _tptz__GetNodes request;
        _tptz__GetNodesResponse response;
        auto status = m_impl->invoke(QStringLiteral("GetNodes"), *endpoint, [&](struct soap *soap, const char *url) {
            return soap_call___tptz__GetNodes(soap, url, nullptr, &request, response);
        });
        if (!status)
            return std::unexpected(status.error());
        const tt__PTZNode *node = response.PTZNode.empty() ? nullptr : response.PTZNode.front();
        for (const tt__PTZNode *candidate : response.PTZNode)
            if (candidate && !nodeToken.isEmpty() && candidate->token == toStd(nodeToken))
                node = candidate;
        if (node) {
            out.maxPresets = node->MaximumNumberOfPresets;
            out.homeSupported = node->HomeSupported;
            if (const tt__PTZSpaces *spaces = node->SupportedPTZSpaces) {
                if (auto *pt = firstSpace(spaces->AbsolutePanTiltPositionSpace)) {
                    out.panPosition = rangeOf(pt->XRange, out.panPosition);
                    out.tiltPosition = rangeOf(pt->YRange, out.tiltPosition);
                }
                if (auto *z = firstSpace(spaces->AbsoluteZoomPositionSpace))
                    out.zoomPosition = rangeOf(z->XRange, out.zoomPosition);
                if (auto *pt = firstSpace(spaces->ContinuousPanTiltVelocitySpace)) {
                    out.panVelocity = rangeOf(pt->XRange, out.panVelocity);
                    out.tiltVelocity = rangeOf(pt->YRange, out.tiltVelocity);
                }
                if (auto *z = firstSpace(spaces->ContinuousZoomVelocitySpace))
                    out.zoomVelocity = rangeOf(z->XRange, out.zoomVelocity);
            }
        }
    }
    // The timeouts live in the configuration options.
    if (configuration.isEmpty())
        return out;
    _tptz__GetConfigurationOptions request;
    request.ConfigurationToken = toStd(configuration);
    _tptz__GetConfigurationOptionsResponse response;
    auto status = m_impl->invoke(QStringLiteral("GetConfigurationOptions"), *endpoint,
                                 [&](struct soap *soap, const char *url) {
                                     return soap_call___tptz__GetConfigurationOptions(soap, url, nullptr, &request,
                                                                                      response);
                                 });
    if (status && response.PTZConfigurationOptions && response.PTZConfigurationOptions->PTZTimeout) {
        out.minTimeout = std::chrono::milliseconds(response.PTZConfigurationOptions->PTZTimeout->Min);
        out.maxTimeout = std::chrono::milliseconds(response.PTZConfigurationOptions->PTZTimeout->Max);
    } else if (!status) {
        qCDebug(lcOnvif) << "GetConfigurationOptions failed:" << status.error().detail;
    }
    return out;
}

} // namespace pontive::onvif
