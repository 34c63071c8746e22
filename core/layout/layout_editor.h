#pragma once

#include "error.h"
#include "layout.h"

#include <QCoreApplication>

namespace pontive::core {

// Edits a layout's grid: merge a rectangle of whole tiles into one, split a tile back
// into single cells, change the grid size. Cameras stay where they can.
class LayoutEditor
{
    Q_DECLARE_TR_FUNCTIONS(LayoutEditor)
public:
    // Merges every tile inside `gridRect` (cells, not pixels). The rectangle must not
    // cut through a tile. The first camera inside is kept.
    static Result<Layout> merge(const Layout &layout, const QRect &gridRect);
    static Result<Layout> split(const Layout &layout, std::size_t tile);
    // A new grid of rows x columns of single tiles, keeping cameras in reading order.
    static Result<Layout> resize(const Layout &layout, int rows, int columns);
};

} // namespace pontive::core
