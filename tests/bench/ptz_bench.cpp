// make bench: PTZ latency on the wire. A virtual SDL stick drives the simulator's camera
// through the wall's stack (JoystickManager -> JoystickPtzBinding -> rate limiter ->
// ONVIF controller on its worker thread); we time stick deflection -> ContinuousMove
// handled by the camera, and release -> Stop handled, against a bare synchronous
// ContinuousMove round trip on the same simulator in the same run. Prints; asserts nothing.
#include "onvif_client.h"
#include "onvif_sim_server.h"
#include "ptz/joystick_manager.h"
#include "ptz/joystick_ptz_binding.h"
#include "ptz/onvif_ptz_controller.h"
#include "ptz/rate_limited_ptz_controller.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <SDL.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace pontive;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kRounds = 40;

double ms(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, static_cast<size_t>(p * double(values.size() - 1) + 0.5));
    return values[index];
}

int count(const onvif::OnvifSimServer &server, const QString &operation)
{
    int n = 0;
    for (const auto &request : server.ptzRequests(0))
        n += request.operation == operation ? 1 : 0;
    return n;
}

// Spins the event loop until `operation` has been handled `target` times; its time.
std::optional<Clock::time_point> waitFor(const onvif::OnvifSimServer &server, const QString &operation, int target)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        const auto requests = server.ptzRequests(0);
        int n = 0;
        for (const auto &request : requests)
            if (request.operation == operation && ++n == target)
                return request.at;
        QThread::usleep(200);
    }
    return std::nullopt;
}

void settle(std::chrono::milliseconds duration)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < duration.count()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::usleep(500);
    }
}

void row(const char *what, const std::vector<double> &values, double baseline)
{
    const double p50 = percentile(values, 0.5);
    const double p95 = percentile(values, 0.95);
    std::printf("%-34s %8.1f %8.1f %10.2fx %6zu\n", what, p50, p95, baseline > 0 ? p95 / baseline : 0.0, values.size());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    onvif::OnvifSimServer server;
    onvif::SimCameraConfig camera;
    camera.name = QStringLiteral("Bench");
    const onvif::OnvifCredentials credentials{QStringLiteral("admin"), QStringLiteral("secret")};
    if (!server.start(0, {camera}, credentials))
        qFatal("cannot start the ONVIF simulator");

    // Baseline: a bare ContinuousMove round trip from a synchronous client (connection
    // reused, clock synced), then Stop, the same number of times.
    std::vector<double> bare;
    {
        onvif::OnvifClient client(server.deviceUrl(0), credentials);
        auto profiles = client.profiles();
        if (!profiles || profiles->isEmpty())
            qFatal("no profiles");
        const QString token = profiles->front().token;
        for (int i = 0; i < kRounds; ++i) {
            const auto start = Clock::now();
            if (!client.continuousMove(token, {0.1 * (1 + i % 5), 0, 0}))
                qFatal("ContinuousMove failed");
            bare.push_back(ms(Clock::now() - start));
            (void)client.stop(token);
        }
    }
    const double baseline = percentile(bare, 0.95);

    core::JoystickManager joysticks;
    if (!joysticks.start(8ms))
        qFatal("SDL joystick subsystem unavailable");
    core::OnvifPtzController onvifController(server.deviceUrl(0), credentials);
    core::RateLimitedPtzController limited(&onvifController);
    core::JoystickPtzBinding binding(&joysticks);
    binding.setTarget(&limited);
    SDL_VirtualJoystickDesc desc{};
    desc.version = SDL_VIRTUAL_JOYSTICK_DESC_VERSION;
    desc.type = SDL_JOYSTICK_TYPE_FLIGHT_STICK;
    desc.naxes = 3;
    desc.nbuttons = 12;
    desc.name = "Bench Stick";
    SDL_Joystick *stick = SDL_JoystickOpen(SDL_JoystickAttachVirtualEx(&desc));
    if (!stick)
        qFatal("no virtual joystick: %s", SDL_GetError());
    settle(300ms);
    // Warm-up: the controller finds the profile and ranges on its first command.
    SDL_JoystickSetVirtualAxis(stick, 0, 16000);
    waitFor(server, QStringLiteral("ContinuousMove"), 1);
    SDL_JoystickSetVirtualAxis(stick, 0, 0);
    waitFor(server, QStringLiteral("Stop"), 1);
    settle(300ms);

    std::vector<double> deflect;
    std::vector<double> release;
    for (int i = 0; i < kRounds; ++i) {
        const int moves = count(server, QStringLiteral("ContinuousMove"));
        const int stops = count(server, QStringLiteral("Stop"));
        const auto pushed = Clock::now();
        SDL_JoystickSetVirtualAxis(stick, 0, static_cast<Sint16>(12000 + 4000 * (i % 5)));
        if (auto at = waitFor(server, QStringLiteral("ContinuousMove"), moves + 1))
            deflect.push_back(ms(*at - pushed));
        settle(200ms);  // past the spacing, so the rule does not count here
        const auto released = Clock::now();
        SDL_JoystickSetVirtualAxis(stick, 0, 0);
        if (auto at = waitFor(server, QStringLiteral("Stop"), stops + 1))
            release.push_back(ms(*at - released));
        settle(200ms);
    }
    SDL_JoystickClose(stick);

    std::printf("PTZ latency on the wire, ms (%d rounds; ratio = p95 / bare p95)\n", kRounds);
    std::printf("%-34s %8s %8s %11s %6s\n", "", "p50", "p95", "ratio", "n");
    row("bare ContinuousMove round trip", bare, baseline);
    row("stick deflection -> ContinuousMove", deflect, baseline);
    row("stick release -> Stop", release, baseline);
    std::printf("target: p95 <= 60 ms for both\n");
    return 0;
}
