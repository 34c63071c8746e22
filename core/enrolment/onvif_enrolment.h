#pragma once

#include "domain/camera.h"
#include "error.h"

#include <QString>
#include <QUrl>

namespace pontive::core {

// What the admin gives to enrol a camera: its address, login and where it belongs.
struct EnrolmentRequest {
    QUrl deviceUrl;
    QString user;
    QString password;
    QString agency;
    QString location;
    QString name;  // empty: the camera's manufacturer and model
    MediaType media = MediaType::Fiber;
};

// Asks a camera over ONVIF for what the store needs (name, model, PTZ or fixed, main and
// sub stream URIs) and builds the camera record; nothing is written. Blocking: it talks
// to the camera, so never call it on the GUI thread.
class OnvifEnrolment
{
public:
    static Result<Camera> describe(const EnrolmentRequest &request);
};

} // namespace pontive::core
