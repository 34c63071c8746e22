#include "media_engine.h"

#include "streaming_priority.h"

#include "decoder_choice.h"
#include "keyframe_governor.h"
#include "media_logging.h"
#include "pipeline_builder.h"
#include "pipeline_reaper.h"
#include "session_waker.h"
#include "start_crowd.h"
#include "tile_scaler.h"

#include <QCoreApplication>

namespace pontive::core {

namespace {
// The GUI thread handles new frames at most every 4 ms: at 8x8 it was woken ~1,300 times a
// second, 1.25 frames a time, and each wake-up (poll, context switch, a pass of the event
// loop) cost more than handling the frame. A frame waits 4 ms at most; the added-latency
// target is 5 ms, and a screen shows a new picture only every 16.7 ms anyway.
constexpr std::chrono::milliseconds kWakeRest{4};
} // namespace

MediaEngine::MediaEngine(std::shared_ptr<gst::DecoderChoice> decoders)
    : m_reaper(std::make_unique<gst::PipelineReaper>()),
      m_builder(std::make_unique<gst::PipelineBuilder>(*m_reaper, std::move(decoders))),
      m_governor(std::make_unique<KeyframeGovernor>()),
      m_startCrowd(std::make_unique<StartCrowd>()),
      m_waker(std::make_unique<gst::SessionWaker>(kWakeRest))
{
}

MediaEngine::~MediaEngine() = default;

Result<std::shared_ptr<MediaEngine>> MediaEngine::create()
{
    // glibc's own malloc arena limit (8 per core), on purpose. With an arena per thread
    // (tried earlier against GUI-thread waits on arena locks) every layout switch's new
    // streaming threads began with empty arenas, and the 64 decoders of an 8x8 switch
    // faulted some 45,000 fresh pages (two 750 KB H.264 contexts each, then the frame
    // pools) at about 11 us a page on these machines: 0.6 s of a switch's 2.2 s CPU.
    // Shared arenas hand the pages the old pipelines freed to the new ones (2,000-9,000
    // faults a switch, same resident memory). Fewer arenas than that shared the GUI
    // thread's more often: a decoding thread preempted while holding the lock stalled the
    // GUI thread's malloc (8x8 on 2 cores, longest blocked gap: 2 arenas 139 ms, 8 arenas
    // 21-83 ms, 16 arenas 8-13 ms).
    gst::markControlThread(); // the engine's owner (the GUI thread) drives the sessions

    GError *error = nullptr;
    if (!gst_init_check(nullptr, nullptr, &error)) {
        const QString detail = QString::fromUtf8(error ? error->message : "gst_init_check failed");
        g_clear_error(&error);
        return fail(ErrorCode::Internal,
                    QCoreApplication::translate("pontive::core::MediaEngine", "Video playback could not start"), detail);
    }
    if (!gst::registerTileScaler())
        return fail(ErrorCode::Internal,
                    QCoreApplication::translate("pontive::core::MediaEngine", "Video playback could not start"),
                    QStringLiteral("the tile scaler element could not be registered"));
    for (const char *factory : {"rtspsrc", "appsink"}) {
        GstElementFactory *found = gst_element_factory_find(factory);
        if (!found)
            return fail(ErrorCode::NotSupported,
                        QCoreApplication::translate("pontive::core::MediaEngine",
                                                    "A GStreamer plugin needed for video is missing"),
                        QString::fromUtf8(factory));
        gst_object_unref(found);
    }
    // Load the usual plugins now, not when the first tile connects: the first stream of a
    // fresh process otherwise pays for it in its time to first frame.
    for (const char *feature : {"rtspsrc", "rtph264depay", "rtph265depay", "h264parse", "h265parse", "avdec_h264",
                                "avdec_h265", "appsink"}) {
        GstPluginFeature *found = gst_registry_find_feature(gst_registry_get(), feature, GST_TYPE_ELEMENT_FACTORY);
        if (!found)
            continue;
        if (GstPluginFeature *loaded = gst_plugin_feature_load(found))
            gst_object_unref(loaded);
        gst_object_unref(found);
    }
    // Without an H.264 decoder (gstreamer1.0-libav missing) no camera of the city plays:
    // said once here rather than as "unsupported codec" on every tile. H.265 is optional.
    auto decoders = std::make_shared<gst::DecoderChoice>();
    if (decoders->decodersFor("video/x-h264").empty())
        return fail(ErrorCode::NotSupported,
                    QCoreApplication::translate("pontive::core::MediaEngine", "No H.264 video decoder is installed"),
                    QStringLiteral("no decoder of rank marginal or above accepts video/x-h264 (gstreamer1.0-libav)"));
    guint major = 0, minor = 0, micro = 0, nano = 0;
    gst_version(&major, &minor, &micro, &nano);
    qCDebug(lcMedia, "GStreamer %u.%u.%u", major, minor, micro);
    return std::shared_ptr<MediaEngine>(new MediaEngine(std::move(decoders)));
}

void MediaEngine::drainTeardowns()
{
    m_builder->drain();
    m_reaper->drain();
}

} // namespace pontive::core
