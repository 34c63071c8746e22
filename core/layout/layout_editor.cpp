#include "layout_editor.h"

#include "layout_presets.h"

namespace pontive::core {

Result<Layout> LayoutEditor::merge(const Layout &layout, const QRect &gridRect)
{
    const QRect grid(0, 0, layout.columns, layout.rows);
    if (!grid.contains(gridRect) || gridRect.isEmpty())
        return fail(ErrorCode::BadInput, tr("the selection lies outside the grid"));
    Layout out = layout;
    out.cells.clear();
    std::optional<qint64> camera;
    for (const LayoutCell &c : layout.cells) {
        const QRect r = c.gridRect();
        if (gridRect.contains(r)) {
            if (!camera)
                camera = c.cameraId;
            continue;
        }
        if (gridRect.intersects(r))
            return fail(ErrorCode::BadInput, tr("the selection cuts through a tile; select whole tiles"));
        out.cells.push_back(c);
    }
    out.cells.push_back(LayoutCell{gridRect.top(), gridRect.left(), gridRect.height(), gridRect.width(), camera});
    out.sortTiles();
    return out;
}

Result<Layout> LayoutEditor::split(const Layout &layout, std::size_t tile)
{
    if (tile >= layout.cells.size())
        return fail(ErrorCode::BadInput, tr("no such tile"));
    Layout out = layout;
    const LayoutCell big = layout.cells[tile];
    out.cells.erase(out.cells.begin() + std::ptrdiff_t(tile));
    for (int r = big.row; r < big.row + big.rowSpan; ++r) {
        for (int c = big.column; c < big.column + big.columnSpan; ++c) {
            const bool first = r == big.row && c == big.column;
            out.cells.push_back(LayoutCell{r, c, 1, 1, first ? big.cameraId : std::nullopt});
        }
    }
    out.sortTiles();
    return out;
}

Result<Layout> LayoutEditor::resize(const Layout &layout, int rows, int columns)
{
    if (rows < 1 || columns < 1 || rows > Layout::kMaxGrid || columns > Layout::kMaxGrid)
        return fail(ErrorCode::BadInput, tr("the grid must be between 1x1 and 8x8"));
    Layout out = LayoutPresets::grid(rows, columns);
    out.name = layout.name;
    out.takeCamerasFrom(layout);
    return out;
}

} // namespace pontive::core
