#include "catch_qt.h"

#include "media/quality_selector.h"

using namespace pontive::core;
using namespace std::chrono_literals;

TEST_CASE("quality: small tiles and crowded walls get the sub-stream, large tiles the main", "[media][quality]")
{
    const QualityPolicy policy;
    CHECK(QualitySelector::desired(policy, QSize(640, 360), 4, false) == StreamQuality::Main);
    CHECK(QualitySelector::desired(policy, QSize(229, 300), 4, false) == StreamQuality::Sub);
    CHECK(QualitySelector::desired(policy, QSize(300, 169), 4, false) == StreamQuality::Sub);
    CHECK(QualitySelector::desired(policy, QSize(230, 170), 16, false) == StreamQuality::Main);
    CHECK(QualitySelector::desired(policy, QSize(640, 360), 17, false) == StreamQuality::Sub);
    CHECK(QualitySelector::desired(policy, QSize(100, 60), 64, true) == StreamQuality::Main);
}

TEST_CASE("quality: switches at most once per 5 s however often the layout changes", "[media][quality]")
{
    QualitySelector selector;
    const auto t0 = QualitySelector::Clock::time_point{} + 1h;
    REQUIRE(selector.update(QSize(640, 360), 4, false, t0) == StreamQuality::Main);
    // Shrunk at once: the first switch waits for the interval since the first decision.
    CHECK(selector.update(QSize(160, 90), 4, false, t0 + 1s) == StreamQuality::Main);
    CHECK(selector.update(QSize(160, 90), 4, false, t0 + 4999ms) == StreamQuality::Main);
    CHECK(selector.update(QSize(160, 90), 4, false, t0 + 5s) == StreamQuality::Sub);
    // Flapping back and forth within 5 s of that switch changes nothing.
    CHECK(selector.update(QSize(640, 360), 4, false, t0 + 6s) == StreamQuality::Sub);
    CHECK(selector.update(QSize(160, 90), 4, false, t0 + 7s) == StreamQuality::Sub);
    CHECK(selector.update(QSize(640, 360), 4, false, t0 + 9s) == StreamQuality::Sub);
    CHECK(selector.update(QSize(640, 360), 4, false, t0 + 10s) == StreamQuality::Main);
}

TEST_CASE("quality: a wanted quality that returns before the interval never switches", "[media][quality]")
{
    QualitySelector selector;
    const auto t0 = QualitySelector::Clock::time_point{} + 1h;
    selector.update(QSize(640, 360), 4, false, t0);
    selector.update(QSize(100, 100), 4, false, t0 + 1s);
    CHECK(selector.update(QSize(640, 360), 4, false, t0 + 6s) == StreamQuality::Main);
    CHECK(selector.current() == StreamQuality::Main);
}
