// The simulator's Device, Media and Media2 operations: the server half of the generated
// bindings (soapServer.cpp dispatches to these global functions).
#include "impl/convert.h"
#include "impl/sim_auth.h"
#include "impl/sim_server_impl.h"

#include "soapH.h"

using namespace pontive::onvif;
using namespace pontive::onvif::impl;

namespace {

constexpr auto kMainToken = "main";
constexpr auto kSubToken = "sub";
constexpr auto kPtzConfigToken = "ptz-config";

std::string utf8(const QString &text)
{
    return text.toStdString();
}

tt__VideoResolution *resolution(struct soap *soap, QSize size)
{
    auto *out = soap_new_tt__VideoResolution(soap);
    out->Width = size.width();
    out->Height = size.height();
    return out;
}

tds__Service *service(struct soap *soap, const char *ns, const QString &xaddr, int major)
{
    auto *out = soap_new_tds__Service(soap);
    out->Namespace = ns;
    out->XAddr = utf8(xaddr);
    out->Version = soap_new_tt__OnvifVersion(soap);
    out->Version->Major = major;
    out->Version->Minor = 0;
    return out;
}

tt__PTZConfiguration *ptzConfiguration(struct soap *soap)
{
    auto *out = soap_new_tt__PTZConfiguration(soap);
    out->Name = "PTZ";
    out->UseCount = 2;
    out->NodeToken = "ptz-node";
    out->token = kPtzConfigToken;
    return out;
}

bool isKnownProfile(const std::string &token)
{
    return token == kMainToken || token == kSubToken;
}

int unknownProfile(struct soap *soap)
{
    return soap_sender_fault_subcode(soap, "ter:InvalidArgVal", "No such profile", nullptr);
}

QUrl streamFor(const SimCameraConfig &config, const std::string &token)
{
    const QUrl &uri = token == kSubToken ? config.subStreamUri : config.mainStreamUri;
    return uri.isValid() ? uri : QUrl(QStringLiteral("rtsp://127.0.0.1:8554/") + QString::fromStdString(token));
}

} // namespace

int __tds__GetSystemDateAndTime(struct soap *soap, _tds__GetSystemDateAndTime *,
                                _tds__GetSystemDateAndTimeResponse &response)
{
    int result = SOAP_OK;
    SimCameraConfig config;
    // Allowed without authentication: clients need the clock to build a token.
    if (!beginRequest(soap, &result, &config, false))
        return result;
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(config.clockSkew.count());
    auto *value = soap_new_tt__SystemDateTime(soap);
    value->DateTimeType = "Manual";
    value->DaylightSavings = false;
    value->UTCDateTime = soap_new_tt__DateTime(soap);
    toSoap(now, *value->UTCDateTime, *soap_new_tt__Date(soap), *soap_new_tt__Time(soap));
    response.SystemDateAndTime = value;
    return SOAP_OK;
}

int __tds__GetDeviceInformation(struct soap *soap, _tds__GetDeviceInformation *,
                                _tds__GetDeviceInformationResponse &response)
{
    int result = SOAP_OK;
    SimCameraConfig config;
    SimCamera *camera = beginRequest(soap, &result, &config);
    if (!camera)
        return result;
    response.Manufacturer = utf8(config.manufacturer);
    response.Model = utf8(config.model);
    response.FirmwareVersion = "1.0-sim";
    response.SerialNumber = "SIM" + std::to_string(camera->index + 1);
    response.HardwareId = "pontive-sim";
    return SOAP_OK;
}

int __tds__GetCapabilities(struct soap *soap, _tds__GetCapabilities *, _tds__GetCapabilitiesResponse &response)
{
    int result = SOAP_OK;
    SimCameraConfig config;
    SimCamera *camera = beginRequest(soap, &result, &config);
    if (!camera)
        return result;
    const SimServerImpl *server = simServer(soap);
    auto *caps = soap_new_tt__Capabilities(soap);
    caps->Device = soap_new_tt__DeviceCapabilities(soap);
    caps->Device->XAddr = utf8(server->serviceUrl(*camera, config, "device_service"));
    caps->Media = soap_new_tt__MediaCapabilities(soap);
    caps->Media->XAddr = utf8(server->serviceUrl(*camera, config, "media_service"));
    if (config.ptz) {
        caps->PTZ = soap_new_tt__PTZCapabilities(soap);
        caps->PTZ->XAddr = utf8(server->serviceUrl(*camera, config, "ptz_service"));
    }
    response.Capabilities = caps;
    return SOAP_OK;
}

int __tds__GetServices(struct soap *soap, _tds__GetServices *, _tds__GetServicesResponse &response)
{
    int result = SOAP_OK;
    SimCameraConfig config;
    SimCamera *camera = beginRequest(soap, &result, &config);
    if (!camera)
        return result;
    if (!config.getServices)
        return soap_sender_fault_subcode(soap, "ter:ActionNotSupported", "GetServices is not supported", nullptr);
    const SimServerImpl *server = simServer(soap);
    response.Service.push_back(service(soap, "http://www.onvif.org/ver10/device/wsdl",
                                       server->serviceUrl(*camera, config, "device_service"), 2));
    response.Service.push_back(service(soap, "http://www.onvif.org/ver10/media/wsdl",
                                       server->serviceUrl(*camera, config, "media_service"), 2));
    if (config.media2)
        response.Service.push_back(service(soap, "http://www.onvif.org/ver20/media/wsdl",
                                           server->serviceUrl(*camera, config, "media2_service"), 2));
    if (config.ptz)
        response.Service.push_back(service(soap, "http://www.onvif.org/ver20/ptz/wsdl",
                                           server->serviceUrl(*camera, config, "ptz_service"), 2));
    return SOAP_OK;
}

int __trt__GetProfiles(struct soap *soap, _trt__GetProfiles *, _trt__GetProfilesResponse &response)
{
    int result = SOAP_OK;
    SimCameraConfig config;
    if (!beginRequest(soap, &result, &config))
        return result;
    for (const auto &[token, size] : {std::pair{kMainToken, config.mainSize}, std::pair{kSubToken, config.subSize}}) {
        auto *profile = soap_new_tt__Profile(soap);
        profile->token = token;
        profile->Name = token;
        profile->VideoEncoderConfiguration = soap_new_tt__VideoEncoderConfiguration(soap);
        profile->VideoEncoderConfiguration->Name = token;
        profile->VideoEncoderConfiguration->token = std::string("enc-") + token;
        profile->VideoEncoderConfiguration->Encoding = "H264";
        profile->VideoEncoderConfiguration->Resolution = resolution(soap, size);
        if (config.ptz)
            profile->PTZConfiguration = ptzConfiguration(soap);
        response.Profiles.push_back(profile);
    }
    return SOAP_OK;
}

int __trt__GetStreamUri(struct soap *soap, _trt__GetStreamUri *request, _trt__GetStreamUriResponse &response)
{
    int result = SOAP_OK;
    SimCameraConfig config;
    if (!beginRequest(soap, &result, &config))
        return result;
    if (!request || !isKnownProfile(request->ProfileToken))
        return unknownProfile(soap);
    response.MediaUri = soap_new_tt__MediaUri(soap);
    response.MediaUri->Uri = utf8(streamFor(config, request->ProfileToken).toString());
    return SOAP_OK;
}

int __trt__GetSnapshotUri(struct soap *soap, _trt__GetSnapshotUri *request, _trt__GetSnapshotUriResponse &response)
{
    int result = SOAP_OK;
    SimCameraConfig config;
    SimCamera *camera = beginRequest(soap, &result, &config);
    if (!camera)
        return result;
    if (!request || !isKnownProfile(request->ProfileToken))
        return unknownProfile(soap);
    response.MediaUri = soap_new_tt__MediaUri(soap);
    response.MediaUri->Uri = utf8(simServer(soap)->serviceUrl(*camera, config, "snapshot.jpg"));
    return SOAP_OK;
}

int __tr2__GetProfiles(struct soap *soap, _tr2__GetProfiles *, _tr2__GetProfilesResponse &response)
{
    int result = SOAP_OK;
    SimCameraConfig config;
    if (!beginRequest(soap, &result, &config))
        return result;
    if (!config.media2)
        return soap_sender_fault_subcode(soap, "ter:ActionNotSupported", "Media2 is not supported", nullptr);
    for (const auto &[token, size] : {std::pair{kMainToken, config.mainSize}, std::pair{kSubToken, config.subSize}}) {
        auto *profile = soap_new_tr2__MediaProfile(soap);
        profile->token = token;
        profile->Name = token;
        profile->Configurations = soap_new_tr2__ConfigurationSet(soap);
        auto *encoder = soap_new_tt__VideoEncoder2Configuration(soap);
        encoder->Name = token;
        encoder->token = std::string("enc-") + token;
        encoder->Encoding = "H264";
        encoder->Resolution = soap_new_tt__VideoResolution2(soap);
        encoder->Resolution->Width = size.width();
        encoder->Resolution->Height = size.height();
        profile->Configurations->VideoEncoder = encoder;
        if (config.ptz)
            profile->Configurations->PTZ = ptzConfiguration(soap);
        response.Profiles.push_back(profile);
    }
    return SOAP_OK;
}

int __tr2__GetStreamUri(struct soap *soap, _tr2__GetStreamUri *request, _tr2__GetStreamUriResponse &response)
{
    int result = SOAP_OK;
    SimCameraConfig config;
    if (!beginRequest(soap, &result, &config))
        return result;
    if (!request || !isKnownProfile(request->ProfileToken))
        return unknownProfile(soap);
    response.Uri = utf8(streamFor(config, request->ProfileToken).toString());
    return SOAP_OK;
}

int __tr2__GetSnapshotUri(struct soap *soap, _tr2__GetSnapshotUri *request, _tr2__GetSnapshotUriResponse &response)
{
    int result = SOAP_OK;
    SimCameraConfig config;
    SimCamera *camera = beginRequest(soap, &result, &config);
    if (!camera)
        return result;
    if (!request || !isKnownProfile(request->ProfileToken))
        return unknownProfile(soap);
    response.Uri = utf8(simServer(soap)->serviceUrl(*camera, config, "snapshot.jpg"));
    return SOAP_OK;
}
