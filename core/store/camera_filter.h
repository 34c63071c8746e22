#pragma once

#include "domain/camera_enums.h"

#include <QString>

#include <optional>

namespace pontive::core {

// What `cameras list` and the camera tree narrow the inventory by. Empty = any.
struct CameraFilter {
    QString agency;     // camera owner's code
    QString district;
    QString tag;
    QString search;     // in camera name, location name and notes, case-insensitive
    std::optional<CameraStatus> status;
    std::optional<CameraKind> kind;
    std::optional<MediaType> media;
    std::optional<bool> enabled;
};

} // namespace pontive::core
