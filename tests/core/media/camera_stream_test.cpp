// Quality switching on a real camsim: the old picture stays until the new stream's first
// frame, and the hysteresis holds.
#include "catch_qt.h"

#include <QElapsedTimer>

#include "camsim_process.h"
#include "media/camera_stream.h"
#include "media/media_engine.h"
#include "media/stream_session.h"

using namespace pontive::core;
using namespace pontive::test;
using namespace std::chrono_literals;

TEST_CASE("a quality switch keeps the old picture until the new stream's first frame", "[media][camsim][quality]")
{
    CamsimProcess camsim;
    REQUIRE(camsim.isReady());
    auto engine = MediaEngine::create();
    REQUIRE(engine.has_value());

    QualityPolicy policy;
    policy.minSwitchInterval = 1500ms; // shorter than the product's 5 s to keep the suite fast
    CameraStream stream(*engine, StreamOptions{}, camsim.url(QStringLiteral("cam/001/main")),
                        camsim.url(QStringLiteral("cam/001/sub")), policy);
    std::vector<StreamState> tileStates;
    int frames = 0;
    QObject::connect(&stream, &CameraStream::statusChanged, &stream,
                     [&](const StreamStatus &status) { tileStates.push_back(status.state); });
    QObject::connect(&stream, &CameraStream::frameAvailable, &stream, [&] {
        if (stream.takeFrame())
            ++frames;
    });
    stream.setView(QSize(640, 360), 4, false);
    stream.start();
    REQUIRE(stream.quality() == StreamQuality::Main);
    REQUIRE(waitUntil([&] { return frames > 0; }, 10s));
    REQUIRE(stream.session()->options().url.endsWith(QStringLiteral("/main")));

    // The tile shrinks: the switch waits for the hysteresis, then for the sub-stream.
    tileStates.clear();
    stream.setView(QSize(200, 112), 4, false);
    CHECK(stream.quality() == StreamQuality::Main);
    CHECK_FALSE(stream.isSwitching());
    REQUIRE(waitUntil([&] { return stream.isSwitching(); }, 10s));
    QElapsedTimer sinceSwitch; // the hysteresis counts from the switch decision
    sinceSwitch.start();
    const int framesBefore = frames;
    REQUIRE(waitUntil([&] { return stream.quality() == StreamQuality::Sub; }, 10s));
    CHECK(frames > framesBefore); // the main stream kept painting while the sub connected
    CHECK(stream.session()->options().url.endsWith(QStringLiteral("/sub")));
    // The tile never saw the new stream connecting: only "playing".
    for (StreamState state : tileStates)
        CHECK(state == StreamState::Playing);

    // Back to large at once: held back by the hysteresis first. Checked only while the
    // interval has not run out (a loaded machine may take longer than that to connect).
    stream.setView(QSize(640, 360), 4, false);
    if (sinceSwitch.elapsed() < 1000)
        CHECK_FALSE(stream.isSwitching());
    else
        WARN("the sub-stream took " << sinceSwitch.elapsed() << " ms to connect: hysteresis not checked");
    CHECK(stream.quality() == StreamQuality::Sub);
    const int afterSwitch = frames;
    CHECK(waitUntil([&] { return frames > afterSwitch + 5; }, 10s));
}
