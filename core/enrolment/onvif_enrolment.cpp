#include "onvif_enrolment.h"

#include "onvif_client.h"

#include <QCoreApplication>

namespace pontive::core {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pontive::core::OnvifEnrolment", text);
}
} // namespace

Result<Camera> OnvifEnrolment::describe(const EnrolmentRequest &request)
{
    if (!request.deviceUrl.isValid() || request.deviceUrl.host().isEmpty())
        return fail(ErrorCode::BadInput, tr("'%1' is not an ONVIF address").arg(request.deviceUrl.toString()));
    onvif::OnvifClient client(request.deviceUrl, {request.user, request.password});
    // The camera's clock first: WS-Security digests are stamped with it.
    if (auto skew = client.syncClock(); !skew)
        return std::unexpected(skew.error());
    auto device = client.deviceInformation();
    if (!device)
        return std::unexpected(device.error());
    auto services = client.services();
    if (!services)
        return std::unexpected(services.error());
    auto streams = client.streamUris();
    if (!streams)
        return std::unexpected(streams.error());

    Camera camera;
    camera.name = request.name.trimmed();
    if (camera.name.isEmpty())
        camera.name = QString(device->manufacturer + QLatin1Char(' ') + device->model).trimmed();
    camera.agency = request.agency;
    camera.location = request.location;
    camera.kind = services->ptz.isValid() ? CameraKind::Ptz : CameraKind::Fixed;
    camera.media = request.media;
    camera.mainUrl = streams->main.toString();
    camera.subUrl = streams->sub.toString();
    camera.onvifUrl = request.deviceUrl.toString();
    camera.username = request.user;
    camera.password = request.password;
    camera.notes = tr("%1 %2, firmware %3, serial %4")
                       .arg(device->manufacturer, device->model, device->firmwareVersion, device->serialNumber);
    return camera;
}

} // namespace pontive::core
