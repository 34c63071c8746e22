#include "screen_miniature.h"

#include "camera_mime.h"
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
}

ScreenMiniature::ScreenMiniature(QString screenName, WallView *wall, QWidget *parent)
    : QWidget(parent), m_screen(std::move(screenName)), m_wall(wall)
{
    setAcceptDrops(true);
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

int ScreenMiniature::heightForWidth(int width) const
{
    return kTitleHeight + width * 9 / 16;
}

QRect ScreenMiniature::screenArea() const
{
    const QRect below = rect().adjusted(0, kTitleHeight, 0, 0);
    QRect r(QPoint(), QSize(16, 9).scaled(below.size(), Qt::KeepAspectRatio));
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
    if (!wall) {
        p.drawText(area, Qt::AlignCenter, tr("Screen closed"));
        return;
    }
    const core::Layout &l = wall->wallLayout();
    font.setPixelSize(std::clamp(area.height() / (l.rows * 5), 8, 12));
    p.setFont(font);
    for (std::size_t i = 0; i < l.cells.size(); ++i) {
        const QRect r = l.tileRect(i, area, 1);
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
            p.setPen(Qt::white);
            p.drawText(label.adjusted(2, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       p.fontMetrics().elidedText(t->camera()->name, Qt::ElideRight, label.width() - 4));
        } else {
            p.setPen(QColor(0x70, 0x73, 0x78));
            p.drawText(r, Qt::AlignCenter, QString::number(i + 1));
        }
    }
}

void ScreenMiniature::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
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
