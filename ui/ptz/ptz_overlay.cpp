#include "ptz_overlay.h"

#include "ptz/ptz_controller.h"
#include "ptz/ptz_desk.h"
#include "ptz_patrols_dialog.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolButton>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace pontive::ui {

namespace {
constexpr double kDragThreshold = 6;  // pixels before a press becomes a drag
}

PtzOverlay::PtzOverlay(core::PtzDesk *desk, QWidget *tile) : QWidget(tile), m_desk(desk)
{
    setAttribute(Qt::WA_NoSystemBackground);
    setMouseTracking(false);
    setFocusPolicy(Qt::ClickFocus);
    setCursor(Qt::CrossCursor);
    m_home = new QToolButton(this);
    m_home->setText(tr("Home"));
    m_home->setToolTip(tr("Go to the home position"));
    m_presets = new QToolButton(this);
    m_presets->setText(tr("Presets"));
    m_presets->setToolTip(tr("Go to, save, rename or delete presets"));
    connect(m_home, &QToolButton::clicked, this, [this] {
        if (core::PtzController *c = controller())
            c->gotoHome();
    });
    m_patrols = new QToolButton(this);
    m_patrols->setText(tr("Patrols"));
    m_patrols->setToolTip(tr("Create, edit, start or stop patrols"));
    connect(m_presets, &QToolButton::clicked, this, &PtzOverlay::presetsRequested);
    connect(m_patrols, &QToolButton::clicked, this, &PtzOverlay::patrolsRequested);
    if (desk)
        connect(desk, &core::PtzDesk::patrolStateChanged, this, qOverload<>(&QWidget::update));
    m_wheelStop.setSingleShot(true);
    m_wheelStop.setInterval(250);
    connect(&m_wheelStop, &QTimer::timeout, this, &PtzOverlay::stopMoving);
    tile->installEventFilter(this);
    placeControls();
    show();
    raise();
}

PtzOverlay::~PtzOverlay()
{
    if (m_dragging || m_wheelStop.isActive())
        stopMoving();
}

void PtzOverlay::setMessage(const QString &message)
{
    m_message = message;
    update();
}

bool PtzOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Resize)
        placeControls();
    return QWidget::eventFilter(watched, event);
}

void PtzOverlay::placeControls()
{
    // Bottom right: the tile's name and agency stay readable at the top.
    setGeometry(parentWidget()->rect());
    const int margin = 6;
    m_patrols->adjustSize();
    m_presets->adjustSize();
    m_home->adjustSize();
    m_patrols->move(width() - m_patrols->width() - margin, height() - m_patrols->height() - margin);
    m_presets->move(m_patrols->x() - m_presets->width() - margin, m_patrols->y());
    m_home->move(m_presets->x() - m_home->width() - margin, m_presets->y());
}

core::PtzController *PtzOverlay::controller() const
{
    core::PtzDesk *desk = m_desk.data();
    return desk ? desk->controller() : nullptr;
}

QPointF PtzOverlay::fraction(const QPointF &pos) const
{
    const double hw = std::max(1.0, width() / 2.0);
    const double hh = std::max(1.0, height() / 2.0);
    return {std::clamp((pos.x() - hw) / hw, -1.0, 1.0), std::clamp((pos.y() - hh) / hh, -1.0, 1.0)};
}

void PtzOverlay::stopMoving()
{
    m_wheelStop.stop();
    if (core::PtzController *c = controller())
        c->stop();
}

void PtzOverlay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF centre = rect().center();
    p.setPen(QPen(QColor(255, 255, 255, 160), 1.5));
    p.drawLine(centre - QPointF(12, 0), centre + QPointF(12, 0));
    p.drawLine(centre - QPointF(0, 12), centre + QPointF(0, 12));
    p.drawEllipse(centre, 40, 40);
    if (m_dragging && !m_band) {
        p.setPen(QPen(QColor(255, 200, 0), 3));
        p.drawLine(centre, m_current);
    }
    if (m_dragging && m_band) {
        p.setPen(QPen(QColor(255, 200, 0), 2, Qt::DashLine));
        p.drawRect(QRectF(m_press, m_current).normalized());
    }
    const bool control = controller() != nullptr;
    const QString text = !m_message.isEmpty() ? m_message : control ? tr("PTZ") : tr("Waiting for PTZ control");
    p.setPen(Qt::white);
    const QRectF box(8, height() - 28, width() - 16, 22);
    p.fillRect(QRectF(box.left() - 4, box.top(), p.fontMetrics().horizontalAdvance(text) + 8, box.height()),
               QColor(0, 0, 0, 140));
    p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text);
    const core::PtzDesk *desk = m_desk.data();
    const QString patrol = desk ? PtzPatrolsDialog::runningText(*desk) : QString();
    if (!patrol.isEmpty()) {
        // Below the tile's name line, so both stay readable.
        const QRectF line(8, 30, width() - 16, 22);
        p.fillRect(QRectF(line.left() - 4, line.top(), p.fontMetrics().horizontalAdvance(patrol) + 8, line.height()),
                   QColor(0, 90, 160, 200));
        p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, patrol);
    }
}

void PtzOverlay::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_band = event->modifiers().testFlag(Qt::ShiftModifier);
    m_press = m_current = event->position();
    event->accept();
}

void PtzOverlay::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed)
        return;
    m_current = event->position();
    if (!m_dragging && QLineF(m_press, m_current).length() >= kDragThreshold)
        m_dragging = true;
    core::PtzController *c = controller();
    if (m_dragging && !m_band && c) {
        // Speed grows with the distance from the centre.
        const QPointF f = fraction(m_current);
        c->move({f.x(), -f.y(), 0});
    }
    update();
}

void PtzOverlay::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_pressed || event->button() != Qt::LeftButton)
        return;
    m_pressed = false;
    core::PtzController *c = controller();
    if (m_dragging && !m_band) {
        stopMoving();
    } else if (c && m_dragging && m_band) {
        const QRectF band = QRectF(m_press, m_current).normalized();
        const QPointF f = fraction(band.center());
        const double factor = std::min(width() / std::max(1.0, band.width()), height() / std::max(1.0, band.height()));
        c->centreOn({f.x(), f.y(), std::max(1.0, factor)});
    } else if (c) {
        const QPointF f = fraction(event->position());
        c->centreOn({f.x(), f.y(), 1});
    }
    m_dragging = false;
    update();
}

void PtzOverlay::mouseDoubleClickEvent(QMouseEvent *event)
{
    event->ignore();  // the tile's own double-click (alone / back)
}

void PtzOverlay::wheelEvent(QWheelEvent *event)
{
    core::PtzController *c = controller();
    if (!c)
        return;
    const int steps = event->angleDelta().y();
    if (steps == 0)
        return;
    c->move({0, 0, steps > 0 ? 0.5 : -0.5});
    m_wheelStop.start();
    event->accept();
}

void PtzOverlay::focusOutEvent(QFocusEvent *event)
{
    // Focus loss while dragging: the camera must not run away.
    if (m_dragging || m_wheelStop.isActive())
        stopMoving();
    m_pressed = m_dragging = false;
    QWidget::focusOutEvent(event);
}

} // namespace pontive::ui
