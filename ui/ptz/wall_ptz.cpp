#include "wall_ptz.h"

#include "keypad_entry.h"
#include "ptz/joystick_ptz_binding.h"
#include "ptz/ptz_desk.h"
#include "ptz_overlay.h"
#include "ptz_patrols_dialog.h"
#include "ptz_presets_dialog.h"
#include "wall/tour_player.h"
#include "wall/video_tile.h"
#include "wall/wall_view.h"

#include <QMenu>

#include <algorithm>

namespace pontive::ui {

WallPtz::WallPtz(WallView *wall, core::PtzDesk *desk)
    : QObject(wall), m_wall(wall), m_desk(desk), m_keypad(new KeypadEntry(this))
{
    wall->setPtz(this);
    connect(wall, &WallView::tileSelected, this, &WallPtz::onTileSelected);
    connect(desk, &core::PtzDesk::controlChanged, this, &WallPtz::onControl);
    connect(m_keypad, &KeypadEntry::cameraRequested, this,
            [this](int number) { m_wall->assign(m_wall->selectedTile(), qint64(number)); });
    connect(m_keypad, &KeypadEntry::presetRequested, this, [this](int number) {
        if (core::PtzDesk *current = m_desk.data())
            current->gotoPresetNumber(number);
    });
    if (core::JoystickPtzBinding *stick = desk->joystick()) {
        connect(stick, &core::JoystickPtzBinding::actionTriggered, this, [this](core::JoystickAction action, int) {
            const int tiles = m_wall->tileCount();
            const int selected = m_wall->selectedTile();
            switch (action) {
            case core::JoystickAction::NextTile: m_wall->select((selected + 1) % std::max(1, tiles)); break;
            case core::JoystickAction::PreviousTile: m_wall->select((selected + tiles - 1) % std::max(1, tiles)); break;
            case core::JoystickAction::TileAlone:
                m_wall->isAlone() ? m_wall->showAll() : m_wall->showAlone(selected);
                break;
            case core::JoystickAction::NextCamera: m_wall->stepCamera(selected, 1); break;
            case core::JoystickAction::PreviousCamera: m_wall->stepCamera(selected, -1); break;
            case core::JoystickAction::PauseTour:
                if (m_wall->tours()->isPlaying())
                    m_wall->tours()->togglePause();
                break;
            default: break;  // presets and home are done by the binding
            }
        });
    }
}

WallPtz::~WallPtz()
{
    delete m_overlay;
}

void WallPtz::addMenuItems(QMenu &menu, int tile)
{
    VideoTile *t = m_wall->tile(tile);
    if (!t || !t->camera() || !core::PtzDesk::canControl(*t->camera()))
        return;
    QAction *item = menu.addAction(tr("PTZ control"));
    item->setCheckable(true);
    item->setChecked(isActive() && m_tile == tile);
    connect(item, &QAction::toggled, this, [this, tile](bool on) { setActive(tile, on); });
    if (isActive() && m_tile == tile) {
        connect(menu.addAction(tr("PTZ presets...")), &QAction::triggered, this, &WallPtz::showPresets);
        connect(menu.addAction(tr("PTZ patrols...")), &QAction::triggered, this, &WallPtz::showPatrols);
    }
}

void WallPtz::setActive(int tile, bool on)
{
    delete m_overlay;
    m_tile = -1;
    VideoTile *t = m_wall->tile(tile);
    core::PtzDesk *desk = m_desk.data();
    if (!on || !t || !t->camera() || !desk || !core::PtzDesk::canControl(*t->camera())) {
        if (desk)
            desk->select(std::nullopt);
        return;
    }
    m_tile = tile;
    auto *overlay = new PtzOverlay(desk, t);
    m_overlay = overlay;
    connect(overlay, &PtzOverlay::presetsRequested, this, &WallPtz::showPresets);
    connect(overlay, &PtzOverlay::patrolsRequested, this, &WallPtz::showPatrols);
    desk->select(t->camera());
    if (desk->hasControl())
        overlay->setMessage({});
}

void WallPtz::onTileSelected(int tile)
{
    // Tile change: the overlay and control follow only when PTZ was on.
    if (!isActive() || tile == m_tile)
        return;
    VideoTile *t = m_wall->tile(tile);
    setActive(tile, t && t->camera() && core::PtzDesk::canControl(*t->camera()));
}

void WallPtz::onControl(std::optional<qint64>, bool granted, const QString &message)
{
    if (PtzOverlay *overlay = m_overlay.data())
        overlay->setMessage(granted ? QString() : message);
}

void WallPtz::showPresets()
{
    PtzPresetsDialog dialog(m_desk, m_wall);
    dialog.exec();
}

void WallPtz::showPatrols()
{
    PtzPatrolsDialog dialog(m_desk, m_wall);
    dialog.exec();
}

bool WallPtz::handleKey(const QKeyEvent &event)
{
    return m_keypad->handleKey(event);
}

} // namespace pontive::ui
