// pontivectl probe URL [--seconds N] [--snapshot FILE.png] [--udp]: decodes a stream
// through the same engine as the wall and prints what it saw. Exit 0 when frames were
// decoded, 1 otherwise (with the reason).
#include "ctl_context.h"
#include "options.h"

#include "media/media_engine.h"
#include "media/stream_session.h"
#include "util/url_redaction.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QTimer>

namespace pontive::ctl {

namespace {

constexpr int kDefaultSeconds = 5;

QString decoderText(const core::StreamStats &stats)
{
    if (stats.decoder.isEmpty())
        return QStringLiteral("-");
    return stats.decoder + QStringLiteral(" (")
        + (stats.decoderKind == core::DecoderKind::Hardware ? CtlContext::tr("hardware") : CtlContext::tr("software"))
        + QLatin1Char(')');
}

bool saveSnapshot(const core::VideoFrame &frame, const QString &file)
{
    // Wraps the decoder's buffer; save() reads it before the frame goes away.
    const QImage image(frame.bits(), frame.size().width(), frame.size().height(), frame.bytesPerLine(),
                       QImage::Format_RGB32);
    return image.save(file, "PNG");
}

// Rates over the whole watch from the first data on, not the session's last second: a
// short probe ended before its first one-second window closed and printed 0 fps.
struct Rates {
    double fps = 0;
    double kbitPerSecond = 0;
};

Rates averageRates(const core::StreamStats &stats, std::chrono::milliseconds watched)
{
    const auto from = stats.timeToFirstData ? *stats.timeToFirstData : stats.timeToFirstFrame.value_or(watched);
    const double seconds = std::chrono::duration<double>(watched - from).count();
    if (seconds < 0.2 || stats.framesIn < 2)
        return {stats.fps, stats.kbitPerSecond};
    return {static_cast<double>(stats.framesIn - 1) / seconds, static_cast<double>(stats.bytesIn) * 8.0 / 1000.0 / seconds};
}

} // namespace

int runProbe(CtlContext &ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("seconds"), CtlContext::tr("How long to watch (default 5)."), QStringLiteral("n"),
                 QString::number(kDefaultSeconds)});
    p.addOption({QStringLiteral("snapshot"), CtlContext::tr("Save the last frame as PNG."), QStringLiteral("file")});
    p.addOption({QStringLiteral("udp"), CtlContext::tr("RTP over UDP instead of TCP.")});
    if (!parseOptions(ctx, p, 1))
        return kUsage;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(CtlContext::tr("usage: probe URL [--seconds N] [--snapshot FILE.png] [--udp]"));
    bool ok = false;
    const int seconds = p.value(QStringLiteral("seconds")).toInt(&ok);
    if (!ok || seconds < 1 || seconds > 3600)
        return ctx.usage(CtlContext::tr("--seconds must be 1..3600"));

    auto engine = core::MediaEngine::create();
    if (!engine)
        return ctx.refuse(engine.error());

    core::StreamOptions options;
    options.url = p.positionalArguments().front();
    options.transport = p.isSet(QStringLiteral("udp")) ? core::RtspTransport::Udp : core::RtspTransport::Tcp;
    core::VideoFrame last;
    core::StreamStats stats;
    core::StreamStatus status;
    QElapsedTimer watch;
    std::chrono::milliseconds watched{0};
    {
        core::StreamSession session(*engine, options);
        QEventLoop loop;
        QObject::connect(&session, &core::StreamSession::frameAvailable, &loop, [&] {
            if (auto frame = session.takeFrame())
                last = *frame;
        });
        // A failure retrying cannot fix ends the probe at once.
        QObject::connect(&session, &core::StreamSession::statusChanged, &loop, [&](const core::StreamStatus &s) {
            if (s.state == core::StreamState::Offline)
                loop.quit();
        });
        QTimer::singleShot(std::chrono::seconds(seconds), &loop, &QEventLoop::quit);
        watch.start();
        session.start();
        if (session.status().state != core::StreamState::Offline)
            loop.exec();
        watched = std::chrono::milliseconds(watch.elapsed());
        stats = session.stats();
        status = session.status();
    }

    const Rates rates = averageRates(stats, watched);
    const QString none = QStringLiteral("-");
    QTextStream &out = ctx.out();
    out << CtlContext::tr("url") << ":        " << core::redactUrl(options.url) << '\n'
        << CtlContext::tr("state") << ":      "
        << core::StreamStatusText::describe(status, std::chrono::steady_clock::now()) << '\n'
        << CtlContext::tr("codec") << ":      " << (stats.codec.isEmpty() ? none : stats.codec) << '\n'
        << CtlContext::tr("decoder") << ":    " << decoderText(stats) << '\n'
        << CtlContext::tr("resolution") << ": "
        << (stats.resolution.isValid() ? QStringLiteral("%1x%2").arg(stats.resolution.width()).arg(stats.resolution.height())
                                       : none)
        << '\n'
        << CtlContext::tr("fps") << ":        " << QString::number(rates.fps, 'f', 1) << '\n'
        << CtlContext::tr("kbit/s") << ":     " << QString::number(rates.kbitPerSecond, 'f', 0) << '\n'
        << CtlContext::tr("first frame") << ": "
        << (stats.timeToFirstFrame ? QStringLiteral("%1 ms").arg(stats.timeToFirstFrame->count()) : none) << '\n'
        << CtlContext::tr("frames") << ":     " << stats.framesIn << '\n';
    out.flush();

    if (stats.framesIn == 0) {
        const QString reason = status.reason != core::OfflineReason::None
            ? core::StreamStatusText::reason(status.reason)
            : CtlContext::tr("no frames within %1 s").arg(seconds);
        return ctx.refuse(reason);
    }
    if (p.isSet(QStringLiteral("snapshot"))) {
        if (last.isNull() || !saveSnapshot(last, p.value(QStringLiteral("snapshot"))))
            return ctx.refuse(CtlContext::tr("cannot write %1").arg(p.value(QStringLiteral("snapshot"))));
        out << CtlContext::tr("snapshot") << ":   " << p.value(QStringLiteral("snapshot")) << Qt::endl;
    }
    return kDone;
}

} // namespace pontive::ctl
