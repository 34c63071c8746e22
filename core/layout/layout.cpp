#include "layout.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace pontive::core {

QString Layout::validate() const
{
    auto tr = [](const char *t) { return QCoreApplication::translate("pontive::core::Layout", t); };
    if (rows < 1 || columns < 1 || rows > kMaxGrid || columns > kMaxGrid)
        return tr("the grid must be between 1x1 and 8x8");
    std::vector<int> covered(std::size_t(rows * columns), 0);
    for (const LayoutCell &c : cells) {
        if (c.row < 0 || c.column < 0 || c.rowSpan < 1 || c.columnSpan < 1 || c.row + c.rowSpan > rows
            || c.column + c.columnSpan > columns)
            return tr("a tile lies outside the grid");
        for (int r = c.row; r < c.row + c.rowSpan; ++r) {
            for (int k = c.column; k < c.column + c.columnSpan; ++k)
                ++covered[std::size_t(r * columns + k)];
        }
    }
    for (int n : covered) {
        if (n == 0)
            return tr("part of the grid has no tile");
        if (n > 1)
            return tr("tiles overlap");
    }
    return {};
}

QRect Layout::tileRect(std::size_t tile, const QRect &area, int spacing) const
{
    if (tile >= cells.size() || rows < 1 || columns < 1)
        return {};
    const LayoutCell &c = cells[tile];
    // Edges from integer division so neighbouring tiles share exact pixel borders.
    auto xAt = [&](int col) { return area.left() + area.width() * col / columns; };
    auto yAt = [&](int row) { return area.top() + area.height() * row / rows; };
    const int half = spacing / 2;
    const int left = xAt(c.column) + (c.column > 0 ? half : 0);
    const int top = yAt(c.row) + (c.row > 0 ? half : 0);
    const int right = xAt(c.column + c.columnSpan) - (c.column + c.columnSpan < columns ? spacing - half : 0);
    const int bottom = yAt(c.row + c.rowSpan) - (c.row + c.rowSpan < rows ? spacing - half : 0);
    return QRect(QPoint(left, top), QPoint(right - 1, bottom - 1));
}

void Layout::takeCamerasFrom(const Layout &from)
{
    std::size_t next = 0;
    for (const LayoutCell &c : from.cells) {
        if (c.cameraId && next < cells.size())
            cells[next++].cameraId = c.cameraId;
    }
}

std::optional<std::size_t> Layout::tileAt(int row, int column) const
{
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (cells[i].gridRect().contains(column, row))
            return i;
    }
    return std::nullopt;
}

void Layout::sortTiles()
{
    std::stable_sort(cells.begin(), cells.end(), [](const LayoutCell &a, const LayoutCell &b) {
        return a.row != b.row ? a.row < b.row : a.column < b.column;
    });
}

QJsonObject Layout::toJson() const
{
    QJsonArray tiles;
    for (const LayoutCell &c : cells) {
        QJsonObject t{{QStringLiteral("row"), c.row},
                      {QStringLiteral("column"), c.column},
                      {QStringLiteral("rowSpan"), c.rowSpan},
                      {QStringLiteral("columnSpan"), c.columnSpan}};
        if (c.cameraId)
            t.insert(QStringLiteral("camera"), *c.cameraId);
        tiles.append(t);
    }
    return {{QStringLiteral("name"), name},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("columns"), columns},
            {QStringLiteral("tiles"), tiles}};
}

std::optional<Layout> Layout::fromJson(const QJsonObject &json)
{
    Layout l;
    l.name = json.value(QStringLiteral("name")).toString();
    l.rows = json.value(QStringLiteral("rows")).toInt();
    l.columns = json.value(QStringLiteral("columns")).toInt();
    for (const QJsonValue &v : json.value(QStringLiteral("tiles")).toArray()) {
        const QJsonObject t = v.toObject();
        LayoutCell c;
        c.row = t.value(QStringLiteral("row")).toInt(-1);
        c.column = t.value(QStringLiteral("column")).toInt(-1);
        c.rowSpan = t.value(QStringLiteral("rowSpan")).toInt(1);
        c.columnSpan = t.value(QStringLiteral("columnSpan")).toInt(1);
        if (t.contains(QStringLiteral("camera")))
            c.cameraId = qint64(t.value(QStringLiteral("camera")).toDouble());
        l.cells.push_back(c);
    }
    if (!l.validate().isEmpty())
        return std::nullopt;
    return l;
}

} // namespace pontive::core
