#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QToolButton;

namespace pontive::core {
class PtzController;
class PtzDesk;
}

namespace pontive::ui {

// PTZ on the selected tile: drag from the centre to move (faster the farther out), the
// wheel zooms, a click centres the clicked point, Shift+drag a rectangle zooms into it;
// Home, Presets and Patrols buttons in the corner; a running patrol is named at the top
// with the station running it. Everything goes through the desk's controller
// (rate-limited, on a worker thread); the overlay never talks to a camera itself.
class PtzOverlay : public QWidget
{
    Q_OBJECT
public:
    PtzOverlay(core::PtzDesk *desk, QWidget *tile);
    ~PtzOverlay() override;

    // A line for the operator ("Controlled by ...", "Waiting for control").
    void setMessage(const QString &message);

signals:
    void presetsRequested();
    void patrolsRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    // -1..1 from the centre to the edges (y down).
    QPointF fraction(const QPointF &pos) const;
    void placeControls();
    // The desk's controller when this station has control, else null.
    core::PtzController *controller() const;
    void stopMoving();

    QPointer<core::PtzDesk> m_desk;
    QToolButton *m_home;
    QToolButton *m_presets;
    QToolButton *m_patrols;
    QPointF m_press;
    QPointF m_current;
    bool m_pressed = false;
    bool m_dragging = false;
    bool m_band = false;
    QString m_message;
    QTimer m_wheelStop;
};

} // namespace pontive::ui
