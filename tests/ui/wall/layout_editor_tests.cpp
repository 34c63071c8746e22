#include "catch_qt.h"

#include "layout/layout_presets.h"
#include "wall/layout_editor_dialog.h"
#include "wall/layout_grid_editor.h"

#include <QApplication>
#include <QDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

#include <functional>

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

// Answers the modal dialogs the code under test opens (they run their own event loop):
// each one shown is recorded by object name and handed to `answer`, which must close it.
class DialogAnswerer
{
public:
    explicit DialogAnswerer(std::function<void(QWidget *)> answer)
        : m_answer(std::move(answer))
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            QWidget *w = QApplication::activeModalWidget();
            if (!w || w == m_handled || w->objectName() == QLatin1String("layoutEditor"))
                return;
            m_handled = w;
            m_seen << w->objectName();
            m_answer(w);
        });
        m_timer.start();
    }
    const QStringList &seen() const { return m_seen; }

private:
    std::function<void(QWidget *)> m_answer;
    QTimer m_timer;
    QWidget *m_handled = nullptr;
    QStringList m_seen;
};

void clickButton(QWidget *box, const QString &text)
{
    for (auto *b : box->findChildren<QPushButton *>()) {
        if (b->text() == text) {
            b->click();
            return;
        }
    }
    FAIL_CHECK("no button " << text.toStdString());  // no throw: this runs inside the dialog's loop
    if (auto *d = qobject_cast<QDialog *>(box))
        d->reject();
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

TEST_CASE("Save as in the layout editor asks for a new name and asks before replacing another saved layout", "[ui][wall][layout-editor]")
{
    core::Layout start = *core::LayoutPresets::make(QStringLiteral("2x2"));
    start.name = QStringLiteral("Simpang Lima");
    const QStringList saved{QStringLiteral("Simpang Lima"), QStringLiteral("Malam")};

    // Save as: the name box starts empty (not the opened layout's name); a new name saves.
    {
        ui::LayoutEditorDialog dialog(start);
        dialog.setSavedNames(saved);
        QString offered = QStringLiteral("(not asked)");
        DialogAnswerer answer([&offered](QWidget *w) {
            auto *ask = qobject_cast<QInputDialog *>(w);
            if (!ask)
                return clickButton(w, QStringLiteral("Cancel"));
            offered = ask->textValue();
            ask->setTextValue(QStringLiteral("Pagi"));
            ask->accept();
        });
        dialog.saveAs();
        CHECK(answer.seen() == QStringList{QStringLiteral("saveAsName")});
        CHECK(offered.isEmpty());
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.editedLayout().name == QStringLiteral("Pagi"));
    }
    // Save as an existing name: asked; Cancel keeps the editor open and the name
    // unchanged, Replace saves under it.
    for (const bool replace : {false, true}) {
        INFO("replace: " << replace);
        ui::LayoutEditorDialog dialog(start);
        dialog.setSavedNames(saved);
        DialogAnswerer answer([replace](QWidget *w) {
            if (auto *ask = qobject_cast<QInputDialog *>(w)) {
                ask->setTextValue(QStringLiteral("Malam"));
                ask->accept();
            } else {
                clickButton(w, replace ? QStringLiteral("Replace") : QStringLiteral("Cancel"));
            }
        });
        dialog.saveAs();
        CHECK(answer.seen() == QStringList{QStringLiteral("saveAsName"), QStringLiteral("replaceLayout")});
        CHECK((dialog.result() == QDialog::Accepted) == replace);
        CHECK(dialog.editedLayout().name == (replace ? QStringLiteral("Malam") : QStringLiteral("Simpang Lima")));
    }
    // Save keeps the opened layout's name without a question; a typed name of another
    // saved layout is asked about.
    {
        ui::LayoutEditorDialog dialog(start);
        dialog.setSavedNames(saved);
        DialogAnswerer answer([](QWidget *w) { clickButton(w, QStringLiteral("Cancel")); });
        dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        CHECK(answer.seen().isEmpty());
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.editedLayout().name == QStringLiteral("Simpang Lima"));

        dialog.setResult(QDialog::Rejected);
        dialog.findChild<QLineEdit *>(QStringLiteral("layoutName"))->setText(QStringLiteral("Malam"));
        dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        CHECK(answer.seen() == QStringList{QStringLiteral("replaceLayout")});
        CHECK(dialog.result() == QDialog::Rejected);
    }
}
