#include "clip_cache.h"

#include "camsim_logging.h"
#include "media/gst_handle.h"

#include <gst/app/gstappsink.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

namespace pontive::camsim {

using core::gst::ElementHandle;
using core::gst::MessageHandle;
using core::gst::SampleHandle;

namespace {

// Bump when the picture or the encoder settings change, so old caches are not reused.
constexpr int kClipVersion = 2; // 2: 4:2:0 like real cameras (1 was 4:4:4)
constexpr int kFramesPerSecond = 25;

const char *codecName(VideoCodec codec)
{
    return codec == VideoCodec::H264 ? "h264" : "h265";
}

Result<ElementHandle> parse(const QString &description)
{
    GError *error = nullptr;
    ElementHandle pipeline = ElementHandle::adoptFloating(gst_parse_launch(description.toUtf8().constData(), &error));
    if (error) {
        const QString detail = QString::fromUtf8(error->message);
        g_clear_error(&error);
        return fail(ErrorCode::NotSupported, QStringLiteral("cannot build GStreamer pipeline"), detail);
    }
    return pipeline;
}

// Runs a finite pipeline until EOS; blocking on purpose (startup only).
Status runToEnd(const ElementHandle &pipeline)
{
    gst_element_set_state(pipeline.get(), GST_STATE_PLAYING);
    core::gst::BusHandle bus = core::gst::BusHandle::adopt(gst_element_get_bus(pipeline.get()));
    MessageHandle message = MessageHandle::adopt(gst_bus_timed_pop_filtered(
        bus.get(), GST_CLOCK_TIME_NONE, static_cast<GstMessageType>(GST_MESSAGE_EOS | GST_MESSAGE_ERROR)));
    Status result;
    if (message && GST_MESSAGE_TYPE(message.get()) == GST_MESSAGE_ERROR) {
        GError *error = nullptr;
        gst_message_parse_error(message.get(), &error, nullptr);
        result = fail(ErrorCode::Internal, QStringLiteral("encoding failed"),
                      QString::fromUtf8(error ? error->message : "?"));
        g_clear_error(&error);
    }
    gst_element_set_state(pipeline.get(), GST_STATE_NULL);
    return result;
}

} // namespace

ClipCache::ClipCache(QString directory) : m_directory(std::move(directory)) {}

QString ClipCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/pontive-camsim");
}

QString ClipCache::fileFor(const ClipSpec &spec) const
{
    // Labels may hold anything (store names); keep the file name tame and unique.
    QString name;
    for (const QChar c : spec.camera.toLower().left(24))
        name += (c.isLetterOrNumber() && c.unicode() < 128) ? c : QLatin1Char('-');
    name += QLatin1Char('-')
        + QString::fromLatin1(QCryptographicHash::hash(spec.camera.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
    return m_directory + QStringLiteral("/%1-%2-%3x%4-%5k-g%6-%7s-v%8.%9")
                             .arg(name, spec.stream)
                             .arg(spec.width)
                             .arg(spec.height)
                             .arg(spec.kbitPerSecond)
                             .arg(spec.gopFrames)
                             .arg(spec.seconds)
                             .arg(kClipVersion)
                             .arg(QLatin1String(codecName(spec.codec)));
}

Status ClipCache::encodeIfMissing(const ClipSpec &spec) const
{
    if (!QDir().mkpath(m_directory))
        return fail(ErrorCode::Io, QStringLiteral("cannot create the clip cache"), m_directory);
    const QString file = fileFor(spec);
    if (QFile::exists(file))
        return {};
    qCInfo(lcCamsim).noquote() << "encoding" << spec.camera << spec.stream << "once into" << file;
    // Per process, so two simulators filling one cache do not write the same file.
    const QString partial = file + QStringLiteral(".part%1").arg(QCoreApplication::applicationPid());
    if (auto encoded = encode(spec, partial); !encoded) {
        QFile::remove(partial);
        return encoded;
    }
    QFile::remove(file);
    if (!QFile::rename(partial, file))
        return fail(ErrorCode::Io, QStringLiteral("cannot store the clip"), file);
    return {};
}

Status ClipCache::prepare(const std::vector<ClipSpec> &specs, int workers)
{
    std::vector<ClipSpec> missing;
    for (const ClipSpec &spec : specs) {
        const QString file = fileFor(spec);
        if (!QFile::exists(file) && std::none_of(missing.begin(), missing.end(), [&](const ClipSpec &m) {
                return fileFor(m) == file;
            }))
            missing.push_back(spec);
    }
    std::atomic<std::size_t> next{0};
    std::mutex mutex;
    Status result;
    const auto work = [&] {
        for (std::size_t i = next++; i < missing.size(); i = next++) {
            if (auto done = encodeIfMissing(missing[i]); !done) {
                std::lock_guard lock(mutex);
                result = done;
            }
        }
    };
    std::vector<std::thread> threads;
    for (int w = 1; w < std::max(1, workers); ++w)
        threads.emplace_back(work);
    work();
    for (std::thread &thread : threads)
        thread.join();
    return result;
}

Result<std::shared_ptr<const Clip>> ClipCache::get(const ClipSpec &spec)
{
    const QString file = fileFor(spec);
    if (const auto loaded = m_loaded.constFind(file); loaded != m_loaded.constEnd())
        return *loaded;
    if (auto encoded = encodeIfMissing(spec); !encoded)
        return std::unexpected(encoded.error());
    auto clip = load(spec, file);
    if (clip)
        m_loaded.insert(file, *clip);
    return clip;
}

Status ClipCache::encode(const ClipSpec &spec, const QString &target) const
{
    const int frames = spec.seconds * kFramesPerSecond;
    const int ball = spec.height / 3;
    const QString rawCaps = QStringLiteral("video/x-raw,width=%1,height=%2,framerate=%3/1")
                                .arg(spec.width).arg(spec.height).arg(kFramesPerSecond);
    // CBR, no B-frames, fixed GOP: what decode cost and time-to-first-frame depend on.
    const QString encoder = spec.codec == VideoCodec::H264
        ? QStringLiteral("x264enc bitrate=%1 pass=cbr speed-preset=superfast key-int-max=%2 bframes=0 "
                         "option-string=\"scenecut=0:min-keyint=%2\" ! h264parse ! "
                         "video/x-h264,stream-format=byte-stream,alignment=au")
              .arg(spec.kbitPerSecond).arg(spec.gopFrames)
        : QStringLiteral("x265enc bitrate=%1 speed-preset=ultrafast key-int-max=%2 "
                         "option-string=\"bframes=0:scenecut=0:min-keyint=%2:repeat-headers=1\" ! h265parse ! "
                         "video/x-h265,stream-format=byte-stream,alignment=au")
              .arg(spec.kbitPerSecond).arg(spec.gopFrames);
    const int fontSize = qMax(10, spec.height / 24);
    QString label = spec.camera; // inside a quoted launch-line value
    label.replace(QLatin1Char('"'), QLatin1Char('\'')).replace(QLatin1Char('\\'), QLatin1Char('/'));
    const QString description =
        QStringLiteral("compositor name=mix background=black sink_1::alpha=0.06 sink_2::xpos=%1 sink_2::ypos=%2 ! "
                       "videoconvert ! textoverlay text=\"%3 %4\" font-desc=\"Sans %5\" valignment=top "
                       "halignment=left shaded-background=true ! timeoverlay valignment=bottom halignment=right "
                       "font-desc=\"Sans %5\" shaded-background=true ! videoconvert ! video/x-raw,format=I420 ! %6 ! "
                       "filesink location=\"%7\" ")
            .arg((spec.width - ball) / 2).arg((spec.height - ball) / 2)
            .arg(label, spec.stream).arg(fontSize).arg(encoder, target)
        + QStringLiteral("videotestsrc pattern=smpte num-buffers=%1 ! %2 ! mix. "
                         "videotestsrc pattern=snow num-buffers=%1 ! %2 ! mix. "
                         "videotestsrc pattern=ball num-buffers=%1 ! video/x-raw,width=%3,height=%3,framerate=%4/1 ! mix.")
              .arg(frames).arg(rawCaps).arg(ball).arg(kFramesPerSecond);
    auto pipeline = parse(description);
    if (!pipeline)
        return std::unexpected(pipeline.error());
    return runToEnd(*pipeline);
}

Result<std::shared_ptr<const Clip>> ClipCache::load(const ClipSpec &spec, const QString &file) const
{
    const bool h264 = spec.codec == VideoCodec::H264;
    const QString description =
        QStringLiteral("filesrc location=\"%1\" ! %2 ! video/x-%3,stream-format=byte-stream,alignment=au ! "
                       "appsink name=sink sync=false max-buffers=0")
            .arg(file, QLatin1String(h264 ? "h264parse" : "h265parse"), QLatin1String(h264 ? "h264" : "h265"));
    auto pipeline = parse(description);
    if (!pipeline)
        return std::unexpected(pipeline.error());
    ElementHandle sink = ElementHandle::adopt(gst_bin_get_by_name(GST_BIN(pipeline->get()), "sink"));
    gst_element_set_state(pipeline->get(), GST_STATE_PLAYING);

    auto clip = std::make_shared<Clip>();
    clip->codec = spec.codec;
    while (SampleHandle sample = SampleHandle::adopt(gst_app_sink_pull_sample(GST_APP_SINK(sink.get())))) {
        if (clip->caps.isEmpty()) {
            gchar *caps = gst_caps_to_string(gst_sample_get_caps(sample.get()));
            clip->caps = QByteArray(caps);
            g_free(caps);
        }
        GstBuffer *buffer = gst_sample_get_buffer(sample.get());
        GstMapInfo map;
        if (!gst_buffer_map(buffer, &map, GST_MAP_READ))
            continue;
        clip->units.push_back({QByteArray(reinterpret_cast<const char *>(map.data), static_cast<qsizetype>(map.size)),
                               !GST_BUFFER_FLAG_IS_SET(buffer, GST_BUFFER_FLAG_DELTA_UNIT)});
        gst_buffer_unmap(buffer, &map);
    }
    gst_element_set_state(pipeline->get(), GST_STATE_NULL);
    if (clip->units.empty() || !clip->units.front().keyframe)
        return fail(ErrorCode::Io, QStringLiteral("cached clip is empty or broken; delete it"), file);
    return std::shared_ptr<const Clip>(std::move(clip));
}

} // namespace pontive::camsim
