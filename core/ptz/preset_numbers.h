#pragma once

#include "ptz_controller.h"

namespace pontive::core {

// What "preset 3" means on a camera (keypad "3 P", joystick button 3): the preset whose
// token is "3", else the one whose token ends in the number 3 ("preset-3", "Preset_003"),
// else the third in the camera's list. Empty when there is none.
QString presetTokenForNumber(int number, const QList<PtzPresetInfo> &presets);

} // namespace pontive::core
