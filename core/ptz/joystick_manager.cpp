#include "joystick_manager.h"

#include "ptz_logging.h"

#include <SDL.h>

#include <algorithm>

namespace pontive::core {

JoystickManager::JoystickManager(QObject *parent) : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &JoystickManager::poll);
}

JoystickManager::~JoystickManager()
{
    stop();
}

Status JoystickManager::start(std::chrono::milliseconds interval)
{
    if (!m_running) {
        // No window of our own: joystick events must arrive regardless of focus.
        SDL_SetHint(SDL_HINT_JOYSTICK_ALLOW_BACKGROUND_EVENTS, "1");
        if (SDL_InitSubSystem(SDL_INIT_JOYSTICK) != 0)
            return fail(ErrorCode::NotSupported, tr("Joysticks are not available."), QString::fromUtf8(SDL_GetError()));
        m_running = true;
        qCInfo(lcPtz) << "joystick input on," << SDL_NumJoysticks() << "present";
    }
    m_timer.start(interval);
    poll();
    return {};
}

void JoystickManager::stop()
{
    m_timer.stop();
    if (!m_running)
        return;
    while (!m_devices.empty())
        close(m_devices.begin()->first);
    SDL_QuitSubSystem(SDL_INIT_JOYSTICK);
    m_running = false;
}

QList<JoystickInfo> JoystickManager::joysticks() const
{
    QList<JoystickInfo> out;
    for (const auto &[id, device] : m_devices)
        out.append(device.info);
    return out;
}

QList<double> JoystickManager::axes(int id) const
{
    auto it = m_devices.find(id);
    return it == m_devices.end() ? QList<double>{} : it->second.axes;
}

QList<bool> JoystickManager::buttons(int id) const
{
    auto it = m_devices.find(id);
    return it == m_devices.end() ? QList<bool>{} : it->second.buttons;
}

void JoystickManager::open(int deviceIndex)
{
    SDL_Joystick *handle = SDL_JoystickOpen(deviceIndex);
    if (!handle) {
        qCWarning(lcPtz) << "cannot open joystick" << deviceIndex << SDL_GetError();
        return;
    }
    const int id = SDL_JoystickInstanceID(handle);
    if (m_devices.contains(id)) {
        SDL_JoystickClose(handle);  // already ours (an added event after the initial scan)
        return;
    }
    char guid[33] = {};
    SDL_JoystickGetGUIDString(SDL_JoystickGetGUID(handle), guid, sizeof guid);
    Device device;
    device.handle = handle;
    const char *name = SDL_JoystickName(handle);
    device.info = {id, QString::fromUtf8(name ? name : "joystick"), QString::fromLatin1(guid),
                   std::max(0, SDL_JoystickNumAxes(handle)), std::max(0, SDL_JoystickNumButtons(handle))};
    device.axes = QList<double>(device.info.axes, 0.0);
    device.buttons = QList<bool>(device.info.buttons, false);
    qCInfo(lcPtz) << "joystick attached:" << device.info.name << device.info.guid << device.info.axes << "axes"
                  << device.info.buttons << "buttons";
    const JoystickInfo info = device.info;
    m_devices.emplace(id, std::move(device));
    emit attached(info);
}

void JoystickManager::close(int id)
{
    auto it = m_devices.find(id);
    if (it == m_devices.end())
        return;
    qCInfo(lcPtz) << "joystick detached:" << it->second.info.name;
    SDL_JoystickClose(it->second.handle);
    m_devices.erase(it);
    emit detached(id);
}

void JoystickManager::read(Device &device)
{
    QList<double> axes(device.info.axes, 0.0);
    for (int a = 0; a < device.info.axes; ++a)
        axes[a] = std::clamp(SDL_JoystickGetAxis(device.handle, a) / 32767.0, -1.0, 1.0);
    if (axes != device.axes) {
        device.axes = axes;
        emit axesChanged(device.info.id, axes);
    }
    for (int b = 0; b < device.info.buttons; ++b) {
        const bool down = SDL_JoystickGetButton(device.handle, b) != 0;
        if (down == device.buttons[b])
            continue;
        device.buttons[b] = down;
        if (down)
            emit buttonPressed(device.info.id, b);
        else
            emit buttonReleased(device.info.id, b);
    }
}

void JoystickManager::poll()
{
    if (!m_running)
        return;
    SDL_JoystickUpdate();
    SDL_Event event;
    QList<int> added;
    QList<int> removed;
    while (SDL_PollEvent(&event)) {
        if (event.type == SDL_JOYDEVICEADDED)
            added.append(event.jdevice.which);
        else if (event.type == SDL_JOYDEVICEREMOVED)
            removed.append(event.jdevice.which);
    }
    for (int id : removed)
        close(id);
    for (int index : added)
        open(index);
    // Anything present but not open yet (SDL started before the first poll).
    if (int(m_devices.size()) < SDL_NumJoysticks()) {
        for (int index = 0; index < SDL_NumJoysticks(); ++index)
            if (!m_devices.contains(SDL_JoystickGetDeviceInstanceID(index)))
                open(index);
    }
    // Copy the ids: a handler may stop the manager.
    std::vector<int> ids;
    for (const auto &[id, device] : m_devices)
        ids.push_back(id);
    for (int id : ids) {
        auto it = m_devices.find(id);
        if (it == m_devices.end())
            continue;
        if (!SDL_JoystickGetAttached(it->second.handle))
            close(id);
        else
            read(it->second);
    }
}

} // namespace pontive::core
