// A PTZ camera of the simulator looks moved after a move: its picture is a window onto a
// larger scene whose red grows to the right and green downwards (camsim PtzScene).
#include "catch_qt.h"

#include "camsim_process.h"
#include "media/media_engine.h"
#include "media/stream_session.h"
#include "onvif_client.h"

using namespace pontive::core;
using namespace pontive::onvif;
using namespace pontive::test;
using namespace std::chrono_literals;

namespace {

struct Colour {
    double red = 0;
    double green = 0;
    double redSpan = 0; // right edge minus left edge, mid row
};

Colour measure(const VideoFrame &frame)
{
    Colour c;
    const QSize size = frame.size();
    const int top = size.height() / 6; // below the name, above the clock
    const int bottom = size.height() * 5 / 6;
    long count = 0;
    for (int y = top; y < bottom; y += 4) {
        const std::uint8_t *row = frame.bits() + y * frame.bytesPerLine();
        for (int x = 0; x < size.width(); x += 4, ++count) {
            c.red += row[x * 4 + 2];
            c.green += row[x * 4 + 1];
        }
    }
    c.red /= double(count);
    c.green /= double(count);
    const auto redAt = [&](int x) {
        double sum = 0;
        for (int y = size.height() / 3; y < size.height() * 2 / 3; ++y)
            sum += frame.bits()[y * frame.bytesPerLine() + x * 4 + 2];
        return sum / double(size.height() / 3);
    };
    c.redSpan = redAt(size.width() - 8) - redAt(8);
    return c;
}

} // namespace

TEST_CASE("a PTZ camera's picture moves the way the camera was moved", "[media][camsim][ptz]")
{
    CamsimProcess camsim({QStringLiteral("--onvif-port"), QStringLiteral("0")});
    REQUIRE(camsim.isReady());
    REQUIRE(camsim.onvifPort() != 0);
    OnvifClient client(QUrl(QStringLiteral("http://127.0.0.1:%1/onvif/cam/001/device_service").arg(camsim.onvifPort())),
                       OnvifCredentials{});
    auto profiles = client.profiles();
    REQUIRE(profiles.has_value());
    REQUIRE_FALSE(profiles->isEmpty());
    const QString profile = profiles->first().token;

    auto engine = MediaEngine::create();
    REQUIRE(engine.has_value());
    StreamOptions options;
    options.url = camsim.url(QStringLiteral("cam/001/sub"));
    options.targetSize = QSize(320, 180);
    StreamSession session(*engine, options);
    VideoFrame last;
    QObject::connect(&session, &StreamSession::frameAvailable, &session, [&] {
        if (auto frame = session.takeFrame())
            last = *frame;
    });
    session.start();
    REQUIRE(waitUntil([&] { return !last.isNull(); }, 15s));

    // Moves, then a second of frames for the new view to come through the encoder.
    const auto moveTo = [&](PtzVector position) {
        REQUIRE(client.absoluteMove(profile, position).has_value());
        waitUntil([] { return false; }, 1500ms);
        return measure(last);
    };
    const Colour home = moveTo({0, 0, 0});
    INFO("home red " << home.red << " green " << home.green << " span " << home.redSpan);
    const Colour right = moveTo({0.8, 0, 0});
    CHECK(right.red > home.red + 30); // panned right: the redder part of the scene
    CHECK(std::abs(right.green - home.green) < 15);
    const Colour up = moveTo({0, 0.8, 0});
    CHECK(up.green < home.green - 30); // tilted up: the top (less green) part
    CHECK(std::abs(up.red - home.red) < 15);
    const Colour zoomed = moveTo({0, 0, 1});
    CHECK(zoomed.redSpan < home.redSpan / 2); // zoomed in 4x: a narrower slice of the gradient
}
