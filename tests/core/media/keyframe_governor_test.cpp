// The keyframe governor on real streams: an overloaded engine degrades the tiles that
// matter least to key frames only, never the selected one, and restores them when the
// load falls.
#include "catch_qt.h"

#include "camsim_process.h"
#include "media/camera_stream.h"
#include "media/keyframe_governor.h"
#include "media/media_engine.h"
#include "media/stream_session.h"

using namespace pontive::core;
using namespace pontive::test;
using namespace std::chrono_literals;

TEST_CASE("keyframe governor: over budget the small tile drops to key frames, the selected one never",
          "[media][camsim][keyframes]")
{
    CamsimProcess camsim;
    REQUIRE(camsim.isReady());
    auto engine = MediaEngine::create();
    REQUIRE(engine.has_value());
    KeyframeGovernor &governor = (*engine)->keyframeGovernor();
    double load = 0.2;
    governor.setLoadSource([&load] { return load; });
    KeyframeBudget budget;
    budget.settle = 0ms;
    governor.setBudget(budget);
    governor.setInterval(200ms);

    const auto open = [&](int camera) {
        const QString path = QStringLiteral("cam/%1/sub").arg(camera, 3, 10, QLatin1Char('0'));
        auto stream = std::make_unique<CameraStream>(*engine, StreamOptions{}, camsim.url(path), camsim.url(path));
        QObject::connect(stream.get(), &CameraStream::frameAvailable, stream.get(),
                         [raw = stream.get()] { raw->takeFrame(); });
        return stream;
    };
    auto selected = open(1);
    auto small = open(2);
    selected->setView(QSize(240, 135), 2, false); // the smaller one, but the operator's
    selected->setSelected(true);
    small->setView(QSize(320, 180), 2, false);
    selected->start();
    small->start();
    REQUIRE(waitUntil([&] { return selected->status().state == StreamState::Playing
                                   && small->status().state == StreamState::Playing; }, 20s));

    load = 0.99;
    REQUIRE(waitUntil([&] { return small->keyframesOnly(); }, 5s));
    // Only about one frame per GOP (1 s at 25 fps) gets through now.
    const auto framesIn = [](CameraStream &s) { return s.session()->stats().framesIn; };
    const auto smallBefore = framesIn(*small);
    const auto selectedBefore = framesIn(*selected);
    waitUntil([] { return false; }, 3s);
    CHECK_FALSE(selected->keyframesOnly());
    CHECK(framesIn(*small) - smallBefore <= 8);
    CHECK(framesIn(*selected) - selectedBefore >= 25);

    // A hidden tile is degraded at any load; the load falls: the visible one comes back.
    load = 0.2;
    REQUIRE(waitUntil([&] { return !small->keyframesOnly(); }, 5s));
    const auto resumed = framesIn(*small);
    waitUntil([] { return false; }, 3s);
    CHECK(framesIn(*small) - resumed >= 25);
    small->setHidden(true);
    CHECK(waitUntil([&] { return small->keyframesOnly(); }, 5s));
}
