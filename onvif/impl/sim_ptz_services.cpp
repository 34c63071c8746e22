// The simulator's PTZ operations over SimPtzModel, with the quirks it can be told to have.
#include "impl/convert.h"
#include "impl/sim_auth.h"
#include "impl/sim_server_impl.h"

#include "soapH.h"

using namespace pontive::onvif;
using namespace pontive::onvif::impl;

namespace {

// Every PTZ operation: camera, auth, PTZ present. Null with *result set otherwise.
SimCamera *beginPtz(struct soap *soap, int *result, SimCameraConfig *config)
{
    SimCamera *camera = beginRequest(soap, result, config);
    if (camera && !config->ptz) {
        *result = soap_sender_fault_subcode(soap, "ter:ActionNotSupported", "PTZ is not supported", nullptr);
        return nullptr;
    }
    return camera;
}

tt__FloatRange *range(struct soap *soap, PtzRange value)
{
    auto *out = soap_new_tt__FloatRange(soap);
    out->Min = static_cast<float>(value.min);
    out->Max = static_cast<float>(value.max);
    return out;
}

tt__Space2DDescription *space2D(struct soap *soap, const char *uri, PtzRange x, PtzRange y)
{
    auto *out = soap_new_tt__Space2DDescription(soap);
    out->URI = uri;
    out->XRange = range(soap, x);
    out->YRange = range(soap, y);
    return out;
}

tt__Space1DDescription *space1D(struct soap *soap, const char *uri, PtzRange x)
{
    auto *out = soap_new_tt__Space1DDescription(soap);
    out->URI = uri;
    out->XRange = range(soap, x);
    return out;
}

tt__PTZVector *vector(struct soap *soap, const PtzVector &value)
{
    auto *out = soap_new_tt__PTZVector(soap);
    out->PanTilt = soap_new_tt__Vector2D(soap);
    out->PanTilt->x = value.pan;
    out->PanTilt->y = value.tilt;
    out->Zoom = soap_new_tt__Vector1D(soap);
    out->Zoom->x = value.zoom;
    return out;
}

// Missing axes in a request keep their current value (ONVIF: omitted = unchanged).
PtzVector merge(const tt__PTZVector *request, PtzVector current)
{
    if (request && request->PanTilt) {
        current.pan = request->PanTilt->x;
        current.tilt = request->PanTilt->y;
    }
    if (request && request->Zoom)
        current.zoom = request->Zoom->x;
    return current;
}

int noSuchPreset(struct soap *soap)
{
    return soap_sender_fault_subcode(soap, "ter:NoToken", "No such preset", nullptr);
}

} // namespace

int __tptz__ContinuousMove(struct soap *soap, _tptz__ContinuousMove *request, _tptz__ContinuousMoveResponse &)
{
    int result = SOAP_OK;
    SimCameraConfig config;
    SimCamera *camera = beginPtz(soap, &result, &config);
    if (!camera)
        return result;
    if (!request || !request->Velocity)
        return soap_sender_fault_subcode(soap, "ter:InvalidArgVal", "Velocity missing", nullptr);
    if (request->Timeout && config.rejectTimeout)
        return soap_sender_fault_subcode(soap, "ter:InvalidArgVal", "Timeout is not supported", nullptr);
    std::optional<std::chrono::milliseconds> timeout;
    if (request->Timeout)
        timeout = std::chrono::milliseconds(*request->Timeout);
    const PtzVector current = camera->ptz.velocity();
    PtzVector velocity = fromSoap(request->Velocity);
    if (!request->Velocity->PanTilt) {
        velocity.pan = current.pan;
        velocity.tilt = current.tilt;
    }
    if (!request->Velocity->Zoom)
        velocity.zoom = current.zoom;
    camera->ptz.continuousMove(velocity, timeout);
    camera->logPtz(QStringLiteral("ContinuousMove"), velocity, timeout);
    return SOAP_OK;
}

int __tptz__Stop(struct soap *soap, _tptz__Stop *request, _tptz__StopResponse &)
{
    int result = SOAP_OK;
    SimCameraConfig config;
    SimCamera *camera = beginPtz(soap, &result, &config);
    if (!camera)
        return result;
    if (config.stopUnsupported)
        return soap_receiver_fault_subcode(soap, "ter:ActionNotSupported", "Stop is not supported", nullptr);
    const bool panTilt = !request || !request->PanTilt || *request->PanTilt;
    const bool zoom = !request || !request->Zoom || *request->Zoom;
    camera->ptz.stop(panTilt, zoom);
    camera->logPtz(QStringLiteral("Stop"));
    return SOAP_OK;
}

int __tptz__RelativeMove(struct soap *soap, _tptz__RelativeMove *request, _tptz__RelativeMoveResponse &)
{
    int result = SOAP_OK;
    SimCameraConfig config;
    SimCamera *camera = beginPtz(soap, &result, &config);
    if (!camera)
        return result;
    if (!request || !request->Translation)
        return soap_sender_fault_subcode(soap, "ter:InvalidArgVal", "Translation missing", nullptr);
    camera->ptz.relativeMove(merge(request->Translation, PtzVector{}));
    return SOAP_OK;
}

int __tptz__AbsoluteMove(struct soap *soap, _tptz__AbsoluteMove *request, _tptz__AbsoluteMoveResponse &)
{
    int result = SOAP_OK;
    SimCameraConfig config;
    SimCamera *camera = beginPtz(soap, &result, &config);
    if (!camera)
        return result;
    if (!request || !request->Position)
        return soap_sender_fault_subcode(soap, "ter:InvalidArgVal", "Position missing", nullptr);
    const PtzVector target = merge(request->Position, camera->ptz.position());
    if (std::abs(target.pan) > 1 || std::abs(target.tilt) > 1 || target.zoom < 0 || target.zoom > 1)
        return soap_sender_fault_subcode(soap, "ter:InvalidPosition", "Position out of range", nullptr);
    camera->ptz.absoluteMove(target);
    return SOAP_OK;
}

int __tptz__GetStatus(struct soap *soap, _tptz__GetStatus *, _tptz__GetStatusResponse &response)
{
    int result = SOAP_OK;
    SimCameraConfig config;
    SimCamera *camera = beginPtz(soap, &result, &config);
    if (!camera)
        return result;
    const auto now = SimPtzModel::Clock::now();
    auto *status = soap_new_tt__PTZStatus(soap);
    status->Position = vector(soap, camera->ptz.position(now));
    status->MoveStatus = soap_new_tt__PTZMoveStatus(soap);
    const bool moving = camera->ptz.isMoving(now);
    const std::string state = moveStateToString(moving ? PtzMoveState::Moving : PtzMoveState::Idle);
    status->MoveStatus->PanTilt = soap_new_std__string(soap);
    *status->MoveStatus->PanTilt = state;
    status->MoveStatus->Zoom = soap_new_std__string(soap);
    *status->MoveStatus->Zoom = state;
    status->UtcTime = std::time(nullptr) + static_cast<time_t>(config.clockSkew.count());
    response.PTZStatus = status;
    return SOAP_OK;
}

int __tptz__GetPresets(struct soap *soap, _tptz__GetPresets *, _tptz__GetPresetsResponse &response)
{
    int result = SOAP_OK;
    SimCameraConfig config;
    SimCamera *camera = beginPtz(soap, &result, &config);
    if (!camera)
        return result;
    for (const PtzPreset &preset : camera->ptz.presets()) {
        auto *out = soap_new_tt__PTZPreset(soap);
        out->token = soap_new_std__string(soap);
        *out->token = toStd(preset.token);
        out->Name = soap_new_std__string(soap);
        *out->Name = toStd(preset.name);
        if (preset.position)
            out->PTZPosition = vector(soap, *preset.position);
        response.Preset.push_back(out);
    }
    return SOAP_OK;
}

int __tptz__GotoPreset(struct soap *soap, _tptz__GotoPreset *request, _tptz__GotoPresetResponse &)
{
    int result = SOAP_OK;
    SimCameraConfig config;
    SimCamera *camera = beginPtz(soap, &result, &config);
    if (!camera)
        return result;
    if (!request || !camera->ptz.gotoPreset(fromStd(request->PresetToken)))
        return noSuchPreset(soap);
    camera->logPtz(QStringLiteral("GotoPreset"));
    return SOAP_OK;
}

int __tptz__SetPreset(struct soap *soap, _tptz__SetPreset *request, _tptz__SetPresetResponse &response)
{
    int result = SOAP_OK;
    SimCameraConfig config;
    SimCamera *camera = beginPtz(soap, &result, &config);
    if (!camera)
        return result;
    const auto token = camera->ptz.setPreset(request ? fromStd(request->PresetName) : QString(),
                                             request ? fromStd(request->PresetToken) : QString());
    if (!token)
        return soap_sender_fault_subcode(soap, "ter:TooManyPresets", "Preset table full or token unknown", nullptr);
    response.PresetToken = toStd(*token);
    return SOAP_OK;
}

int __tptz__RemovePreset(struct soap *soap, _tptz__RemovePreset *request, _tptz__RemovePresetResponse &)
{
    int result = SOAP_OK;
    SimCameraConfig config;
    SimCamera *camera = beginPtz(soap, &result, &config);
    if (!camera)
        return result;
    if (!request || !camera->ptz.removePreset(fromStd(request->PresetToken)))
        return noSuchPreset(soap);
    return SOAP_OK;
}

int __tptz__GotoHomePosition(struct soap *soap, _tptz__GotoHomePosition *, _tptz__GotoHomePositionResponse &)
{
    int result = SOAP_OK;
    SimCameraConfig config;
    SimCamera *camera = beginPtz(soap, &result, &config);
    if (!camera)
        return result;
    camera->ptz.gotoHome();
    camera->logPtz(QStringLiteral("GotoHomePosition"));
    return SOAP_OK;
}

int __tptz__GetNodes(struct soap *soap, _tptz__GetNodes *, _tptz__GetNodesResponse &response)
{
    int result = SOAP_OK;
    SimCameraConfig config;
    if (!beginPtz(soap, &result, &config))
        return result;
    auto *node = soap_new_tt__PTZNode(soap);
    node->token = "ptz-node";
    node->MaximumNumberOfPresets = SimPtzModel::kMaxPresets;
    node->HomeSupported = true;
    auto *spaces = soap_new_tt__PTZSpaces(soap);
    constexpr auto kGeneric = "http://www.onvif.org/ver10/tptz/PanTiltSpaces/PositionGenericSpace";
    spaces->AbsolutePanTiltPositionSpace.push_back(
        space2D(soap, kGeneric, SimPtzModel::kPanRange, SimPtzModel::kTiltRange));
    spaces->AbsoluteZoomPositionSpace.push_back(
        space1D(soap, "http://www.onvif.org/ver10/tptz/ZoomSpaces/PositionGenericSpace", SimPtzModel::kZoomRange));
    spaces->ContinuousPanTiltVelocitySpace.push_back(
        space2D(soap, "http://www.onvif.org/ver10/tptz/PanTiltSpaces/VelocityGenericSpace", {-1, 1}, {-1, 1}));
    spaces->ContinuousZoomVelocitySpace.push_back(
        space1D(soap, "http://www.onvif.org/ver10/tptz/ZoomSpaces/VelocityGenericSpace", {-1, 1}));
    node->SupportedPTZSpaces = spaces;
    response.PTZNode.push_back(node);
    return SOAP_OK;
}

int __tptz__GetConfigurationOptions(struct soap *soap, _tptz__GetConfigurationOptions *,
                                    _tptz__GetConfigurationOptionsResponse &response)
{
    int result = SOAP_OK;
    SimCameraConfig config;
    if (!beginPtz(soap, &result, &config))
        return result;
    auto *options = soap_new_tt__PTZConfigurationOptions(soap);
    options->Spaces = soap_new_tt__PTZSpaces(soap);
    options->PTZTimeout = soap_new_tt__DurationRange(soap);
    options->PTZTimeout->Min = 1000;
    options->PTZTimeout->Max = 60000;
    response.PTZConfigurationOptions = options;
    return SOAP_OK;
}
