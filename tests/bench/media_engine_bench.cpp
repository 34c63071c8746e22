// pontive-media-bench: opens one stream session per URL, takes every frame like a wall
// tile would (without painting), and reports CPU seconds per stream-second over a window
// after warm-up, frames in / shown, and time to first frame. Used by media_bench.sh.
#include "media/media_engine.h"
#include "media/stream_session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <memory>
#include <vector>

using namespace pontive::core;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Totals {
    std::uint64_t in = 0;
    std::uint64_t shown = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("urls"), QStringLiteral("RTSP URLs"));
    parser.addOption({QStringLiteral("warmup"), QStringLiteral("Seconds before measuring."), QStringLiteral("s"),
                      QStringLiteral("5")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Measured window."), QStringLiteral("s"),
                      QStringLiteral("20")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Tile size WxH."), QStringLiteral("WxH"),
                      QStringLiteral("320x180")});
    parser.process(app);
    const QStringList size = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    const QSize tile(size.value(0).toInt(), size.value(1).toInt());
    const int warmup = parser.value(QStringLiteral("warmup")).toInt();
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();

    auto engine = MediaEngine::create();
    if (!engine) {
        QTextStream(stderr) << engine.error().fullText() << '\n';
        return 1;
    }
    std::vector<std::unique_ptr<StreamSession>> sessions;
    for (const QString &url : parser.positionalArguments()) {
        StreamOptions options;
        options.url = url;
        options.targetSize = tile;
        auto session = std::make_unique<StreamSession>(*engine, options);
        StreamSession *raw = session.get();
        QObject::connect(raw, &StreamSession::frameAvailable, raw, [raw] { raw->takeFrame(); });
        session->start();
        sessions.push_back(std::move(session));
    }
    const auto totals = [&] {
        Totals t;
        for (const auto &s : sessions) {
            const StreamStats stats = s->stats();
            t.in += stats.framesIn;
            t.shown += stats.framesShown;
        }
        return t;
    };
    // The GUI thread's responsiveness: the longest gap of a 10 ms heartbeat.
    QElapsedTimer beat;
    qint64 maxGapMs = 0;
    bool measuring = false;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, &app, [&] {
        if (measuring)
            maxGapMs = std::max(maxGapMs, beat.elapsed());
        beat.restart();
    });
    beat.start();
    heartbeat.start(10);
    measuring = true; // from the start: connecting is when blocking would show
    double cpuStart = 0;
    Totals start;
    QTimer::singleShot(std::chrono::seconds(warmup), &app, [&] {
        cpuStart = cpuSeconds();
        start = totals();
    });
    QTimer::singleShot(std::chrono::seconds(warmup + seconds), &app, [&] {
        const double cpu = cpuSeconds() - cpuStart;
        const Totals end = totals();
        std::vector<qint64> ttff;
        for (const auto &s : sessions)
            if (const auto t = s->stats().timeToFirstFrame)
                ttff.push_back(t->count());
        std::sort(ttff.begin(), ttff.end());
        const auto pct = [&](double p) {
            return ttff.empty() ? -1 : ttff[static_cast<std::size_t>(p * static_cast<double>(ttff.size() - 1))];
        };
        const double streamSeconds = static_cast<double>(sessions.size()) * seconds;
        QTextStream(stdout) << "streams=" << sessions.size() << " cpu_per_stream_second=" << cpu / streamSeconds
                            << " frames_in=" << (end.in - start.in) << " frames_shown=" << (end.shown - start.shown)
                            << " ttff_p50_ms=" << pct(0.5) << " ttff_p95_ms=" << pct(0.95)
                            << " max_loop_gap_ms=" << maxGapMs << '\n';
        sessions.clear();
        app.quit();
    });
    return app.exec();
}
