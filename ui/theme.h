#pragma once

class QApplication;

namespace pontive::ui {

// Dark grey (not black) Fusion, as command rooms prefer: easy on eyes in a dim room,
// with enough contrast for status colours, which always come with an icon or words.
void applyOperatorTheme(QApplication &app);

} // namespace pontive::ui
