#pragma once

#include "onvif_sim_server.h"
#include "ptz/onvif_ptz_controller.h"
#include "ptz/rate_limited_ptz_controller.h"
#include "sim_fixture.h"
#include "store/database.h"

#include <chrono>
#include <functional>
#include <memory>

struct _SDL_Joystick;

namespace pontive::test {

// Runs the event loop until the condition holds or the (generous) timeout passes.
bool spinUntil(const std::function<bool()> &condition, std::chrono::milliseconds timeout = std::chrono::seconds(20));
// Runs the event loop for a while (for "nothing happens" checks and held sticks).
void spinFor(std::chrono::milliseconds duration);

// An SDL virtual joystick (no /dev/uinput needed): a generic 3-axis stick with 16
// buttons. SDL's joystick subsystem must be up (JoystickManager::start).
class VirtualStick
{
public:
    explicit VirtualStick(const char *name = "Pontive Test Stick", int axes = 3, int buttons = 16);
    ~VirtualStick();
    bool isAttached() const { return m_handle != nullptr; }
    void setAxis(int axis, double value);  // [-1, 1]
    void setButton(int button, bool down);
    void unplug();

private:
    _SDL_Joystick *m_handle = nullptr;
};

// The ONVIF simulator with PTZ cameras, and the controller stack the wall uses on them.
struct PtzSim : SimFixture {
    using SimFixture::SimFixture;

    std::unique_ptr<core::OnvifPtzController> onvifController(int camera = 0, core::OnvifPtzOptions options = {})
    {
        return std::make_unique<core::OnvifPtzController>(server.deviceUrl(camera), credentials, options);
    }
    // PTZ requests of one kind the camera accepted so far.
    int count(const QString &operation, int camera = 0) const;
    std::optional<onvif::SimPtzRequest> last(const QString &operation, int camera = 0) const;
};

// A camera in a fresh store (with its location), for lock, quirk and patrol tests.
qint64 addPtzCamera(core::Database &db, const QString &name = QStringLiteral("PTZ Tugu"));

} // namespace pontive::test
