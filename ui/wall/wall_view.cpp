#include "wall_view.h"

#include "tour_player.h"
#include "video_tile.h"
#include "wall_notice.h"
#include "camera_details.h"
#include "util/wib_time.h"
#ifdef PONTIVE_WITH_PTZ_UI
#include "ptz/wall_ptz.h"
#endif

#include <QActionGroup>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QKeyEvent>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace pontive::ui {

WallView::WallView(std::shared_ptr<core::MediaEngine> engine, QWidget *parent)
    : QWidget(parent), m_engine(std::move(engine))
{
    setFocusPolicy(Qt::StrongFocus);
    setObjectName(QStringLiteral("wallView"));
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0x12, 0x13, 0x14));
    setPalette(pal);
    core::Layout one;
    one.cells.push_back(core::LayoutCell{});
    setWallLayout(one);
    m_tours = new TourPlayer(this);
    m_notice = new WallNotice(this);
}

WallView::~WallView() = default;

VideoTile *WallView::tile(int index) const
{
    return index >= 0 && index < tileCount() ? m_tiles[std::size_t(index)] : nullptr;
}

void WallView::setCameras(const std::vector<core::Camera> &cameras)
{
    m_cameras.clear();
    for (const core::Camera &c : cameras)
        m_cameras.insert(c.id, c);
    // Refresh what tiles know (names, status); the streams carry on.
    for (std::size_t i = 0; i < m_tiles.size(); ++i)
        m_tiles[i]->setCamera(cameraFor(m_layout.cells[i].cameraId));
}

std::optional<core::Camera> WallView::cameraFor(std::optional<qint64> id) const
{
    if (!id)
        return std::nullopt;
    const auto it = m_cameras.constFind(*id);
    if (it == m_cameras.constEnd())
        return std::nullopt;
    return *it;
}

void WallView::setWallLayout(const core::Layout &layout)
{
    m_alone = -1;
    // Reuse tiles (and their running streams) where the same camera stays on.
    std::vector<VideoTile *> old = std::move(m_tiles);
    m_tiles.clear();
    m_layout = layout;
    for (std::size_t i = 0; i < m_layout.cells.size(); ++i) {
        VideoTile *t = nullptr;
        const auto id = m_layout.cells[i].cameraId;
        for (auto it = old.begin(); id && it != old.end(); ++it) {
            if ((*it)->camera() && (*it)->camera()->id == *id) {
                t = *it;
                old.erase(it);
                break;
            }
        }
        if (!t) {
            t = new VideoTile(int(i), m_engine, this);
            connect(t, &VideoTile::clicked, this, &WallView::select);
            connect(t, &VideoTile::doubleClicked, this, [this](int index) {
                isAlone() ? showAll() : showAlone(index);
            });
            connect(t, &VideoTile::camerasDropped, this, &WallView::dropCameras);
            connect(t, &VideoTile::tileDropped, this, &WallView::swap);
            connect(t, &VideoTile::contextMenuRequested, this, &WallView::showTileMenu);
            t->setCamera(cameraFor(id));
        }
        t->setIndex(int(i));
        t->show();
        m_tiles.push_back(t);
    }
    qDeleteAll(old);
    m_selected = std::clamp(m_selected, 0, std::max(0, tileCount() - 1));
    for (VideoTile *t : m_tiles)
        t->setSelected(t->index() == m_selected);
    placeTiles();
    edited();
}

void WallView::placeTiles()
{
    const int shown = isAlone() ? 1 : tileCount();
    for (int i = 0; i < tileCount(); ++i) {
        VideoTile *t = m_tiles[std::size_t(i)];
        if (isAlone()) {
            t->setVisible(i == m_alone);
            if (i == m_alone)
                t->setGeometry(rect());
        } else {
            t->setVisible(true);
            t->setGeometry(m_layout.tileRect(std::size_t(i), rect(), 2));
        }
        t->setViewContext(shown, isAlone());
    }
}

void WallView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeTiles();
    m_notice->place();
}

void WallView::select(int index)
{
    if (index < 0 || index >= tileCount())
        return;
    m_selected = index;
    for (VideoTile *t : m_tiles)
        t->setSelected(t->index() == index);
    emit tileSelected(index, m_layout.cells[std::size_t(index)].cameraId);
}

void WallView::assign(int index, std::optional<qint64> cameraId)
{
    if (index < 0 || index >= tileCount())
        return;
    m_layout.cells[std::size_t(index)].cameraId = cameraId;
    m_tiles[std::size_t(index)]->setCamera(cameraFor(cameraId));
}

void WallView::dropCameras(int index, const QList<qint64> &cameraIds)
{
    if (cameraIds.isEmpty() || index < 0 || index >= tileCount())
        return;
    assign(index, cameraIds.front());
    // A dropped location or agency fills the free tiles after this one, then those before.
    qsizetype next = 1;
    for (int step = 1; step < tileCount() && next < cameraIds.size(); ++step) {
        const int i = (index + step) % tileCount();
        if (!m_layout.cells[std::size_t(i)].cameraId)
            assign(i, cameraIds[next++]);
    }
    select(index);
    edited();
}

void WallView::swap(int a, int b)
{
    if (a < 0 || b < 0 || a >= tileCount() || b >= tileCount() || a == b)
        return;
    // Move the tile widgets with their streams rather than restarting both.
    std::swap(m_tiles[std::size_t(a)], m_tiles[std::size_t(b)]);
    std::swap(m_layout.cells[std::size_t(a)].cameraId, m_layout.cells[std::size_t(b)].cameraId);
    m_tiles[std::size_t(a)]->setIndex(a);
    m_tiles[std::size_t(b)]->setIndex(b);
    placeTiles();
    select(b);
    edited();
}

void WallView::clear(int index)
{
    assign(index, std::nullopt);
    edited();
}

void WallView::showAlone(int index)
{
    if (index < 0 || index >= tileCount())
        return;
    m_alone = index;
    select(index);
    placeTiles();
}

void WallView::showAll()
{
    m_alone = -1;
    placeTiles();
}

void WallView::edited()
{
    emit wallLayoutEdited(m_layout);
}

void WallView::moveSelection(int dx, int dy)
{
    // The nearest tile whose centre lies in the arrow's direction.
    const QRect area(0, 0, 1000, 1000);
    const QPoint from = m_layout.tileRect(std::size_t(m_selected), area, 0).center();
    int best = -1;
    qint64 bestScore = 0;
    for (int i = 0; i < tileCount(); ++i) {
        const QPoint to = m_layout.tileRect(std::size_t(i), area, 0).center();
        const int along = (to.x() - from.x()) * dx + (to.y() - from.y()) * dy;
        const int across = std::abs((to.x() - from.x()) * dy) + std::abs((to.y() - from.y()) * dx);
        if (i == m_selected || along <= 0)
            continue;
        const qint64 score = qint64(along) + 2LL * across;
        if (best < 0 || score < bestScore) {
            best = i;
            bestScore = score;
        }
    }
    if (best >= 0)
        select(best);
}

void WallView::keyPressEvent(QKeyEvent *event)
{
#ifdef PONTIVE_WITH_PTZ_UI
    if (m_ptz && m_ptz->handleKey(*event))
        return event->accept();
#endif
    switch (event->key()) {
    case Qt::Key_Left: moveSelection(-1, 0); break;
    case Qt::Key_Right: moveSelection(1, 0); break;
    case Qt::Key_Up: moveSelection(0, -1); break;
    case Qt::Key_Down: moveSelection(0, 1); break;
    case Qt::Key_Return:
    case Qt::Key_Enter: showAlone(m_selected); break;
    case Qt::Key_Escape:
        if (isAlone())
            showAll();
        else
            event->ignore();
        return;
    case Qt::Key_Delete: clear(m_selected); break;
    case Qt::Key_Space:
    case Qt::Key_Pause:
        if (!m_tours->isPlaying()) {
            event->ignore();
            return;
        }
        m_tours->togglePause();
        break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void WallView::stepCamera(int index, int step)
{
    VideoTile *t = tile(index);
    if (!t || m_cameras.isEmpty() || step == 0)
        return;
    QList<qint64> ids = m_cameras.keys();
    std::sort(ids.begin(), ids.end());
    const qsizetype n = ids.size();
    const qsizetype at = t->camera() ? ids.indexOf(t->camera()->id) : -1;
    const qsizetype next = at < 0 ? (step > 0 ? 0 : n - 1) : ((at + step) % n + n) % n;
    assign(index, ids.at(next));
}

QString WallView::snapshotFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) + QStringLiteral("/Pontive Wall");
}

QString WallView::saveSnapshot(int index, const QString &folder)
{
    VideoTile *t = tile(index);
    if (!t || !t->camera() || !t->hasPicture())
        return {};
    QString stamp = core::toWib(QDateTime::currentDateTimeUtc()).toString(QStringLiteral("yyyy-MM-dd_HH.mm.ss"));
    QString name = t->camera()->location + QLatin1Char('_') + t->camera()->name + QLatin1Char('_') + stamp
        + QStringLiteral("_WIB.png");
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(name);
    if (!t->snapshot().save(path, "PNG")) {
        m_notice->showMessage(tr("Snapshot of %1 not saved: cannot write to %2")
                           .arg(t->camera()->name, QDir::toNativeSeparators(folder)),
                       true);
        return {};
    }
    m_notice->showMessage(tr("Snapshot of %1 saved as %2").arg(t->camera()->name, QDir::toNativeSeparators(path)));
    emit snapshotSaved(path);
    return path;
}

void WallView::showTileMenu(int index, const QPoint &globalPos)
{
    select(index);
    VideoTile *t = tile(index);
    QMenu menu(this);
    menu.addAction(tr("Show alone"), this, [this, index] { showAlone(index); });
    menu.addAction(tr("Reconnect"), t, &VideoTile::reconnect)->setEnabled(t->camera().has_value());
    menu.addAction(tr("Snapshot"), this, [this, index] { saveSnapshot(index, snapshotFolder()); })
        ->setEnabled(t->hasPicture());
    addQualityMenu(menu, t);
    addTourMenu(menu, index);
    menu.addAction(tr("Properties…"), this, [this, index] { showProperties(index); })
        ->setEnabled(t->camera().has_value());
    menu.addSeparator();
    menu.addAction(tr("Clear tile"), this, [this, index] { clear(index); })->setEnabled(t->camera().has_value());
    if (m_extendMenu)
        m_extendMenu(menu);
#ifdef PONTIVE_WITH_PTZ_UI
    if (m_ptz)
        m_ptz->addMenuItems(menu, index);
#endif
    menu.exec(globalPos);
}

void WallView::addQualityMenu(QMenu &menu, VideoTile *t)
{
    // Automatic picks main or sub by tile size and crowding; the choice stays with the tile.
    QMenu *quality = menu.addMenu(tr("Stream quality"));
    auto *group = new QActionGroup(quality);
    const std::pair<QString, std::optional<core::StreamQuality>> choices[] = {
        {tr("Automatic"), std::nullopt},
        {tr("Main stream (high)"), core::StreamQuality::Main},
        {tr("Sub-stream (low)"), core::StreamQuality::Sub},
    };
    for (const auto &[text, value] : choices) {
        QAction *a = quality->addAction(text, this, [this, t, value] { setTileQuality(t->index(), value); });
        a->setCheckable(true);
        a->setChecked(t->qualityOverride() == value);
        group->addAction(a);
    }
}

void WallView::setTileQuality(int index, std::optional<core::StreamQuality> quality)
{
    VideoTile *t = tile(index);
    if (!t || t->qualityOverride() == quality)
        return;
    t->setQualityOverride(quality);
    emit tileQualityChanged(index);
}

void WallView::showProperties(int index)
{
    VideoTile *t = tile(index);
    if (!t || !t->camera())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Camera properties"));
    auto *details = new CameraDetails(&dialog);
    details->showCamera(&*t->camera());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(details);
    layout->addWidget(buttons);
    dialog.resize(420, 360);
    dialog.exec();
}

void WallView::addTourMenu(QMenu &menu, int index)
{
    QMenu *tours = menu.addMenu(tr("Tours"));
    for (const core::Tour &tour : m_savedTours) {
        const QString text = tour.mode == core::Tour::Mode::Layout ? tr("%1 (whole wall)").arg(tour.name)
                                                                   : tr("%1 (this tile)").arg(tour.name);
        tours->addAction(text, this, [this, tour, index] { m_tours->play(tour, index); });
    }
    if (m_savedTours.empty())
        tours->addAction(tr("No saved tours"))->setEnabled(false);
    if (m_tours->isPlaying()) {
        tours->addSeparator();
        tours->addAction(m_tours->isPaused() ? tr("Resume tours (Space)") : tr("Pause tours (Space)"), m_tours,
                         &TourPlayer::togglePause);
        tours->addAction(tr("Next step"), m_tours, &TourPlayer::next);
        if (m_tours->tourOn(index))
            tours->addAction(tr("Stop this tour"), this, [this, index] { m_tours->stop(index); });
        tours->addAction(tr("Stop all tours"), m_tours, &TourPlayer::stopAll);
    }
}

} // namespace pontive::ui
