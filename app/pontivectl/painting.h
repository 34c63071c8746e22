#pragma once

namespace pontive::ctl {

// Whether the command line asks for something painted (`--format pdf`), which needs a
// QGuiApplication. When it does, Qt is told to use the offscreen platform unless the
// caller chose one: pontivectl never opens a window and may run without a display.
bool needsPainting(int argc, char **argv);

} // namespace pontive::ctl
