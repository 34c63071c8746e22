// pontive-media-bench: opens one stream session per URL, takes every frame like a wall
// tile and (with --paint) draws it 1:1 into its tile of a wall-sized canvas with
// QPainter, as VideoTile::paintEvent does. Reports CPU seconds per stream-second over a
// window after warm-up, frames in / shown, resident memory per stream, the time to first
// frame after layout switches (--switches N: the wall is rebuilt on the next cameras),
// and with --latency the added latency read from camsim's stamped send time
// (core::LatencyStamp). Used by media.bench.sh.
#include "media/gst_handle.h"
#include "media/latency_stamp.h"
#include "media/media_engine.h"
#include "media/process_cpu_meter.h"
#include "media/stream_session.h"

#include <gst/app/gstappsink.h>
#include <gst/gst.h>
#include <gst/video/video.h>

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

using namespace pontive::core;
using pontive::core::gst::ElementHandle;
using pontive::core::gst::SampleHandle;

namespace {

double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

// The calling thread's time on a CPU and waiting for one, from the scheduler's
// statistics (ns): splits a GUI-thread stall into working, starved and blocked.
struct SchedTimes {
    double onCpuMs = 0;
    double waitingMs = 0;
};

SchedTimes threadSchedTimes()
{
    QFile file(QStringLiteral("/proc/thread-self/schedstat"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> fields = file.readAll().split(' ');
    return {fields.value(0).toDouble() / 1e6, fields.value(1).toDouble() / 1e6};
}

template <class T>
T percentile(std::vector<T> values, double p)
{
    if (values.empty())
        return T(-1);
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(p * static_cast<double>(values.size() - 1))];
}

// Runs the event loop as an application does, asleep while idle (a processEvents() loop
// would spin and count its own busy-waiting as the engine's CPU), until done() holds or
// the time is up.
void runFor(std::chrono::milliseconds limit, const std::function<bool()> &done = [] { return false; })
{
    QEventLoop loop;
    QTimer check;
    check.setInterval(10);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(limit, &loop, &QEventLoop::quit);
    check.start();
    loop.exec();
}

// The floor: a stream through the shortest decoding pipeline there is (rtspsrc ! depay !
// parse ! avdec_h264 max-threads=1 ! appsink), counting decoded frames; with a stamp
// reader, the send time read from the decoder's luma plane on the streaming thread. The
// engine's CPU per frame and added latency are compared with these, in the same run.
class BarePipeline
{
public:
    BarePipeline(const QString &url, bool readStamp) : m_readStamp(readStamp)
    {
        const QByteArray launch = "rtspsrc protocols=tcp latency=200 location=" + url.toUtf8()
            + " ! rtph264depay ! h264parse ! avdec_h264 max-threads=1 ! video/x-raw,format=I420 ! "
              "appsink name=sink sync=false max-buffers=1 drop=true";
        GError *error = nullptr;
        m_pipeline = ElementHandle::adoptFloating(gst_parse_launch(launch.constData(), &error));
        g_clear_error(&error);
        if (!m_pipeline)
            return;
        ElementHandle sink = ElementHandle::adopt(gst_bin_get_by_name(GST_BIN(m_pipeline.get()), "sink"));
        GstAppSinkCallbacks callbacks{};
        callbacks.new_sample = [](GstAppSink *appsink, gpointer self) {
            SampleHandle sample = SampleHandle::adopt(gst_app_sink_pull_sample(appsink));
            auto *pipeline = static_cast<BarePipeline *>(self);
            pipeline->m_frames.fetch_add(1, std::memory_order_relaxed);
            if (pipeline->m_readStamp)
                pipeline->read(sample.get());
            return GST_FLOW_OK;
        };
        gst_app_sink_set_callbacks(GST_APP_SINK(sink.get()), &callbacks, this, nullptr);
        gst_element_set_state(m_pipeline.get(), GST_STATE_PLAYING);
    }
    ~BarePipeline()
    {
        if (m_pipeline)
            gst_element_set_state(m_pipeline.get(), GST_STATE_NULL);
    }
    BarePipeline(const BarePipeline &) = delete;
    BarePipeline &operator=(const BarePipeline &) = delete;

    std::uint64_t frames() const { return m_frames.load(); }

    void setMeasuring(bool on)
    {
        std::lock_guard lock(m_mutex);
        m_measuring = on;
    }
    std::vector<double> latencies() const
    {
        std::lock_guard lock(m_mutex);
        return m_latencies;
    }

private:
    void read(GstSample *sample)
    {
        GstVideoInfo info;
        GstVideoFrame frame;
        if (!sample || !gst_video_info_from_caps(&info, gst_sample_get_caps(sample))
            || !gst_video_frame_map(&frame, &info, gst_sample_get_buffer(sample), GST_MAP_READ))
            return;
        const auto sent = LatencyStamp::readLuma(static_cast<const std::uint8_t *>(GST_VIDEO_FRAME_PLANE_DATA(&frame, 0)),
                                                 GST_VIDEO_FRAME_PLANE_STRIDE(&frame, 0),
                                                 QSize(GST_VIDEO_INFO_WIDTH(&info), GST_VIDEO_INFO_HEIGHT(&info)));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        gst_video_frame_unmap(&frame);
        std::lock_guard lock(m_mutex);
        if (sent && m_measuring)
            m_latencies.push_back(double(now - *sent));
    }

    ElementHandle m_pipeline;
    bool m_readStamp;
    std::atomic<std::uint64_t> m_frames{0};
    mutable std::mutex m_mutex;
    bool m_measuring = false;
    std::vector<double> m_latencies;
};

struct Totals {
    std::uint64_t in = 0;
    std::uint64_t shown = 0;
};

// The wall: sessions, their tiles on the canvas, what the measurements collect.
class Wall
{
public:
    Wall(std::shared_ptr<MediaEngine> engine, QSize tile, bool paint, bool latency)
        : m_engine(std::move(engine)), m_tile(tile), m_latency(latency)
    {
        if (paint) {
            m_canvas = QImage(1920, 1080, QImage::Format_RGB32);
            m_canvas.fill(Qt::black);
        }
    }

    void open(const QStringList &urls)
    {
        m_sessions.clear();
        const int columns = std::max(1, static_cast<int>(std::ceil(std::sqrt(double(urls.size())))));
        for (int i = 0; i < urls.size(); ++i) {
            StreamOptions options;
            options.url = urls[i];
            options.targetSize = m_tile;
            options.keyframesOnly = keyframesOnly;
            auto session = std::make_unique<StreamSession>(m_engine, options);
            StreamSession *raw = session.get();
            const QPoint at((i % columns) * m_tile.width(), (i / columns) * m_tile.height());
            QObject::connect(raw, &StreamSession::frameAvailable, raw, [this, raw, at] { onFrame(*raw, at); });
            session->start();
            m_sessions.push_back(std::move(session));
        }
    }
    void close() { m_sessions.clear(); }

    bool allPlaying() const
    {
        return std::all_of(m_sessions.begin(), m_sessions.end(),
                           [](const auto &s) { return s->stats().timeToFirstFrame.has_value(); });
    }
    // The time to first frame, or one of its phases.
    std::vector<qint64> timesToFirstFrame(std::optional<std::chrono::milliseconds> StreamStats::*phase
                                          = &StreamStats::timeToFirstFrame) const
    {
        std::vector<qint64> ttff;
        for (const auto &s : m_sessions)
            if (const auto t = s->stats().*phase)
                ttff.push_back(t->count());
        return ttff;
    }
    Totals totals() const
    {
        Totals t;
        for (const auto &s : m_sessions) {
            const StreamStats stats = s->stats();
            t.in += stats.framesIn;
            t.shown += stats.framesShown;
        }
        return t;
    }
    // Tiles that waited longer than `limit` for their first picture, with their phases
    // (a tile that had its data early but no picture waited for a later key frame).
    QStringList slowTiles(std::chrono::milliseconds limit) const
    {
        QStringList slow;
        const auto ms = [](const std::optional<std::chrono::milliseconds> &t) {
            return t ? QString::number(t->count()) : QStringLiteral("-");
        };
        for (const auto &s : m_sessions) {
            const StreamStats stats = s->stats();
            if (!stats.timeToFirstFrame || *stats.timeToFirstFrame > limit)
                slow << QStringLiteral("%1 set_up=%2 first_data=%3 first_frame=%4")
                            .arg(s->options().url, ms(stats.timeToSetUp), ms(stats.timeToFirstData),
                                 ms(stats.timeToFirstFrame));
        }
        return slow;
    }
    std::size_t size() const { return m_sessions.size(); }
    std::vector<double> latencies;
    bool measuring = false;
    bool keyframesOnly = false;

private:
    void onFrame(StreamSession &session, QPoint at)
    {
        auto frame = session.takeFrame();
        if (!frame)
            return;
        if (m_latency && measuring) {
            if (const auto sent = LatencyStamp::readBgrx(frame->bits(), frame->bytesPerLine(), frame->size()))
                latencies.push_back(double(QDateTime::currentMSecsSinceEpoch() - *sent));

        }
        if (!m_canvas.isNull()) {
            // What VideoTile::paintEvent does: the decoder's buffer wrapped, drawn 1:1.
            const QImage image(frame->bits(), frame->size().width(), frame->size().height(), frame->bytesPerLine(),
                               QImage::Format_RGB32);
            QPainter painter(&m_canvas);
            painter.drawImage(at, image);
        }
    }

    std::shared_ptr<MediaEngine> m_engine;
    QSize m_tile;
    bool m_latency;
    QImage m_canvas;
    std::vector<std::unique_ptr<StreamSession>> m_sessions;
};

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("urls"), QStringLiteral("RTSP URLs"));
    parser.addOptions({
        {QStringLiteral("warmup"), QStringLiteral("Seconds before measuring."), QStringLiteral("s"), QStringLiteral("5")},
        {QStringLiteral("seconds"), QStringLiteral("Measured window."), QStringLiteral("s"), QStringLiteral("20")},
        {QStringLiteral("size"), QStringLiteral("Tile size WxH."), QStringLiteral("WxH"), QStringLiteral("320x180")},
        {QStringLiteral("paint"), QStringLiteral("Draw every frame into a 1920x1080 canvas.")},
        {QStringLiteral("latency"), QStringLiteral("Read the stamped send time of every frame.")},
        {QStringLiteral("keyframes-only"), QStringLiteral("Decode key frames only.")},
        {QStringLiteral("latency-floor"), QStringLiteral("With --latency: also read the stamp through a bare decoder.")},
        {QStringLiteral("floor"), QStringLiteral("Bare decoding pipelines instead of the engine (the CPU floor).")},
        {QStringLiteral("switches"), QStringLiteral("Layout switches after the window."), QStringLiteral("n"),
         QStringLiteral("0")},
        {QStringLiteral("switch-pool"), QStringLiteral("More URLs the switches rotate through (comma-separated)."),
         QStringLiteral("urls")},
    });
    parser.process(app);
    const QStringList size = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    const QSize tile(size.value(0).toInt(), size.value(1).toInt());
    const int warmup = parser.value(QStringLiteral("warmup")).toInt();
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    const int switches = parser.value(QStringLiteral("switches")).toInt();
    const QStringList urls = parser.positionalArguments();
    QStringList pool = urls + parser.value(QStringLiteral("switch-pool")).split(QLatin1Char(','), Qt::SkipEmptyParts);

    auto engine = MediaEngine::create();
    if (!engine) {
        QTextStream(stderr) << engine.error().fullText() << '\n';
        return 1;
    }
    Wall wall(*engine, tile, parser.isSet(QStringLiteral("paint")), parser.isSet(QStringLiteral("latency")));
    std::unique_ptr<BarePipeline> latencyFloor;
    if (parser.isSet(QStringLiteral("latency")) && parser.isSet(QStringLiteral("latency-floor")) && !urls.isEmpty())
        latencyFloor = std::make_unique<BarePipeline>(urls.front(), true);
    if (parser.isSet(QStringLiteral("floor"))) {
        std::vector<std::unique_ptr<BarePipeline>> floor;
        for (const QString &url : urls)
            floor.push_back(std::make_unique<BarePipeline>(url, false));
        const auto decoded = [&] {
            std::uint64_t n = 0;
            for (const auto &pipeline : floor)
                n += pipeline->frames();
            return n;
        };
        runFor(std::chrono::seconds(warmup));
        const double cpu0 = ProcessCpuMeter::processCpuTime().count();
        const std::uint64_t frames0 = decoded();
        runFor(std::chrono::seconds(seconds));
        const double cpu = ProcessCpuMeter::processCpuTime().count() - cpu0;
        QTextStream(stdout) << "streams=" << floor.size()
                            << " cpu_per_stream_second=" << cpu / (double(floor.size()) * seconds)
                            << " frames_in=" << (decoded() - frames0) << '\n';
        return 0;
    }
    wall.keyframesOnly = parser.isSet(QStringLiteral("keyframes-only"));
    wall.open({}); // the canvas's pages become resident before the baseline
    const double rssBefore = residentMiB();
    wall.open(urls);

    // The GUI thread's responsiveness: the longest gap of a 10 ms heartbeat.
    // The longest gap is split by the scheduler's statistics: on a CPU (the thread was
    // working), waiting for a CPU (starved by other threads) and the rest (blocked).
    QElapsedTimer beat;
    qint64 maxGapMs = 0;
    SchedTimes gapSched;
    int gapsOver50 = 0;
    SchedTimes lastSched = threadSchedTimes();
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, &app, [&] {
        const SchedTimes now = threadSchedTimes();
        const qint64 gap = beat.elapsed();
        if (wall.measuring) { // the window only: the layout switches block on teardown on purpose
            if (gap > 50)
                ++gapsOver50;
            if (gap > maxGapMs) {
                maxGapMs = gap;
                gapSched = {now.onCpuMs - lastSched.onCpuMs, now.waitingMs - lastSched.waitingMs};
            }
        }
        lastSched = now;
        beat.restart();
    });
    beat.start();
    heartbeat.start(10);

    double cpuStart = 0;
    double rssPerStream = 0;
    Totals start;
    runFor(std::chrono::seconds(warmup));
    const std::vector<qint64> firstTtff = wall.timesToFirstFrame();
    for (const QString &slowTile : wall.slowTiles(std::chrono::milliseconds(700)))
        QTextStream(stderr) << "slow first frame at the start: " << slowTile << "\n";
    cpuStart = ProcessCpuMeter::processCpuTime().count();
    const SchedTimes guiStart = threadSchedTimes();
    start = wall.totals();
    wall.measuring = true;
    if (latencyFloor)
        latencyFloor->setMeasuring(true);
    runFor(std::chrono::seconds(seconds));
    if (latencyFloor)
        latencyFloor->setMeasuring(false);
    const double cpu = ProcessCpuMeter::processCpuTime().count() - cpuStart;
    const SchedTimes guiEnd = threadSchedTimes();
    const Totals end = wall.totals();
    rssPerStream = (residentMiB() - rssBefore) / double(std::max<std::size_t>(1, wall.size()));
    wall.measuring = false;

    // Layout switches: the wall rebuilt on the next cameras of the pool, like an operator
    // picking another saved layout; time to first frame of every new tile.
    std::vector<qint64> switchTtff;
    std::vector<qint64> switchSetUp;
    std::vector<qint64> switchData;
    for (int s = 1; s <= switches && !pool.isEmpty(); ++s) {
        std::rotate(pool.begin(), pool.begin() + (urls.size() % pool.size()), pool.end());
        wall.close();
        engine->get()->drainTeardowns();
        wall.open(pool.mid(0, urls.size()));
        runFor(std::chrono::seconds(15), [&] { return wall.allPlaying(); });
        const auto append = [](std::vector<qint64> &to, const std::vector<qint64> &from) {
            to.insert(to.end(), from.begin(), from.end());
        };
        append(switchTtff, wall.timesToFirstFrame());
        append(switchSetUp, wall.timesToFirstFrame(&StreamStats::timeToSetUp));
        append(switchData, wall.timesToFirstFrame(&StreamStats::timeToFirstData));
        for (const QString &slowTile : wall.slowTiles(std::chrono::milliseconds(700)))
            QTextStream(stderr) << "slow first frame after switch " << s << ": " << slowTile << "\n";
    }

    const double streamSeconds = static_cast<double>(wall.size()) * seconds;
    QTextStream out(stdout);
    out << "streams=" << wall.size() << " cpu_per_stream_second=" << cpu / streamSeconds
        << " frames_in=" << (end.in - start.in) << " frames_shown=" << (end.shown - start.shown)
        << " rss_mib_per_stream=" << QString::number(rssPerStream, 'f', 2)
        << " ttff_p50_ms=" << percentile(firstTtff, 0.5) << " ttff_p95_ms=" << percentile(firstTtff, 0.95)
        << " max_loop_gap_ms=" << maxGapMs << " gap_on_cpu_ms=" << qRound(gapSched.onCpuMs)
        << " gap_waiting_ms=" << qRound(gapSched.waitingMs)
        << " gap_blocked_ms=" << qRound(std::max(0.0, double(maxGapMs) - gapSched.onCpuMs - gapSched.waitingMs))
        << " gaps_over_50ms=" << gapsOver50
        << " gui_on_cpu_pct=" << qRound(100.0 * (guiEnd.onCpuMs - guiStart.onCpuMs) / (1000.0 * seconds))
        << " gui_waiting_pct=" << qRound(100.0 * (guiEnd.waitingMs - guiStart.waitingMs) / (1000.0 * seconds));
    if (switches > 0)
        out << " switch_ttff_p50_ms=" << percentile(switchTtff, 0.5)
            << " switch_ttff_p95_ms=" << percentile(switchTtff, 0.95)
            << " switch_setup_p50_ms=" << percentile(switchSetUp, 0.5)
            << " switch_setup_p95_ms=" << percentile(switchSetUp, 0.95)
            << " switch_data_p50_ms=" << percentile(switchData, 0.5)
            << " switch_data_p95_ms=" << percentile(switchData, 0.95);
    if (parser.isSet(QStringLiteral("latency")))
        out << " latency_samples=" << wall.latencies.size()
            << " latency_p50_ms=" << percentile(wall.latencies, 0.5)
            << " latency_p95_ms=" << percentile(wall.latencies, 0.95);
    if (latencyFloor) {
        const auto floor = latencyFloor->latencies();
        out << " floor_latency_samples=" << floor.size() << " floor_latency_p50_ms=" << percentile(floor, 0.5)
            << " floor_latency_p95_ms=" << percentile(floor, 0.95);
    }
    out << '\n';
    out.flush();
    wall.close();
    return 0;
}
