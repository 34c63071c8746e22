#pragma once

#include "layout/layout.h"

#include <QPointer>
#include <QWidget>

#include <vector>

namespace pontive::ui {

class WallView;

// A miniature of one wall screen: its tiles with the camera names and small live
// pictures, refreshed about once a second. A camera dropped on a miniature tile goes to
// that tile of the screen; the context menu pushes a layout to the screen.
class ScreenMiniature : public QWidget
{
    Q_OBJECT
public:
    ScreenMiniature(QString screenName, WallView *wall, QWidget *parent = nullptr);

    const QString &screenName() const { return m_screen; }
    WallView *wall() const;
    void setSavedLayouts(const std::vector<core::Layout> &layouts) { m_saved = layouts; }
    // The tile of the screen under a point of the miniature, -1 when none.
    // The wall window behind it was closed (it can be opened again from the menu).
    bool screenClosed() const;
    int tileAt(const QPoint &pos) const;
    // Shows a preset or saved layout on the screen; a preset keeps the screen's cameras.
    void pushLayout(const core::Layout &layout, bool keepCameras);

protected:
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    QSize sizeHint() const override { return {300, 200}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

private:
    QSize aspect() const;
    QRect screenArea() const;

    QString m_screen;
    QPointer<WallView> m_wall;
    std::vector<core::Layout> m_saved;
    int m_dropTile = -1;
};

} // namespace pontive::ui
