#pragma once

#include "layout.h"

#include <QStringList>

#include <optional>

namespace pontive::core {

// The layouts an operator picks from: square grids and the usual "one big and N small"
// patterns of video-wall clients.
class LayoutPresets
{
public:
    // "1", "2x2", "3x3", "4x4", "5x5", "6x6", "8x8", "1+5", "1+7", "1+12", "2+8", "3x4"
    // (portrait: 3 columns, 4 rows).
    static QStringList names();
    static std::optional<Layout> make(const QString &name);
    static Layout grid(int rows, int columns);
};

} // namespace pontive::core
