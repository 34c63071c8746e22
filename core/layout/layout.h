#pragma once

#include <QJsonObject>
#include <QRect>
#include <QString>

#include <optional>
#include <vector>

namespace pontive::core {

// One tile of a layout: a rectangle of grid cells and what it shows.
struct LayoutCell {
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
    std::optional<qint64> cameraId;

    QRect gridRect() const { return QRect(column, row, columnSpan, rowSpan); }
    bool operator==(const LayoutCell &) const = default;
};

// A wall layout: a grid of up to 8x8 with tiles that may span cells. Tiles are kept in
// reading order (top to bottom, left to right) so "tile N" means the same to everyone.
struct Layout {
    QString name;
    int rows = 1;
    int columns = 1;
    std::vector<LayoutCell> cells;

    static constexpr int kMaxGrid = 8;

    // An empty string when the tiles cover the grid exactly once, else why not.
    QString validate() const;
    // The tile's pixel rectangle inside `area`, with `spacing` pixels between tiles.
    QRect tileRect(std::size_t tile, const QRect &area, int spacing = 2) const;
    // The tile that covers a grid cell, if any.
    std::optional<std::size_t> tileAt(int row, int column) const;
    void sortTiles();
    // Puts the cameras shown on `from` on this layout's tiles, in reading order (a new
    // grid keeps what the wall showed, as far as it has tiles).
    void takeCamerasFrom(const Layout &from);

    QJsonObject toJson() const;
    static std::optional<Layout> fromJson(const QJsonObject &json);
    bool operator==(const Layout &) const = default;
};

} // namespace pontive::core
