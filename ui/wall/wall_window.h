#pragma once

#include "layout/layout.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <vector>

class QMenu;
class QScreen;

namespace pontive::core {
class LayoutLibrary;
class MediaEngine;
struct Camera;
}

namespace pontive::ui {

class ScreenLayoutKeeper;
class WallView;

// A full-screen wall on one monitor, with its own layout remembered by the monitor's
// name. Closing it is protected: a stray Alt+F4 or Esc does not blank a wall. Ctrl+1..9
// recall layouts and F1 shows the shortcuts, as on the console; Ctrl+L and the tile menu
// offer every preset and saved layout.
class WallWindow : public QWidget
{
    Q_OBJECT
public:
    WallWindow(QScreen *screen, std::shared_ptr<core::MediaEngine> engine, core::LayoutLibrary *library,
               QWidget *parent = nullptr);
    ~WallWindow() override;

    WallView *wall() const { return m_wall; }
    QString screenName() const { return m_screenName; }
    // Lets the next close through (the program is quitting).
    void allowClose() { m_allowClose = true; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void applyPreset(const QString &name);
    void startOnSavedLayout();
    void fillLayoutMenu(QMenu *menu);
    void showLayoutMenu();

    QString m_screenName;
    WallView *m_wall;
    ScreenLayoutKeeper *m_keeper;
    // Ctrl+1..9: these, as on the console (the presets while none is saved).
    std::vector<core::Layout> m_saved;
    bool m_allowClose = false;
    bool m_firstStart = false;  // nothing remembered for this screen, no layout shown yet
    QPointer<QMenu> m_layoutMenu;  // Ctrl+L's, while open
};

} // namespace pontive::ui
