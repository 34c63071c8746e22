#include "ptz_fixture.h"

#include "domain/camera.h"
#include "store/camera_repository.h"
#include "store/location_repository.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <SDL.h>

namespace pontive::test {

bool spinUntil(const std::function<bool()> &condition, std::chrono::milliseconds timeout)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeout.count())
            return condition();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(1);
    }
    return true;
}

void spinFor(std::chrono::milliseconds duration)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < duration.count()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(1);
    }
}

VirtualStick::VirtualStick(const char *name, int axes, int buttons)
{
    SDL_VirtualJoystickDesc desc{};
    desc.version = SDL_VIRTUAL_JOYSTICK_DESC_VERSION;
    desc.type = SDL_JOYSTICK_TYPE_FLIGHT_STICK;
    desc.naxes = static_cast<Uint16>(axes);
    desc.nbuttons = static_cast<Uint16>(buttons);
    desc.name = name;
    const int index = SDL_JoystickAttachVirtualEx(&desc);
    if (index >= 0)
        m_handle = SDL_JoystickOpen(index);
}

VirtualStick::~VirtualStick()
{
    unplug();
}

void VirtualStick::setAxis(int axis, double value)
{
    const double clamped = std::clamp(value, -1.0, 1.0);
    SDL_JoystickSetVirtualAxis(m_handle, axis, static_cast<Sint16>(clamped * 32767));
}

void VirtualStick::setButton(int button, bool down)
{
    SDL_JoystickSetVirtualButton(m_handle, button, down ? 1 : 0);
}

void VirtualStick::unplug()
{
    if (!m_handle)
        return;
    const SDL_JoystickID id = SDL_JoystickInstanceID(m_handle);
    SDL_JoystickClose(m_handle);
    m_handle = nullptr;
    for (int index = 0; index < SDL_NumJoysticks(); ++index)
        if (SDL_JoystickGetDeviceInstanceID(index) == id) {
            SDL_JoystickDetachVirtual(index);
            return;
        }
}

int PtzSim::count(const QString &operation, int camera) const
{
    int n = 0;
    for (const onvif::SimPtzRequest &request : server.ptzRequests(camera))
        n += request.operation == operation ? 1 : 0;
    return n;
}

std::optional<onvif::SimPtzRequest> PtzSim::last(const QString &operation, int camera) const
{
    const auto requests = server.ptzRequests(camera);
    for (auto it = requests.crbegin(); it != requests.crend(); ++it)
        if (it->operation == operation)
            return *it;
    return std::nullopt;
}

qint64 addPtzCamera(core::Database &db, const QString &name)
{
    auto conn = db.connection();
    REQUIRE(conn.has_value());
    auto tx = core::Transaction::begin(*conn, db.engine());
    REQUIRE(tx.has_value());
    auto agency = core::runQuery(*conn, QStringLiteral("SELECT id FROM agencies WHERE code = 'Dishub'"));
    REQUIRE(agency.has_value());
    REQUIRE(agency->next());
    const qint64 agencyId = agency->value(0).toLongLong();
    core::Location location;
    location.name = QStringLiteral("Tugu Khatulistiwa");
    location.district = QStringLiteral("Pontianak Utara");
    location.agency = QStringLiteral("Dishub");
    auto locationId = core::LocationRepository::insert(*conn, location, core::Actor{});
    REQUIRE(locationId.has_value());
    core::Camera camera;
    camera.name = name;
    camera.agency = QStringLiteral("Dishub");
    camera.mainUrl = QStringLiteral("rtsp://127.0.0.1:8554/ptz/main");
    camera.subUrl = QStringLiteral("rtsp://127.0.0.1:8554/ptz/sub");
    auto id = core::CameraRepository::insert(*conn, camera, *locationId, agencyId, core::Actor{}, false);
    REQUIRE(id.has_value());
    REQUIRE(tx->commit().has_value());
    return *id;
}

} // namespace pontive::test
