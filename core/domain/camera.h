#pragma once

#include "camera_enums.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace pontive::core {

struct Camera {
    qint64 id = 0;
    QString name;
    qint64 locationId = 0;
    QString location;     // the point's name (read side; writes resolve it)
    QString district;     // the point's district (read side)
    QString agency;       // owning agency's code
    CameraKind kind = CameraKind::Fixed;
    MediaType media = MediaType::Fiber;
    QString mainUrl;
    QString subUrl;
    QString onvifUrl;
    QString username;
    QString password;     // never printed; exports leave it out unless asked
    bool enabled = true;
    QString notes;
    QStringList tags;
    CameraStatus status = CameraStatus::Unknown;
    OfflineCause cause = OfflineCause::Unknown;  // meaningful when offline
    QDateTime statusSince;                       // UTC
    bool causeConfirmed = false;  // read side: an operator confirmed the cause (else suggested)
};

} // namespace pontive::core
