#include "screen_layout_keeper.h"

#include "layout/layout_library.h"
#include "tour_player.h"
#include "video_tile.h"
#include "wall_view.h"

#include <algorithm>

namespace pontive::ui {

ScreenLayoutKeeper::ScreenLayoutKeeper(WallView *wall, core::LayoutLibrary *library, QString screen, QObject *parent)
    : QObject(parent), m_wall(wall), m_library(library), m_screen(std::move(screen))
{
    m_save.setSingleShot(true);
    m_save.setInterval(500);
    connect(&m_save, &QTimer::timeout, this, &ScreenLayoutKeeper::flush);
    connect(wall, &WallView::wallLayoutEdited, this, &ScreenLayoutKeeper::schedule);
    connect(wall, &WallView::tileQualityChanged, this, &ScreenLayoutKeeper::schedule);
    connect(wall->tours(), &TourPlayer::stateChanged, this, &ScreenLayoutKeeper::stateMayHaveChanged);
    connect(library, &core::LayoutLibrary::screenLayoutLoaded, this,
            [this](const QString &loadedScreen, const std::optional<core::ScreenView> &view) {
                if (loadedScreen != m_screen || !m_restoring)
                    return;
                if (WallView *w = m_wall.data(); view && w)
                    restore(*w, *view);
                m_restoring = false;
                if (!view)
                    emit nothingRemembered();
                emit restored();
            });
    library->loadScreenLayout(m_screen);
}

ScreenLayoutKeeper::~ScreenLayoutKeeper()
{
    // The last change before quitting may be younger than the save delay.
    flush();
}

void ScreenLayoutKeeper::restore(WallView &wall, const core::ScreenView &view)
{
    wall.setWallLayout(view.layout);
    for (const auto &[tile, quality] : view.state.quality) {
        if (VideoTile *t = wall.tile(tile))
            t->setQualityOverride(quality);
    }
    auto saved = [&view](const QString &name) -> const core::Tour * {
        const auto it = std::find_if(view.tours.begin(), view.tours.end(),
                                     [&name](const core::Tour &t) { return t.name == name; });
        return it == view.tours.end() ? nullptr : &*it;
    };
    TourPlayer *tours = wall.tours();
    if (view.state.layoutTour) {
        if (const core::Tour *t = saved(*view.state.layoutTour); t && t->mode == core::Tour::Mode::Layout)
            tours->play(*t, -1);
    } else {
        for (const auto &[tile, name] : view.state.tileTours) {
            if (const core::Tour *t = saved(name); t && t->mode == core::Tour::Mode::Tile)
                tours->play(*t, tile);
        }
    }
    if (view.state.toursPaused)
        tours->setPaused(true);
    m_lastState = capture();
}

core::WallState ScreenLayoutKeeper::capture() const
{
    core::WallState s;
    const WallView *wall = m_wall.data();
    if (!wall)
        return s;
    const TourPlayer *tours = wall->tours();
    s.layoutTour = tours->layoutTour();
    s.tileTours = tours->tileTours();
    s.toursPaused = tours->isPaused();
    for (int i = 0; i < wall->tileCount(); ++i) {
        if (const auto q = wall->tile(i)->qualityOverride())
            s.quality[i] = *q;
    }
    return s;
}

void ScreenLayoutKeeper::stateMayHaveChanged()
{
    // Tours report every step; only a tour started, stopped or paused is worth a write.
    if (!m_restoring && capture() != (m_pending ? m_pending->state : m_lastState))
        schedule();
}

void ScreenLayoutKeeper::schedule()
{
    const WallView *wall = m_wall.data();
    if (m_restoring || !wall)
        return;
    m_pending = Pending{wall->wallLayout(), capture()};
    m_save.start();
}

void ScreenLayoutKeeper::flush()
{
    m_save.stop();
    core::LayoutLibrary *library = m_library.data();
    if (!m_pending || !library)
        return;
    library->saveScreenLayout(m_screen, m_pending->layout, m_pending->state);
    m_lastState = m_pending->state;
    m_pending.reset();
}

} // namespace pontive::ui
