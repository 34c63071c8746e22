#include "layout_presets.h"

namespace pontive::core {

namespace {

// A grid of 1x1 tiles with the listed big tiles carved out of it.
Layout carve(const QString &name, int rows, int columns, const std::vector<LayoutCell> &big)
{
    Layout l;
    l.name = name;
    l.rows = rows;
    l.columns = columns;
    l.cells = big;
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            if (!l.tileAt(r, c))
                l.cells.push_back(LayoutCell{r, c, 1, 1, std::nullopt});
        }
    }
    l.sortTiles();
    return l;
}

} // namespace

QStringList LayoutPresets::names()
{
    return {QStringLiteral("1"),   QStringLiteral("2x2"), QStringLiteral("3x3"),  QStringLiteral("4x4"),
            QStringLiteral("5x5"), QStringLiteral("6x6"), QStringLiteral("8x8"),  QStringLiteral("1+5"),
            QStringLiteral("1+7"), QStringLiteral("1+12"), QStringLiteral("2+8"), QStringLiteral("3x4")};
}

Layout LayoutPresets::grid(int rows, int columns)
{
    Layout l = carve(QString(), rows, columns, {});
    l.name = rows == columns ? QStringLiteral("%1x%1").arg(rows) : QStringLiteral("%1x%2").arg(columns).arg(rows);
    if (rows == 1 && columns == 1)
        l.name = QStringLiteral("1");
    return l;
}

std::optional<Layout> LayoutPresets::make(const QString &name)
{
    if (name == QLatin1String("1"))
        return grid(1, 1);
    for (int n : {2, 3, 4, 5, 6, 8}) {
        if (name == QStringLiteral("%1x%1").arg(n))
            return grid(n, n);
    }
    if (name == QLatin1String("3x4")) {
        Layout l = grid(4, 3);
        l.name = name;
        return l;
    }
    if (name == QLatin1String("1+5"))
        return carve(name, 3, 3, {{0, 0, 2, 2, std::nullopt}});
    if (name == QLatin1String("1+7"))
        return carve(name, 4, 4, {{0, 0, 3, 3, std::nullopt}});
    if (name == QLatin1String("1+12"))
        return carve(name, 4, 4, {{1, 1, 2, 2, std::nullopt}});
    if (name == QLatin1String("2+8"))
        return carve(name, 4, 4, {{0, 0, 2, 2, std::nullopt}, {0, 2, 2, 2, std::nullopt}});
    return std::nullopt;
}

} // namespace pontive::core
