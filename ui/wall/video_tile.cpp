#include "video_tile.h"

#include "camera_mime.h"
#include "media/camera_stream.h"
#include "media/stream_session.h"
#include "status_icons.h"
#include "util/url_redaction.h"
#include "util/wib_time.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDrag>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QPainter>
#include <QStyle>
#include <QTimeZone>
#include <QTimer>

namespace pontive::ui {

namespace {

const QColor kBackground(0x1b, 0x1c, 0x1e);
const QColor kBar(0, 0, 0, 150);
const QColor kAccent(0x3d, 0x8e, 0xd8);

QColor agencyColor(const QString &agency)
{
    if (agency == QLatin1String("Dishub"))
        return QColor(0x2f, 0x7d, 0xc4);
    if (agency == QLatin1String("Dinsos"))
        return QColor(0x9c, 0x5b, 0xc9);
    if (agency == QLatin1String("Diskominfo"))
        return QColor(0x2b, 0x9c, 0x8a);
    return QColor(0x70, 0x73, 0x78);
}

// The health monitor's verdict, as the office records it: since when, and why if known.
QString offlineText(const core::Camera &camera)
{
    QString text = camera.statusSince.isValid()
        ? VideoTile::tr("Offline since %1").arg(core::formatWib(camera.statusSince))
        : VideoTile::tr("Offline");
    if (camera.cause != core::OfflineCause::Unknown)
        text += QStringLiteral(": ")
            + (camera.causeConfirmed ? core::CameraTerms::name(camera.cause)
                                     : VideoTile::tr("%1 (suggested)").arg(core::CameraTerms::name(camera.cause)));
    return text;
}

} // namespace

VideoTile::VideoTile(int index, std::shared_ptr<core::MediaEngine> engine, QWidget *parent)
    : QWidget(parent), m_index(index), m_engine(std::move(engine))
{
    setAcceptDrops(true);
    setFocusPolicy(Qt::ClickFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(40, 30);
    m_countdown = new QTimer(this);
    m_countdown->setSingleShot(true);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, qOverload<>(&QWidget::update));
}

VideoTile::~VideoTile() = default;

QDateTime VideoTile::lastFrameAt() const
{
    return m_lastFrameMs ? QDateTime::fromMSecsSinceEpoch(m_lastFrameMs, QTimeZone::utc()) : QDateTime();
}

bool VideoTile::sameStream(const core::Camera &a, const core::Camera &b)
{
    return a.id == b.id && a.mainUrl == b.mainUrl && a.subUrl == b.subUrl && a.username == b.username
        && a.password == b.password && a.enabled == b.enabled;
}

void VideoTile::setCamera(const std::optional<core::Camera> &camera)
{
    if (camera && m_camera && sameStream(*camera, *m_camera)) {
        // A new name, status or cause: the tile says so, the stream carries on.
        m_camera = camera;
        setToolTip(m_camera->name + QStringLiteral(" — ") + m_camera->location);
        update();
        return;
    }
    m_stream.reset();
    m_frame = {};
    m_lastFrameMs = 0;
    m_camera = camera;
    if (m_camera && m_engine && m_camera->enabled && !(m_camera->mainUrl.isEmpty() && m_camera->subUrl.isEmpty())) {
        const QString main = core::withCredentials(m_camera->mainUrl, m_camera->username, m_camera->password);
        const QString sub = core::withCredentials(m_camera->subUrl, m_camera->username, m_camera->password);
        core::StreamOptions options;
        m_stream = std::make_unique<core::CameraStream>(m_engine, options, main.isEmpty() ? sub : main, sub);
        connect(m_stream.get(), &core::CameraStream::frameAvailable, this, &VideoTile::onFrame);
        connect(m_stream.get(), &core::CameraStream::statusChanged, this, qOverload<>(&QWidget::update));
        updateView();
        m_stream->setQualityOverride(m_qualityOverride);
        // The key-frame governor never degrades the selected tile and always a hidden one.
        m_stream->setSelected(m_selected);
        m_stream->setHidden(!isVisible());
        m_stream->start();
    }
    setToolTip(m_camera ? m_camera->name + QStringLiteral(" — ") + m_camera->location : QString());
    update();
}

void VideoTile::setSelected(bool selected)
{
    if (m_selected == selected)
        return;
    m_selected = selected;
    if (m_stream)
        m_stream->setSelected(selected);
    update();
}

void VideoTile::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stream)
        m_stream->setHidden(false);
}

void VideoTile::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (m_stream)
        m_stream->setHidden(true);
}

void VideoTile::setViewContext(int tilesShown, bool alone)
{
    m_tilesShown = tilesShown;
    m_alone = alone;
    updateView();
}

void VideoTile::reconnect()
{
    const auto camera = m_camera;
    m_camera.reset();
    setCamera(camera);
}

void VideoTile::setQualityOverride(std::optional<core::StreamQuality> quality)
{
    m_qualityOverride = quality;
    if (m_stream)
        m_stream->setQualityOverride(quality);
    update();
}

std::optional<core::StreamQuality> VideoTile::quality() const
{
    if (!m_stream)
        return std::nullopt;
    return m_stream->quality();
}

void VideoTile::setTourBadge(const QString &text, bool paused)
{
    if (text == m_tourBadge && paused == m_tourPaused)
        return;
    m_tourBadge = text;
    m_tourPaused = paused;
    update();
}

core::StreamStatus VideoTile::status() const
{
    return m_stream ? m_stream->status() : core::StreamStatus{};
}

std::optional<core::StreamStats> VideoTile::stats() const
{
    if (!m_stream || !m_stream->session())
        return std::nullopt;
    return m_stream->session()->stats();
}

void VideoTile::setAlarm(bool alarm)
{
    if (m_alarm == alarm)
        return;
    m_alarm = alarm;
    update();
}

QImage VideoTile::snapshot() const
{
    if (m_frame.isNull())
        return {};
    const QSize s = m_frame.size();
    return QImage(m_frame.bits(), s.width(), s.height(), m_frame.bytesPerLine(), QImage::Format_RGB32).copy();
}

void VideoTile::drawPicture(QPainter &p, const QRect &target) const
{
    if (m_frame.isNull())
        return;
    const QSize s = m_frame.size();
    const QImage image(m_frame.bits(), s.width(), s.height(), m_frame.bytesPerLine(), QImage::Format_RGB32);
    QRect placed(QPoint(), s.scaled(target.size(), Qt::KeepAspectRatio));
    placed.moveCenter(target.center());
    p.drawImage(placed, image);
}

void VideoTile::updateView()
{
    if (m_stream)
        m_stream->setView(size(), m_tilesShown, m_alone);
}

void VideoTile::onFrame()
{
    if (!m_stream)
        return;
    if (auto frame = m_stream->takeFrame()) {
        m_frame = *frame;
        m_lastFrameMs = QDateTime::currentMSecsSinceEpoch();
        update();
    }
}

void VideoTile::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateView();
}

void VideoTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), kBackground);
    if (!m_frame.isNull()) {
        // The engine scaled the picture to this tile already: wrap it, no copy.
        const QSize s = m_frame.size();
        const QImage image(m_frame.bits(), s.width(), s.height(), m_frame.bytesPerLine(), QImage::Format_RGB32);
        const QRect target = QRect(QPoint(), s.scaled(size(), Qt::KeepAspectRatio)).translated(0, 0);
        QRect placed = target;
        placed.moveCenter(rect().center());
        if (target.size() == s)
            p.drawImage(placed.topLeft(), image);
        else
            p.drawImage(placed, image);
    }
    paintOverlay(p);
}

void VideoTile::paintOverlay(QPainter &p)
{
    const int bar = qBound(16, height() / 12, 26);
    QFont font = p.font();
    font.setPixelSize(bar * 6 / 10);
    p.setFont(font);
    if (!m_camera) {
        p.setPen(QColor(0x8a, 0x8d, 0x91));
        p.drawText(rect(), Qt::AlignCenter,
                   tr("Tile %1\nDrop a camera here").arg(m_index + 1));
    } else {
        // Top bar: name, location, agency badge.
        const QRect top(0, 0, width(), bar);
        p.fillRect(top, kBar);
        const QString badge = m_camera->agency;
        const int badgeWidth = p.fontMetrics().horizontalAdvance(badge) + 10;
        const QRect badgeRect(width() - badgeWidth - 4, 3, badgeWidth, bar - 6);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(agencyColor(m_camera->agency));
        p.drawRoundedRect(badgeRect, 3, 3);
        p.setPen(Qt::white);
        p.drawText(badgeRect, Qt::AlignCenter, badge);
        const QString title = m_camera->name + QStringLiteral(" · ") + m_camera->location;
        p.drawText(top.adjusted(6, 0, -badgeWidth - 10, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(title, Qt::ElideRight, width() - badgeWidth - 16));

        if (const auto [text, icon] = stateLine(); !text.isEmpty()) {
            // "next try in N s" counts down: paint again in a second while it shows.
            const core::StreamStatus st = status();
            if ((st.state == core::StreamState::Reconnecting || st.state == core::StreamState::Offline)
                && st.nextTry > std::chrono::steady_clock::now() && !m_countdown->isActive())
                m_countdown->start();
            const QRect bottom(0, height() - bar, width(), bar);
            p.fillRect(bottom, kBar);
            statusIcon(icon).paint(&p, QRect(4, bottom.top() + 2, bar - 4, bar - 4));
            p.setPen(Qt::white);
            p.drawText(bottom.adjusted(bar + 4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       p.fontMetrics().elidedText(text, Qt::ElideRight, width() - bar - 8));
        }
    }
    if (m_camera && m_alarm) {
        // Red frame and words: the health monitor's offline alarm, not yet acknowledged.
        const QColor red(0xe5, 0x39, 0x35);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(red, 4));
        p.drawRect(rect().adjusted(2, 2, -3, -3));
        const QString text = tr("OFFLINE — alarm");
        const int w = p.fontMetrics().horizontalAdvance(text) + 2 * bar;
        const QRect badge(4, bar + 4, std::min(w, width() - 8), bar);
        p.fillRect(badge, red);
        statusIcon(core::CameraStatus::Offline).paint(&p, QRect(badge.left() + 2, badge.top() + 2, bar - 4, bar - 4));
        p.setPen(Qt::white);
        p.drawText(badge.adjusted(bar + 2, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    }
    if (!m_tourBadge.isEmpty())
        paintTourBadge(p, bar);
    if (m_selected) {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(kAccent, 3));
        p.drawRect(rect().adjusted(1, 1, -2, -2));
    }
}

std::pair<QString, core::CameraStatus> VideoTile::stateLine() const
{
    // State, with an icon and words, whenever there is no live picture to trust.
    if (!m_camera)
        return {};
    if (!m_stream) {
        return {!m_engine ? tr("Video engine unavailable")
                    : !m_camera->enabled ? tr("Camera disabled") : tr("No stream address"),
                core::CameraStatus::Offline};
    }
    const core::StreamStatus st = status();
    if (st.state == core::StreamState::Playing)
        return {};
    QString text = core::StreamStatusText::describe(st, std::chrono::steady_clock::now());
    if (m_camera->status == core::CameraStatus::Offline)
        text = offlineText(*m_camera) + QStringLiteral(" · ") + text;
    const bool failing = st.state == core::StreamState::Offline || st.state == core::StreamState::Reconnecting
        || st.state == core::StreamState::Stalled || m_camera->status == core::CameraStatus::Offline;
    return {text, failing ? core::CameraStatus::Offline : core::CameraStatus::Unknown};
}

void VideoTile::paintTourBadge(QPainter &p, int bar)
{
    // Under the top bar, left: an icon and the words, amber while playing, grey paused.
    const int width = std::min(this->width() - 8, p.fontMetrics().horizontalAdvance(m_tourBadge) + bar + 8);
    const int top = bar + 4 + (m_camera && m_alarm ? bar + 4 : 0);  // under the alarm badge, if any
    const QRect box(4, top, width, bar);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(m_tourPaused ? QColor(0x5a, 0x5d, 0x62, 220) : QColor(0xc7, 0x83, 0x12, 220));
    p.drawRoundedRect(box, 4, 4);
    const QIcon icon = style()->standardIcon(m_tourPaused ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay);
    icon.paint(&p, QRect(box.left() + 3, box.top() + 2, bar - 4, bar - 4));
    p.setPen(Qt::white);
    p.drawText(box.adjusted(bar + 2, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
               p.fontMetrics().elidedText(m_tourBadge, Qt::ElideRight, box.width() - bar - 6));
}

void VideoTile::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    emit clicked(m_index);
    QWidget::mousePressEvent(event);
}

void VideoTile::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || !m_camera)
        return;
    if ((event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(tileMime(m_index));
    drag->exec(Qt::MoveAction);
}

void VideoTile::mouseDoubleClickEvent(QMouseEvent *)
{
    emit doubleClicked(m_index);
}

void VideoTile::contextMenuEvent(QContextMenuEvent *event)
{
    emit contextMenuRequested(m_index, event->globalPos());
}

void VideoTile::dragEnterEvent(QDragEnterEvent *event)
{
    if (!cameraIdsFrom(event->mimeData()).isEmpty() || tileFrom(event->mimeData()) >= 0)
        event->acceptProposedAction();
}

void VideoTile::dropEvent(QDropEvent *event)
{
    const int from = tileFrom(event->mimeData());
    if (from >= 0) {
        if (from != m_index)
            emit tileDropped(from, m_index);
        event->acceptProposedAction();
        return;
    }
    const QList<qint64> ids = cameraIdsFrom(event->mimeData());
    if (!ids.isEmpty()) {
        emit camerasDropped(m_index, ids);
        event->acceptProposedAction();
    }
}

} // namespace pontive::ui
