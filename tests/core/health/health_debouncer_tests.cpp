#include "catch_qt.h"

#include "health/health_debouncer.h"

using namespace pontive::core;
using namespace std::chrono_literals;

namespace {

// A clock the test moves by hand.
struct FakeClock {
    std::chrono::system_clock::time_point now = std::chrono::system_clock::time_point(std::chrono::hours(500000));
    HealthClock clock()
    {
        return [this] { return now; };
    }
};

const ProbeResult kOk = ProbeResult::success(5ms);
const ProbeResult kRefused = ProbeResult::failure(ProbeSymptom::Refused, QStringLiteral("connection refused"));

} // namespace

TEST_CASE("three failures over two minutes make a camera offline, dated at the first failure", "[health][debounce]")
{
    FakeClock t;
    HealthDebouncer d({}, t.clock());
    CHECK(d.observe(1, kOk).event->kind == HealthEvent::Kind::FirstOnline);
    const auto firstFailure = t.now += 60s;
    CHECK_FALSE(d.observe(1, kRefused).event);
    t.now += 60s;
    CHECK_FALSE(d.observe(1, kRefused).event);
    t.now += 60s;
    const auto third = d.observe(1, kRefused);
    REQUIRE(third.event);
    CHECK(third.event->kind == HealthEvent::Kind::WentOffline);
    CHECK(third.event->start == firstFailure);
    CHECK(third.event->symptom == ProbeSymptom::Refused);
    CHECK(third.state.status == CameraStatus::Offline);
    // Further failures raise no second alarm.
    t.now += 60s;
    CHECK_FALSE(d.observe(1, kRefused).event);
}

TEST_CASE("many fast failures within two minutes are not yet offline", "[health][debounce]")
{
    FakeClock t;
    HealthDebouncer d({}, t.clock());
    d.observe(1, kOk);
    for (int i = 0; i < 10; ++i) {
        t.now += 10s;
        CHECK_FALSE(d.observe(1, kRefused).event);
    }
    t.now += 21s; // 2 min 1 s after the first failure
    CHECK(d.observe(1, kRefused).event->kind == HealthEvent::Kind::WentOffline);
}

TEST_CASE("a 20 s drop is kept as a blip without an offline event", "[health][debounce]")
{
    FakeClock t;
    HealthDebouncer d({}, t.clock());
    d.observe(7, kOk);
    const auto start = t.now += 10s;
    CHECK_FALSE(d.observe(7, kRefused).event);
    t.now += 20s;
    const auto back = d.observe(7, kOk);
    REQUIRE(back.event);
    CHECK(back.event->kind == HealthEvent::Kind::Blip);
    CHECK(back.event->start == start);
    CHECK(back.event->end - back.event->start == 20s);
    CHECK(back.state.failures == 0);
}

TEST_CASE("the first success after offline brings the camera back online", "[health][debounce]")
{
    FakeClock t;
    HealthDebouncer d({3, 2min}, t.clock());
    d.restore(3, DebounceState{CameraStatus::Offline, 5, t.now - 10min, ProbeSymptom::Timeout});
    t.now += 1s;
    const auto back = d.observe(3, kOk);
    REQUIRE(back.event);
    CHECK(back.event->kind == HealthEvent::Kind::BackOnline);
    CHECK(back.event->end == t.now);
    CHECK(back.state.status == CameraStatus::Online);
}

TEST_CASE("a failure streak restored from the store continues towards offline", "[health][debounce]")
{
    FakeClock t;
    HealthDebouncer d({}, t.clock());
    d.restore(4, DebounceState{CameraStatus::Online, 2, t.now - 3min, ProbeSymptom::Timeout});
    const auto third = d.observe(4, ProbeResult::failure(ProbeSymptom::Timeout, {}));
    REQUIRE(third.event);
    CHECK(third.event->kind == HealthEvent::Kind::WentOffline);
    CHECK(third.event->start == t.now - 3min);
}

TEST_CASE("settings change the debounce: one failure over zero time is offline at once", "[health][debounce]")
{
    FakeClock t;
    HealthDebouncer d({1, 0ms}, t.clock());
    CHECK(d.observe(1, kRefused).event->kind == HealthEvent::Kind::WentOffline);
}
