#include "screen_layout_keeper.h"

#include "layout/layout_library.h"
#include "wall_view.h"

namespace pontive::ui {

ScreenLayoutKeeper::ScreenLayoutKeeper(WallView *wall, core::LayoutLibrary *library, QString screen, QObject *parent)
    : QObject(parent), m_wall(wall), m_library(library), m_screen(std::move(screen))
{
    m_save.setSingleShot(true);
    m_save.setInterval(500);
    connect(&m_save, &QTimer::timeout, this, &ScreenLayoutKeeper::flush);
    connect(m_wall, &WallView::wallLayoutEdited, this, &ScreenLayoutKeeper::schedule);
    connect(m_library, &core::LayoutLibrary::screenLayoutLoaded, this,
            [this](const QString &loadedScreen, const std::optional<core::Layout> &layout) {
                if (loadedScreen != m_screen)
                    return;
                if (layout)
                    m_wall->setWallLayout(*layout);
                m_restoring = false;
                emit restored();
            });
    m_library->loadScreenLayout(m_screen);
}

void ScreenLayoutKeeper::schedule()
{
    if (!m_restoring)
        m_save.start();
}

void ScreenLayoutKeeper::flush()
{
    if (m_restoring)
        return;
    m_save.stop();
    m_library->saveScreenLayout(m_screen, m_wall->wallLayout());
}

} // namespace pontive::ui
