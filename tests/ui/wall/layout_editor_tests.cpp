#include "catch_qt.h"

#include "layout/layout_presets.h"
#include "wall/layout_editor_dialog.h"
#include "wall/layout_grid_editor.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace pontive;

namespace {

// The centre of a grid cell in the editor's coordinates.
QPoint cellCentre(const ui::LayoutGridEditor &grid, int row, int column)
{
    for (int y = 0; y < grid.height(); y += 2) {
        for (int x = 0; x < grid.width(); x += 2) {
            if (grid.cellAt(QPoint(x, y)) == QPoint(column, row)) {
                // Walk to the middle of this cell's run of pixels.
                int x2 = x;
                while (x2 < grid.width() && grid.cellAt(QPoint(x2, y)) == QPoint(column, row))
                    ++x2;
                int y2 = y;
                while (y2 < grid.height() && grid.cellAt(QPoint(x, y2)) == QPoint(column, row))
                    ++y2;
                return QPoint((x + x2) / 2, (y + y2) / 2);
            }
        }
    }
    return {};
}

} // namespace

TEST_CASE("the layout editor merges dragged cells, splits on double-click and regrids up to 8x8", "[ui][wall][layout-editor]")
{
    core::Layout start = *core::LayoutPresets::make(QStringLiteral("4x4"));
    start.cells[0].cameraId = 7;
    ui::LayoutEditorDialog dialog(start);
    dialog.setCameraNames({{7, QStringLiteral("Tugu Digulis")}});
    dialog.show();
    ui::LayoutGridEditor *grid = dialog.grid();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    // Drag from cell (0,0) to (1,1) with the mouse, then merge.
    QTest::mousePress(grid, Qt::LeftButton, Qt::NoModifier, cellCentre(*grid, 0, 0));
    QMouseEvent move(QEvent::MouseMove, cellCentre(*grid, 1, 1), grid->mapToGlobal(cellCentre(*grid, 1, 1)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(grid, &move);
    QTest::mouseRelease(grid, Qt::LeftButton, Qt::NoModifier, cellCentre(*grid, 1, 1));
    CHECK(grid->selection() == QRect(0, 0, 2, 2));
    auto *merge = dialog.findChild<QPushButton *>(QStringLiteral("mergeButton"));
    REQUIRE(merge->isEnabled());
    merge->click();
    core::Layout edited = dialog.editedLayout();
    REQUIRE(edited.cells.size() == 13);
    CHECK(edited.cells[0].rowSpan == 2);
    CHECK(edited.cells[0].columnSpan == 2);
    CHECK(edited.cells[0].cameraId == 7);
    CHECK(edited.validate().isEmpty());

    // A selection that cuts through the big tile is refused with words.
    grid->setSelection(QRect(1, 1, 2, 1));
    CHECK_FALSE(grid->mergeSelection());
    CHECK_FALSE(dialog.findChild<QLabel *>(QStringLiteral("layoutInfo"))->text().isEmpty());
    CHECK(dialog.editedLayout().cells.size() == 13);

    // Double-click splits it back.
    QTest::mouseDClick(grid, Qt::LeftButton, Qt::NoModifier, cellCentre(*grid, 1, 0));
    CHECK(dialog.editedLayout().cells.size() == 16);

    dialog.findChild<QSpinBox *>(QStringLiteral("layoutRows"))->setValue(8);
    dialog.findChild<QSpinBox *>(QStringLiteral("layoutColumns"))->setValue(8);
    CHECK(dialog.editedLayout().cells.size() == 64);
    CHECK(dialog.findChild<QSpinBox *>(QStringLiteral("layoutRows"))->maximum() == 8);
    grid->setSelection(QRect(2, 2, 4, 4));
    REQUIRE(grid->mergeSelection());
    CHECK(dialog.editedLayout().cells.size() == 64 - 16 + 1);
    const QImage shot = grid->grab().toImage();
    if (qEnvironmentVariableIsSet("PONTIVE_TEST_SHOTS"))
        dialog.grab().save(qEnvironmentVariable("PONTIVE_TEST_SHOTS") + QStringLiteral("/layout-editor.png"));
    CHECK(shot.width() > 300);
    dialog.findChild<QLineEdit *>(QStringLiteral("layoutName"))->setText(QStringLiteral(" Rapat "));
    CHECK(dialog.editedLayout().name == QStringLiteral("Rapat"));
}
