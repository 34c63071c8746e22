#pragma once

#include <QLabel>
#include <QPointer>

namespace pontive::core {
class PtzDesk;
}

namespace pontive::ui {

// The status bar's joystick field: which stick is active and what it does right now;
// a click opens its profile dialog.
class JoystickStatus : public QLabel
{
    Q_OBJECT
public:
    JoystickStatus(core::PtzDesk *desk, QWidget *parent = nullptr);

protected:
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void refresh();

    QPointer<core::PtzDesk> m_desk;
    QString m_name;
};

} // namespace pontive::ui
