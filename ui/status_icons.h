#pragma once

#include "domain/camera_enums.h"

#include <QColor>
#include <QIcon>

namespace pontive::ui {

// A status as colour AND shape (a tick, a cross, a question mark), so it reads without
// colour vision too.
QIcon statusIcon(core::CameraStatus status);
QColor statusColor(core::CameraStatus status);
// For a group where some cameras are offline: amber with an exclamation mark.
QIcon partialIcon();

} // namespace pontive::ui
