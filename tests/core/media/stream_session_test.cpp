// The stream engine against a real pontive-camsim: real RTSP, real pipelines.
#include "catch_qt.h"

#include "camsim_process.h"
#include "media/decoder_choice.h"
#include "media/media_engine.h"
#include "media/stream_session.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <map>
#include <set>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <memory>

using namespace pontive::core;
using namespace pontive::test;
using namespace std::chrono_literals;

namespace {

std::shared_ptr<MediaEngine> engine()
{
    static std::shared_ptr<MediaEngine> shared = [] {
        auto created = MediaEngine::create();
        REQUIRE(created.has_value());
        return *created;
    }();
    return shared;
}

// The camsim most tests share (started once; tests that kill it start their own).
CamsimProcess &sharedCamsim()
{
    static CamsimProcess camsim;
    REQUIRE(camsim.isReady());
    return camsim;
}

// What a wall tile does: takes every frame it is told about, remembers the states.
struct Tile {
    explicit Tile(const QString &url, QSize size = QSize(320, 180), std::vector<std::chrono::milliseconds> backoff = {})
    {
        StreamOptions options;
        options.url = url;
        options.targetSize = size;
        if (!backoff.empty())
            options.backoff = std::move(backoff);
        session = std::make_unique<StreamSession>(engine(), options);
        QObject::connect(session.get(), &StreamSession::frameAvailable, session.get(), [this] {
            if (auto frame = session->takeFrame())
                last = *frame;
        });
        QObject::connect(session.get(), &StreamSession::statusChanged, session.get(),
                         [this](const StreamStatus &status) { states.push_back(status); });
        session->start();
    }
    int count(StreamState state) const
    {
        return static_cast<int>(std::count_if(states.begin(), states.end(),
                                              [state](const StreamStatus &s) { return s.state == state; }));
    }
    std::unique_ptr<StreamSession> session;
    VideoFrame last;
    std::vector<StreamStatus> states;
};

// A picture, not a flat colour: many distinct pixel values across the frame.
int distinctColours(const VideoFrame &frame)
{
    QSet<quint32> colours;
    const QSize size = frame.size();
    for (int y = 0; y < size.height(); y += 7) {
        const auto *row = reinterpret_cast<const quint32 *>(frame.bits() + y * frame.bytesPerLine());
        for (int x = 0; x < size.width(); x += 7)
            colours.insert(row[x] & 0xffffffu);
    }
    return static_cast<int>(colours.size());
}

} // namespace

TEST_CASE("a tile of each codec shows a real picture", "[media][camsim]")
{
    CamsimProcess &camsim = sharedCamsim();
    // Camera 001 sends H.264, camera 002 H.265.
    const auto [path, codec] = GENERATE(std::pair{"cam/001/sub", "H264"}, std::pair{"cam/002/sub", "H265"},
                                        std::pair{"cam/002/main", "H265"});
    Tile tile(camsim.url(QString::fromLatin1(path)));
    REQUIRE(waitUntil([&] { return !tile.last.isNull(); }, 10s));
    CHECK(tile.session->status().state == StreamState::Playing);
    CHECK(tile.last.size() == QSize(320, 180)); // scaled to the tile inside GStreamer
    CHECK(tile.last.bytesPerLine() >= 320 * 4);
    CHECK(distinctColours(tile.last) > 20);
    const StreamStats stats = tile.session->stats();
    CHECK(stats.codec == QString::fromLatin1(codec));
    CHECK(stats.resolution == QSize(640, 360));
    CHECK(stats.timeToFirstFrame.has_value());
    CHECK(stats.decoderKind != DecoderKind::Unknown);
    // The best-ranked decoder of the codec, as decodebin would have picked it.
    const std::string format = std::string(codec) == "H265" ? "video/x-h265" : "video/x-h264";
    REQUIRE(!gst::DecoderChoice().decodersFor(format).empty());
    CHECK(stats.decoder.toStdString() == gst::DecoderChoice().decodersFor(format).front());
}

TEST_CASE("a playing tile's GStreamer threads run below the GUI thread, the engine's own threads do not",
          "[media][camsim]")
{
    CamsimProcess &camsim = sharedCamsim();
    Tile tile(camsim.url(QStringLiteral("cam/001/sub")));
    REQUIRE(waitUntil([&] { return !tile.last.isNull(); }, 10s));
    // Thread name -> nice value, from /proc (a nice value is per thread on Linux).
    std::map<QString, std::set<int>> niceByName;
    for (const QString &task : QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(task));
        if (!comm.open(QIODevice::ReadOnly))
            continue; // the thread ended meanwhile
        const QString name = QString::fromUtf8(comm.readAll()).trimmed();
        errno = 0;
        const int nice = getpriority(PRIO_PROCESS, static_cast<id_t>(task.toInt()));
        if (errno == 0)
            niceByName[name.left(name.indexOf(QRegularExpression(QStringLiteral("\\d*$"))))].insert(nice);
    }
    CAPTURE(niceByName);
    // The decoding thread (the jitter buffer's) and rtspsrc's receiving task: lowest.
    REQUIRE(niceByName.contains(QStringLiteral("rtpjitterbuffer")));
    CHECK(niceByName[QStringLiteral("rtpjitterbuffer")] == std::set<int>{19});
    REQUIRE(niceByName.contains(QStringLiteral("task")));
    CHECK(niceByName[QStringLiteral("task")] == std::set<int>{19});
    // This (the GUI) thread and the builders that set pipelines up keep theirs.
    CHECK(getpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid))) == 0);
    REQUIRE(niceByName.contains(QStringLiteral("pontive-builder")));
    CHECK(niceByName[QStringLiteral("pontive-builder")] == std::set<int>{0});
}

TEST_CASE("a tile resized while playing gets frames of the new size", "[media][camsim]")
{
    Tile tile(sharedCamsim().url(QStringLiteral("cam/001/sub")));
    REQUIRE(waitUntil([&] { return !tile.last.isNull(); }, 10s));
    tile.session->setTargetSize(QSize(200, 150));
    REQUIRE(waitUntil([&] { return tile.last.size() == QSize(200, 150); }, 10s));
    REQUIRE(waitUntil([&] { return tile.session->stats().fps > 10 && tile.session->stats().kbitPerSecond > 50; }, 10s));
}

TEST_CASE("a tile resized before its pipeline is built gets frames of the new size", "[media][camsim]")
{
    Tile tile(sharedCamsim().url(QStringLiteral("cam/002/sub")));
    // Nothing has run on the event loop yet: the pipeline is still on a builder thread,
    // built for the old size.
    tile.session->setTargetSize(QSize(200, 150));
    REQUIRE(waitUntil([&] { return !tile.last.isNull(); }, 10s));
    CHECK(tile.last.size() == QSize(200, 150));
}

TEST_CASE("tiles closed before their pipelines are built leave no thread or descriptor behind", "[media][camsim]")
{
    CamsimProcess &camsim = sharedCamsim();
    {
        Tile warm(camsim.url(QStringLiteral("cam/001/sub"))); // plugin loading, GLib pools
        REQUIRE(waitUntil([&] { return !warm.last.isNull(); }, 10s));
    }
    engine()->drainTeardowns();
    waitUntil([] { return false; }, 500ms);
    const int threads = threadCount();
    const int fds = openFdCount();
    for (int i = 0; i < 40; ++i) {
        Tile tile(camsim.url(QStringLiteral("cam/001/sub")));
        if (i % 2 == 1)
            engine()->drainTeardowns(); // built meanwhile: its delivery waits in the event queue
    }
    engine()->drainTeardowns();
    CHECK(waitUntil([&] { return threadCount() <= threads + 2 && openFdCount() <= fds; }, 20s));
    INFO("threads " << threads << " -> " << threadCount() << ", fds " << fds << " -> " << openFdCount());
    CHECK(threadCount() <= threads + 2);
    CHECK(openFdCount() <= fds);
}

TEST_CASE("RTP over UDP plays as well as over TCP", "[media][camsim]")
{
    StreamOptions options;
    options.url = sharedCamsim().url(QStringLiteral("cam/001/sub"));
    options.transport = RtspTransport::Udp;
    options.targetSize = QSize(160, 90);
    StreamSession session(engine(), options);
    VideoFrame last;
    QObject::connect(&session, &StreamSession::frameAvailable, &session, [&] {
        if (auto frame = session.takeFrame())
            last = *frame;
    });
    session.start();
    REQUIRE(waitUntil([&] { return !last.isNull(); }, 10s));
    CHECK(last.size() == QSize(160, 90));
}

TEST_CASE("keyframe-only decoding shows about one frame per GOP", "[media][camsim]")
{
    Tile tile(sharedCamsim().url(QStringLiteral("cam/001/sub"))); // GOP: 25 frames at 25 fps
    REQUIRE(waitUntil([&] { return !tile.last.isNull(); }, 10s));
    tile.session->setKeyframesOnly(true);
    waitUntil([] { return false; }, 1500ms); // let the last full-rate second leave the window
    const auto before = tile.session->stats().framesIn;
    waitUntil([] { return false; }, 3s);
    const auto frames = tile.session->stats().framesIn - before;
    CHECK(frames >= 1);
    CHECK(frames <= 6); // at full rate it would be ~75
}

TEST_CASE("a corrupt stream neither crashes nor wedges the tile", "[media][camsim]")
{
    CamsimProcess camsim;
    REQUIRE(camsim.isReady());
    Tile tile(camsim.url(QStringLiteral("cam/001/sub")));
    REQUIRE(waitUntil([&] { return !tile.last.isNull(); }, 10s));
    REQUIRE(camsim.ctl(QStringLiteral("corrupt"), 1));
    waitUntil([] { return false; }, 3s);
    REQUIRE(camsim.ctl(QStringLiteral("online"), 1));
    const auto serial = tile.last.serial();
    CHECK(waitUntil([&] {
        return tile.session->status().state == StreamState::Playing && tile.last.serial() > serial + 10;
    }, 15s));
}

TEST_CASE("a silent camera is reported stalled within 6 s and recovers when data flows again", "[media][camsim]")
{
    CamsimProcess &camsim = sharedCamsim();
    Tile tile(camsim.url(QStringLiteral("cam/001/main")));
    REQUIRE(waitUntil([&] { return tile.session->status().state == StreamState::Playing; }, 10s));
    REQUIRE(camsim.ctl(QStringLiteral("silent"), 1));
    CHECK(waitUntil([&] { return tile.session->status().state == StreamState::Stalled; }, 6s));
    REQUIRE(camsim.ctl(QStringLiteral("online"), 1));
    CHECK(waitUntil([&] { return tile.session->status().state == StreamState::Playing; }, 12s));
}

TEST_CASE("a wrong password gives authentication failed without a retry storm", "[media][camsim]")
{
    CamsimProcess camsim({QStringLiteral("--user"), QStringLiteral("viewer"), QStringLiteral("--password"),
                          QStringLiteral("canary-9f3b")});
    REQUIRE(camsim.isReady());

    Tile wrong(camsim.url(QStringLiteral("cam/001/sub"), QStringLiteral("viewer:wrong-pw-77")));
    REQUIRE(waitUntil([&] { return wrong.session->status().state == StreamState::Offline; }, 10s));
    CHECK(wrong.session->status().reason == OfflineReason::AuthenticationFailed);
    waitUntil([] { return false; }, 3s); // and it stays that way: no new attempts
    CHECK(wrong.count(StreamState::Connecting) == 1);
    CHECK(wrong.session->status().state == StreamState::Offline);
    const QString text = StreamStatusText::describe(wrong.session->status(), std::chrono::steady_clock::now());
    CHECK(text.contains(QStringLiteral("authentication failed")));
    for (const StreamStatus &status : wrong.states)
        CHECK_FALSE(status.detail.contains(QStringLiteral("wrong-pw-77")));
    CHECK_FALSE(wrong.session->redactedUrl().contains(QStringLiteral("wrong-pw-77")));

    Tile right(camsim.url(QStringLiteral("cam/001/sub"), QStringLiteral("viewer:canary-9f3b")));
    CHECK(waitUntil([&] { return !right.last.isNull(); }, 10s));
}

TEST_CASE("bad addresses give their reason and never crash", "[media][camsim]")
{
    CamsimProcess &camsim = sharedCamsim();
    SECTION("not a URL: offline, no retry")
    {
        Tile tile(QStringLiteral("this is :// not a url"));
        REQUIRE(waitUntil([&] { return tile.session->status().state == StreamState::Offline; }, 2s));
        CHECK(tile.session->status().reason == OfflineReason::BadUrl);
    }
    SECTION("unknown path: not found")
    {
        Tile tile(camsim.url(QStringLiteral("cam/999/main")));
        REQUIRE(waitUntil([&] { return tile.session->status().state == StreamState::Offline; }, 10s));
        CHECK(tile.session->status().reason == OfflineReason::NotFound);
    }
    SECTION("a codec no decoder knows: unsupported codec, no retry storm")
    {
        Tile tile(camsim.url(QStringLiteral("unsupported")));
        REQUIRE(waitUntil([&] { return tile.session->status().state == StreamState::Offline; }, 10s));
        CHECK(tile.session->status().reason == OfflineReason::UnsupportedCodec);
        CHECK(tile.last.isNull());
        waitUntil([] { return false; }, 2s);
        CHECK(tile.count(StreamState::Connecting) == 1);
    }
    SECTION("nobody listening: refused, and reconnecting with backoff")
    {
        Tile tile(QStringLiteral("rtsp://127.0.0.1:1/cam/001/main"));
        REQUIRE(waitUntil([&] { return tile.session->status().state == StreamState::Reconnecting; }, 10s));
        CHECK(tile.session->status().reason == OfflineReason::Refused);
        CHECK(tile.session->status().attempt == 1);
        REQUIRE(waitUntil([&] { return tile.session->status().attempt == 2; }, 8s));
    }
}

TEST_CASE("camsim killed and restarted: the stream is back within 10 s of the restart", "[media][camsim]")
{
    auto camsim = std::make_unique<CamsimProcess>();
    REQUIRE(camsim->isReady());
    const quint16 port = camsim->port();
    Tile tile(camsim->url(QStringLiteral("cam/001/sub")));
    REQUIRE(waitUntil([&] { return tile.session->status().state == StreamState::Playing; }, 10s));

    camsim->kill();
    REQUIRE(waitUntil([&] { return tile.session->status().state == StreamState::Reconnecting; }, 10s));
    waitUntil([] { return false; }, 2s); // down for a while: a few failed attempts
    camsim = std::make_unique<CamsimProcess>(QStringList{}, port);
    REQUIRE(camsim->isReady());
    const auto serial = tile.last.serial();
    CHECK(waitUntil([&] {
        return tile.session->status().state == StreamState::Playing && tile.last.serial() != serial;
    }, 10s));
}

// The churn tests run as their own ctest entry (pontive_media_churn, label slow).
TEST_CASE("200 open/close cycles leave threads and file descriptors where they started", "[.][churn][media][camsim]")
{
    CamsimProcess &camsim = sharedCamsim();
    const auto cycle = [&](bool waitForFrame) {
        Tile tile(camsim.url(QStringLiteral("cam/001/sub")));
        if (waitForFrame)
            REQUIRE(waitUntil([&] { return !tile.last.isNull(); }, 10s));
        else
            waitUntil([] { return false; }, 50ms); // closed mid-handshake
    };
    cycle(true); // warm up: plugin loading, GLib pools
    engine()->drainTeardowns();
    waitUntil([] { return false; }, 500ms);
    const int threads = threadCount();
    const int fds = openFdCount();
    for (int i = 0; i < 200; ++i)
        cycle(i % 2 == 0);
    engine()->drainTeardowns();
    // GLib keeps a few idle pool threads for a while; wait for them to settle.
    CHECK(waitUntil([&] { return threadCount() <= threads + 2 && openFdCount() <= fds; }, 20s));
    INFO("threads " << threads << " -> " << threadCount() << ", fds " << fds << " -> " << openFdCount());
    CHECK(threadCount() <= threads + 2);
    CHECK(openFdCount() <= fds);
}

TEST_CASE("camsim killed 100 times: every tile is back each time, threads and fds stay flat", "[.][churn][media][camsim]")
{
    auto camsim = std::make_unique<CamsimProcess>();
    REQUIRE(camsim->isReady());
    const quint16 port = camsim->port();
    // A short backoff (configurable in the product too) keeps 100 rounds within a minute
    // or two; the 1-2-5-10-30 s schedule is proven by the single restart test above.
    const std::vector<std::chrono::milliseconds> backoff{200ms, 500ms};
    std::vector<std::unique_ptr<Tile>> tiles;
    for (const char *path : {"cam/001/sub", "cam/002/sub", "cam/001/main", "cam/002/main"})
        tiles.push_back(std::make_unique<Tile>(camsim->url(QString::fromLatin1(path)), QSize(160, 90), backoff));
    const auto allPlayingSince = [&](const std::vector<std::uint64_t> &serials) {
        for (std::size_t i = 0; i < tiles.size(); ++i)
            if (tiles[i]->session->status().state != StreamState::Playing || tiles[i]->last.serial() == serials[i])
                return false;
        return true;
    };
    const auto serials = [&] {
        std::vector<std::uint64_t> s;
        for (const auto &tile : tiles)
            s.push_back(tile->last.isNull() ? ~std::uint64_t(0) : tile->last.serial());
        return s;
    };
    REQUIRE(waitUntil([&] { return allPlayingSince(std::vector<std::uint64_t>(tiles.size(), ~std::uint64_t(0))); }, 20s));
    int threads = 0;
    int fds = 0;
    int back = 0;
    for (int round = 1; round <= 100; ++round) {
        if (round == 5) { // warmed up: GLib pools and plugin state settled
            threads = threadCount();
            fds = openFdCount();
        }
        const auto before = serials();
        camsim->kill();
        camsim = std::make_unique<CamsimProcess>(QStringList{}, port);
        REQUIRE(camsim->isReady());
        if (waitUntil([&] { return allPlayingSince(before); }, 10s))
            ++back;
        else {
            QStringList states;
            for (const auto &tile : tiles)
                states << QString::fromLatin1(toString(tile->session->status().state)) + QLatin1Char('/')
                        + QString::fromLatin1(toString(tile->session->status().reason)) + QLatin1Char(' ')
                        + tile->session->status().detail;
            FAIL_CHECK("round " << round << ": a tile was not back within 10 s of the restart: "
                                << states.join(QStringLiteral("; ")).toStdString());
        }
    }
    CHECK(back == 100);
    tiles.clear();
    engine()->drainTeardowns();
    CHECK(waitUntil([&] { return threadCount() <= threads + 2 && openFdCount() <= fds; }, 20s));
    INFO("threads " << threads << " -> " << threadCount() << ", fds " << fds << " -> " << openFdCount());
}
