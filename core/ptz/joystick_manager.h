#pragma once

#include "error.h"
#include "joystick_profile.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <map>

struct _SDL_Joystick;

namespace pontive::core {

// Joysticks, PTZ sticks and CCTV keyboards through SDL2's raw joystick API, polled from
// a Qt timer on the owner's thread, with hot-plug. Axes come out normalised to [-1, 1];
// what they mean is the binding's business (JoystickPtzBinding), not this class's.
class JoystickManager : public QObject
{
    Q_OBJECT
public:
    explicit JoystickManager(QObject *parent = nullptr);
    ~JoystickManager() override;

    // Initialises SDL's joystick subsystem and starts polling.
    Status start(std::chrono::milliseconds interval = std::chrono::milliseconds(8));
    void stop();
    bool isRunning() const { return m_running; }

    QList<JoystickInfo> joysticks() const;
    QList<double> axes(int id) const;
    QList<bool> buttons(int id) const;

    // One poll: hot-plug, then axes and buttons. The timer calls it; tests may too.
    void poll();

signals:
    void attached(const pontive::core::JoystickInfo &joystick);
    void detached(int id);
    void axesChanged(int id, const QList<double> &axes);
    void buttonPressed(int id, int button);
    void buttonReleased(int id, int button);

private:
    struct Device {
        _SDL_Joystick *handle = nullptr;
        JoystickInfo info;
        QList<double> axes;
        QList<bool> buttons;
    };
    void open(int deviceIndex);
    void close(int id);
    void read(Device &device);

    QTimer m_timer;
    bool m_running = false;
    std::map<int, Device> m_devices;
};

} // namespace pontive::core
