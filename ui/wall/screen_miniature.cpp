#include "screen_miniature.h"

#include "camera_mime.h"
#include "status_icons.h"
#include "layout/layout_presets.h"
#include "video_tile.h"
#include "wall_view.h"

#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QTimer>

#include <algorithm>

namespace pontive::ui {

namespace {
constexpr int kTitleHeight = 18;

// A wall window the operator closed: hidden after having been shown.
bool closedWindow(const WallView &wall)
{
    const QWidget *window = wall.window();
    return window->testAttribute(Qt::WA_WState_ExplicitShowHide) && window->isHidden();
}
} // namespace

ScreenMiniature::ScreenMiniature(QString screenName, WallView *wall, QWidget *parent)
    : QWidget(parent), m_screen(std::move(screenName)), m_wall(wall)
{
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);  // the menu key opens the menu: push from the keyboard
    setObjectName(QStringLiteral("screenMiniature"));
    setToolTip(tr("Screen %1: drop a camera on a tile; right-click to show a layout").arg(m_screen));
    setMinimumSize(160, 100);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    auto *refresh = new QTimer(this);
    refresh->setInterval(1000);
    connect(refresh, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    refresh->start();
    if (m_wall)
        connect(m_wall, &WallView::wallLayoutEdited, this, qOverload<>(&QWidget::update));
}

WallView *ScreenMiniature::wall() const
{
    return m_wall;
}

bool ScreenMiniature::screenClosed() const
{
    const WallView *wall = m_wall.data();
    return !wall || closedWindow(*wall);
}

QSize ScreenMiniature::aspect() const
{
    // The screen's own shape (a portrait monitor is tall); 16:9 until the wall has a size.
    const WallView *wall = m_wall.data();
    return wall && wall->width() > 0 && wall->height() > 0 ? wall->size() : QSize(16, 9);
}

int ScreenMiniature::heightForWidth(int width) const
{
    const QSize shape = aspect();
    return kTitleHeight + width * shape.height() / shape.width();
}

QRect ScreenMiniature::screenArea() const
{
    const QRect below = rect().adjusted(0, kTitleHeight, 0, 0);
    QRect r(QPoint(), aspect().scaled(below.size(), Qt::KeepAspectRatio));
    r.moveCenter(below.center());
    return r;
}

int ScreenMiniature::tileAt(const QPoint &pos) const
{
    // One read of the guarded pointer: g++ could not prove a second one non-null.
    const WallView *wall = m_wall.data();
    if (!wall)
        return -1;
    const core::Layout &l = wall->wallLayout();
    const QRect area = screenArea();
    if (wall->aloneTile() >= 0)
        return area.contains(pos) ? wall->aloneTile() : -1;
    for (std::size_t i = 0; i < l.cells.size(); ++i) {
        if (l.tileRect(i, area, 1).contains(pos))
            return int(i);
    }
    return -1;
}

void ScreenMiniature::pushLayout(const core::Layout &layout, bool keepCameras)
{
    if (!m_wall)
        return;
    core::Layout next = layout;
    if (keepCameras)
        next.takeCamerasFrom(m_wall->wallLayout());
    m_wall->setWallLayout(next);
}

void ScreenMiniature::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    QFont font = p.font();
    font.setPixelSize(12);
    p.setFont(font);
    p.setPen(palette().windowText().color());
    const WallView *wall = m_wall.data(); // one read, as in tileAt()
    const QString layoutName = wall ? wall->wallLayout().name : QString();
    const QString title = layoutName.isEmpty() ? m_screen : m_screen + QStringLiteral(" — ") + layoutName;
    p.drawText(QRect(2, 0, width() - 4, kTitleHeight), Qt::AlignVCenter | Qt::AlignLeft,
               p.fontMetrics().elidedText(title, Qt::ElideRight, width() - 4));
    const QRect area = screenArea();
    p.fillRect(area, QColor(0x12, 0x13, 0x14));
    if (!wall || closedWindow(*wall)) {
        p.drawText(area, Qt::AlignCenter, tr("Screen closed"));
        return;
    }
    // What the screen shows: its layout, or the one tile shown alone.
    const core::Layout &l = wall->wallLayout();
    const int alone = wall->aloneTile();
    font.setPixelSize(std::clamp(area.height() / ((alone >= 0 ? 1 : l.rows) * 5), 8, 12));
    p.setFont(font);
    const int mark = std::max(8, p.fontMetrics().height() - 2);
    for (std::size_t i = 0; i < l.cells.size(); ++i) {
        if (alone >= 0 && int(i) != alone)
            continue;
        const QRect r = alone >= 0 ? area : l.tileRect(i, area, 1);
        p.fillRect(r, QColor(0x26, 0x28, 0x2b));
        const VideoTile *t = wall->tile(int(i));
        if (t)
            t->drawPicture(p, r);
        if (int(i) == m_dropTile) {
            p.fillRect(r, QColor(0x3d, 0x8e, 0xd8, 90));
        }
        if (t && t->camera()) {
            const QRect label(r.left(), r.bottom() - p.fontMetrics().height(), r.width(), p.fontMetrics().height() + 1);
            p.fillRect(label, QColor(0, 0, 0, 160));
            // Not playing (connecting, offline...): the tile's own icon, as on the screen.
            int indent = 2;
            if (const auto [text, icon] = t->stateLine(); !text.isEmpty()) {
                statusIcon(icon).paint(&p, QRect(label.left() + 1, label.top() + 1, mark, mark));
                indent += mark;
            }
            p.setPen(Qt::white);
            p.drawText(label.adjusted(indent, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       p.fontMetrics().elidedText(t->camera()->name, Qt::ElideRight, label.width() - indent - 2));
        } else {
            p.setPen(QColor(0x70, 0x73, 0x78));
            p.drawText(r, Qt::AlignCenter, QString::number(i + 1));
        }
    }
    if (hasFocus()) {
        p.setPen(QPen(QColor(0x3d, 0x8e, 0xd8), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(area.adjusted(1, 1, -1, -1));
    }
}

void ScreenMiniature::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    if (m_wall && closedWindow(*m_wall)) {
        // Closed by mistake (or on purpose): the operator brings it back from here.
        menu.addAction(tr("Open the wall on %1 again").arg(m_screen), this, [this] {
            if (m_wall)
                m_wall->window()->showFullScreen();
        });
        menu.exec(event->globalPos());
        return;
    }
    QMenu *presets = menu.addMenu(tr("Show a preset layout"));
    for (const QString &name : core::LayoutPresets::names()) {
        presets->addAction(name, this, [this, name] { pushLayout(*core::LayoutPresets::make(name), true); });
    }
    QMenu *saved = menu.addMenu(tr("Show a saved layout"));
    for (const core::Layout &l : m_saved)
        saved->addAction(l.name, this, [this, l] { pushLayout(l, false); });
    saved->setEnabled(!m_saved.empty());
    const int tile = tileAt(event->pos());
    if (tile >= 0 && m_wall && m_wall->tile(tile)->camera()) {
        menu.addSeparator();
        menu.addAction(tr("Clear tile %1").arg(tile + 1), this, [this, tile] {
            if (m_wall)
                m_wall->clear(tile);
        });
    }
    menu.exec(event->globalPos());
}

void ScreenMiniature::dragEnterEvent(QDragEnterEvent *event)
{
    if (!cameraIdsFrom(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ScreenMiniature::dragMoveEvent(QDragMoveEvent *event)
{
    m_dropTile = tileAt(event->position().toPoint());
    if (m_dropTile >= 0)
        event->acceptProposedAction();
    else
        event->ignore();
    update();
}

void ScreenMiniature::dropEvent(QDropEvent *event)
{
    const int tile = tileAt(event->position().toPoint());
    m_dropTile = -1;
    const QList<qint64> ids = cameraIdsFrom(event->mimeData());
    if (tile >= 0 && !ids.isEmpty() && m_wall) {
        m_wall->dropCameras(tile, ids);
        event->acceptProposedAction();
    }
    update();
}

} // namespace pontive::ui
