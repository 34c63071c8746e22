#include "stream_pipeline.h"

#include "decoder_choice.h"
#include "gst_error_mapping.h"
#include "media_logging.h"
#include "streaming_priority.h"
#include "tile_scaler.h"
#include "util/url_redaction.h"
#include "video_frame_data.h"

#include <gst/app/gstappsink.h>

#include <QCoreApplication>

#include <cstring>
#include <optional>


namespace pontive::core::gst {

namespace {

// What the pad-added and element-added handlers need. Raw pointers on purpose: the
// elements are siblings in one pipeline and outlive every signal they emit; holding
// references here would keep the pipeline alive forever.
struct LinkContext {
    LinkContext() { g_weak_ref_init(&manager, nullptr); }
    ~LinkContext() { g_weak_ref_clear(&manager); }
    LinkContext(const LinkContext &) = delete;
    LinkContext &operator=(const LinkContext &) = delete;

    GstElement *pipeline = nullptr;
    GstElement *scale = nullptr;
    std::shared_ptr<PipelineShared> shared;
    std::shared_ptr<DecoderChoice> decoders;
    // rtspsrc's rtpbin: a weak reference, as rtspsrc makes and drops it on its own.
    GWeakRef manager;
};

template <class T>
gpointer boxed(std::shared_ptr<T> value)
{
    return new std::shared_ptr<T>(std::move(value));
}

template <class T>
void unboxed(gpointer data)
{
    delete static_cast<std::shared_ptr<T> *>(data);
}

template <class T>
T &from(gpointer data)
{
    return **static_cast<std::shared_ptr<T> *>(data);
}

ElementHandle makeElement(const char *factory, const char *name)
{
    return ElementHandle::adoptFloating(gst_element_factory_make(factory, name));
}

QString capsName(GstPad *pad)
{
    CapsHandle caps = CapsHandle::adopt(gst_pad_get_current_caps(pad));
    if (!caps)
        caps = CapsHandle::adopt(gst_pad_query_caps(pad, nullptr));
    if (!caps || gst_caps_is_empty(caps.get()))
        return {};
    return QString::fromUtf8(gst_structure_get_name(gst_caps_get_structure(caps.get(), 0)));
}

gboolean selectStream(GstElement *, guint, GstCaps *caps, gpointer)
{
    // Only the video stream: an unlinked audio pad would only cost bandwidth.
    const GstStructure *s = gst_caps_get_structure(caps, 0);
    const char *media = gst_structure_get_string(s, "media");
    return media && g_str_equal(media, "video");
}

void setIfPresent(GstElement *element, const char *property, auto value)
{
    if (g_object_class_find_property(G_OBJECT_GET_CLASS(element), property))
        g_object_set(element, property, value, nullptr);
}

GstPadProbeReturn countCompressed(GstPad *, GstPadProbeInfo *info, gpointer data)
{
    auto &shared = from<PipelineShared>(data);
    GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER(info);
    if (!buffer)
        return GST_PAD_PROBE_OK;
    if (shared.retired.load(std::memory_order_relaxed))
        return GST_PAD_PROBE_DROP;
    shared.bytesIn.fetch_add(gst_buffer_get_size(buffer), std::memory_order_relaxed);
    const bool delta = GST_BUFFER_FLAG_IS_SET(buffer, GST_BUFFER_FLAG_DELTA_UNIT);
    if (shared.keyframesOnly.load(std::memory_order_relaxed)) {
        shared.resumeAtKeyframe.store(true, std::memory_order_relaxed);
        if (delta)
            return GST_PAD_PROBE_DROP;
        PipelineShared::markOnce(shared.firstUnitAt);
        return GST_PAD_PROBE_OK;
    }
    if (shared.resumeAtKeyframe.load(std::memory_order_relaxed)) {
        // The deltas up to the next key frame refer to pictures never decoded.
        if (delta)
            return GST_PAD_PROBE_DROP;
        shared.resumeAtKeyframe.store(false, std::memory_order_relaxed);
    }
    PipelineShared::markOnce(shared.firstUnitAt);
    return GST_PAD_PROBE_OK;
}

// The parser re-announces the stream's bitrate as a tag event every frame or two; each
// one walked the decoder, scaler and appsink and became a bus message (1-3 %
// of the CPU at 16 tiles). Tiles show no tags, so they stop at the parser.
GstPadProbeReturn dropTags(GstPad *, GstPadProbeInfo *info, gpointer)
{
    GstEvent *event = GST_PAD_PROBE_INFO_EVENT(info);
    return event && GST_EVENT_TYPE(event) == GST_EVENT_TAG ? GST_PAD_PROBE_DROP : GST_PAD_PROBE_OK;
}

// A video RTP stream of a codec nothing here knows: said on the bus like GStreamer's own
// missing-decoder error, so the session reports "unsupported codec" instead of waiting.
void reportUnsupported(GstElement *element, const char *encoding)
{
    GError *error = g_error_new(GST_STREAM_ERROR, GST_STREAM_ERROR_CODEC_NOT_FOUND, "unsupported codec %s",
                                encoding ? encoding : "(unknown)");
    gst_element_post_message(element, gst_message_new_error(GST_OBJECT(element), error, "no depayloader or decoder"));
    g_error_free(error);
}

struct Codec {
    const char *encoding; // RTP encoding-name
    const char *depayloader;
    const char *parser;
    const char *format; // the parsed caps' name, what the decoder takes
    const char *name; // as the stats say it
};
constexpr Codec kCodecs[] = {
    {"H264", "rtph264depay", "h264parse", "video/x-h264", "H264"},
    {"H265", "rtph265depay", "h265parse", "video/x-h265", "H265"},
};

GstPadProbeReturn watchDecodedCaps(GstPad *, GstPadProbeInfo *info, gpointer data)
{
    GstEvent *event = GST_PAD_PROBE_INFO_EVENT(info);
    if (event && GST_EVENT_TYPE(event) == GST_EVENT_CAPS) {
        GstCaps *caps = nullptr;
        gst_event_parse_caps(event, &caps);
        gint width = 0;
        gint height = 0;
        const GstStructure *s = gst_caps_get_structure(caps, 0);
        if (gst_structure_get_int(s, "width", &width) && gst_structure_get_int(s, "height", &height)) {
            auto &shared = from<PipelineShared>(data);
            std::lock_guard lock(shared.mutex);
            shared.resolution = QSize(width, height);
        }
    }
    return GST_PAD_PROBE_OK;
}

// Links a's "src" to b's "sink" checking the pad templates only. gst_element_link's
// default check asks both sides for their caps, which walks the chain each time
// (a converter answers with every format it knows): 4.7 ms a pipeline for these links
// against 0.6 ms, measured with the same elements outside the wall. The caps are
// negotiated when data flows anyway, and each element here was chosen for its codec.
bool linkFast(GstElement *a, GstElement *b)
{
    return gst_element_link_pads_full(a, "src", b, "sink",
                                      static_cast<GstPadLinkCheck>(GST_PAD_LINK_CHECK_HIERARCHY
                                                                   | GST_PAD_LINK_CHECK_TEMPLATE_CAPS));
}

// Drops an element added to the bin but not kept (it never left the NULL or READY state).
void discard(GstBin *bin, GstElement *element)
{
    gst_element_set_state(element, GST_STATE_NULL);
    gst_bin_remove(bin, element);
}

// The best decoder for the codec that opens (READY: a hardware decoder whose device is
// missing fails here) and links between the parser and the scaler; decodebin's fallback
// rule, without decodebin. Null when none does.
GstElement *plugDecoder(const LinkContext &ctx, const Codec &codec, GstElement *parser)
{
    GstBin *bin = GST_BIN(ctx.pipeline);
    for (const std::string &name : ctx.decoders->decodersFor(codec.format)) {
        GstElement *decoder = gst_element_factory_make(name.c_str(), nullptr);
        if (!decoder)
            continue;
        setIfPresent(decoder, "max-threads", 1); // 25 % cheaper with many streams
        setIfPresent(decoder, "output-corrupt", FALSE); // no smeared pictures
        gst_bin_add(bin, decoder); // the bin owns it now
        if (gst_element_set_state(decoder, GST_STATE_READY) == GST_STATE_CHANGE_FAILURE
            || !linkFast(parser, decoder) || !linkFast(decoder, ctx.scale)) {
            qCDebug(lcMedia) << "decoder" << name.c_str() << "did not open or link; trying the next";
            discard(bin, decoder);
            continue;
        }
        GstElementFactory *factory = gst_element_get_factory(decoder);
        const char *klass = gst_element_factory_get_metadata(factory, GST_ELEMENT_METADATA_KLASS);
        {
            std::lock_guard lock(ctx.shared->mutex);
            ctx.shared->decoder = QString::fromStdString(name);
            ctx.shared->decoderKind = klass && std::strstr(klass, "Hardware") ? DecoderKind::Hardware
                                                                               : DecoderKind::Software;
        }
        PadHandle decoded = PadHandle::adopt(gst_element_get_static_pad(decoder, "src"));
        gst_pad_add_probe(decoded.get(), GST_PAD_PROBE_TYPE_EVENT_DOWNSTREAM, watchDecodedCaps, boxed(ctx.shared),
                          unboxed<PipelineShared>);
        return decoder;
    }
    return nullptr;
}

void onNewManager(GstElement *, GstElement *manager, gpointer data)
{
    g_weak_ref_set(&from<LinkContext>(data).manager, manager);
}

// Once the stream's first key frame is through, the jitter buffers may drop what is older
// than the latency again (see build()). Runs once, in the streaming thread.
GstPadProbeReturn dropLateFromFirstKeyframe(GstPad *, GstPadProbeInfo *info, gpointer data)
{
    GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER(info);
    if (!buffer || GST_BUFFER_FLAG_IS_SET(buffer, GST_BUFFER_FLAG_DELTA_UNIT))
        return GST_PAD_PROBE_OK;
    if (auto *manager = static_cast<GstElement *>(g_weak_ref_get(&from<LinkContext>(data).manager))) {
        g_object_set(manager, "drop-on-latency", TRUE, nullptr); // rtpbin passes it to its jitter buffers
        gst_object_unref(manager);
    }
    return GST_PAD_PROBE_REMOVE;
}

// rtspsrc's stream pad: the depayloader, parser and decoder for its codec, picked here
// rather than by parsebin, which held every picture back by one frame interval (40 ms at
// 25 fps, measured against a bare decoder in the media bench), or by decodebin, which
// added a typefind, a second parser and a queue thread to every stream.
void onRtspPad(GstElement *source, GstPad *pad, gpointer data)
{
    auto &ctx = from<LinkContext>(data);
    PipelineShared::markOnce(ctx.shared->setUpAt);
    ctx.shared->connected = true;
    PadHandle scalerPad = PadHandle::adopt(gst_element_get_static_pad(ctx.scale, "sink"));
    if (!scalerPad || gst_pad_is_linked(scalerPad.get())) {
        qCDebug(lcMedia) << "ignoring extra RTSP pad" << capsName(pad);
        return;
    }
    CapsHandle caps = CapsHandle::adopt(gst_pad_query_caps(pad, nullptr));
    const GstStructure *s = caps && !gst_caps_is_empty(caps.get()) ? gst_caps_get_structure(caps.get(), 0) : nullptr;
    const char *encoding = s ? gst_structure_get_string(s, "encoding-name") : nullptr;
    const Codec *codec = nullptr;
    for (const Codec &known : kCodecs)
        if (encoding && g_ascii_strcasecmp(encoding, known.encoding) == 0)
            codec = &known;
    if (!codec) {
        reportUnsupported(source, encoding);
        return;
    }
    GstElement *depayloader = gst_element_factory_make(codec->depayloader, nullptr);
    GstElement *parser = gst_element_factory_make(codec->parser, nullptr);
    if (!depayloader || !parser) {
        if (depayloader)
            gst_object_unref(gst_object_ref_sink(depayloader));
        if (parser)
            gst_object_unref(gst_object_ref_sink(parser));
        reportUnsupported(source, encoding);
        return;
    }
    // Ask the camera for a key frame after loss instead of smearing until the next one.
    setIfPresent(depayloader, "request-keyframe", TRUE);
    setIfPresent(depayloader, "wait-for-keyframe", TRUE);
    gst_bin_add_many(GST_BIN(ctx.pipeline), depayloader, parser, nullptr); // the bin owns them now
    GstElement *decoder = plugDecoder(ctx, *codec, parser);
    if (!decoder) {
        discard(GST_BIN(ctx.pipeline), parser);
        discard(GST_BIN(ctx.pipeline), depayloader);
        reportUnsupported(source, encoding);
        return;
    }
    PadHandle depayloaderPad = PadHandle::adopt(gst_element_get_static_pad(depayloader, "sink"));
    if (!linkFast(depayloader, parser)
        || gst_pad_link_full(pad, depayloaderPad.get(), GST_PAD_LINK_CHECK_TEMPLATE_CAPS) != GST_PAD_LINK_OK) {
        qCWarning(lcMedia) << "cannot link" << codec->depayloader << "!" << codec->parser;
        reportUnsupported(source, encoding);
        return;
    }
    // Downstream first, so no element pushes into one not yet playing.
    gst_element_sync_state_with_parent(decoder);
    gst_element_sync_state_with_parent(parser);
    gst_element_sync_state_with_parent(depayloader);
    {
        std::lock_guard lock(ctx.shared->mutex);
        ctx.shared->codec = QString::fromLatin1(codec->name);
    }
    PadHandle parsed = PadHandle::adopt(gst_element_get_static_pad(parser, "src"));
    gst_pad_add_probe(parsed.get(), GST_PAD_PROBE_TYPE_BUFFER, countCompressed, boxed(ctx.shared),
                      unboxed<PipelineShared>);
    gst_pad_add_probe(parsed.get(), GST_PAD_PROBE_TYPE_EVENT_DOWNSTREAM, dropTags, nullptr, nullptr);
    gst_pad_add_probe(parsed.get(), GST_PAD_PROBE_TYPE_BUFFER, dropLateFromFirstKeyframe,
                      boxed(*static_cast<std::shared_ptr<LinkContext> *>(data)), unboxed<LinkContext>);
}

GstFlowReturn onNewSample(GstAppSink *sink, gpointer data)
{
    auto &shared = from<PipelineShared>(data);
    SampleHandle sample = SampleHandle::adopt(gst_app_sink_pull_sample(sink));
    if (!sample)
        return GST_FLOW_OK;
    const auto serial = shared.serial.fetch_add(1, std::memory_order_relaxed) + 1;
    VideoFrame frame = VideoFrame::Data::fromSample(std::move(sample), serial);
    if (frame.isNull())
        return GST_FLOW_OK;
    shared.framesIn.fetch_add(1, std::memory_order_relaxed);
    if (shared.slot->put(std::move(frame)))
        shared.framesDropped.fetch_add(1, std::memory_order_relaxed);
    shared.notifyFrame();
    return GST_FLOW_OK;
}

// The bus message as the session acts on it; nothing for the ones it ignores (tags,
// progress, latency, element messages: thousands a minute at 64 tiles).
std::optional<PipelineEvent> translate(GstMessage *msg, const QString &redactedUrl)
{
    switch (GST_MESSAGE_TYPE(msg)) {
    case GST_MESSAGE_ERROR:
    case GST_MESSAGE_WARNING: {
        GError *error = nullptr;
        gchar *debug = nullptr;
        const bool isError = GST_MESSAGE_TYPE(msg) == GST_MESSAGE_ERROR;
        if (isError)
            gst_message_parse_error(msg, &error, &debug);
        else
            gst_message_parse_warning(msg, &error, &debug);
        PipelineEvent event;
        event.kind = isError ? PipelineEvent::Kind::Error : PipelineEvent::Kind::Warning;
        event.reason = classifyError(error, debug);
        // GStreamer's message only: its debug text (source files, element paths) went as
        // far as the operators' health table. It stays in the log for admins.
        event.detail = redactUrl(QString::fromUtf8(error ? error->message : "unknown error"));
        if (debug && isError)
            qCInfo(lcMedia).noquote() << redactedUrl << "error:" << event.detail << "|"
                                      << redactUrl(QString::fromUtf8(debug));
        g_clear_error(&error);
        g_free(debug);
        return event;
    }
    case GST_MESSAGE_EOS:
        return PipelineEvent{PipelineEvent::Kind::EndOfStream, OfflineReason::ConnectionLost, QStringLiteral("end of stream")};
    case GST_MESSAGE_STATE_CHANGED: {
        if (!GST_IS_PIPELINE(GST_MESSAGE_SRC(msg))) // the pipeline's own only
            return std::nullopt;
        GstState newState = GST_STATE_NULL;
        gst_message_parse_state_changed(msg, nullptr, &newState, nullptr);
        if (newState == GST_STATE_PLAYING)
            return PipelineEvent{PipelineEvent::Kind::Playing, OfflineReason::None, {}};
        return std::nullopt;
    }
    default: return std::nullopt;
    }
}

struct BusContext {
    std::shared_ptr<PipelineShared> shared;
    QString redactedUrl;
};

// Every message is translated in the posting thread and handed to the session through
// the engine's wake queue; nothing is left on the bus. A bus watched per session put one
// more descriptor per tile into the GUI thread's poll (at 8x8 some 130 descriptors, on
// each of ~1,300 wake-ups a second), and its pops contended for the bus's lock with
// low-priority streaming threads that could hold it for tens of ms.
GstBusSyncReply onBusMessage(GstBus *, GstMessage *message, gpointer data)
{
    // Every thread that posts here is lowered on its first message, unless it drives the
    // pipelines. Lowering only the pad tasks (on STREAM_STATUS enter) left rtspsrc's own
    // receiving task, one per camera, at the GUI thread's priority: at 8x8 on 2 cores
    // the GUI thread waited for a CPU 40 % of the time.
    lowerIfStreamingThread();
    const auto &ctx = *static_cast<BusContext *>(data);
    if (!ctx.shared->retired.load()) {
        if (auto event = translate(message, ctx.redactedUrl))
            ctx.shared->postEvent(std::move(*event));
    }
    gst_message_unref(message); // a sync handler that drops owns the message
    return GST_BUS_DROP;
}

Status buildFailure(const char *what)
{
    return fail(ErrorCode::NotSupported,
                QCoreApplication::translate("pontive::core::StreamPipeline", "GStreamer element missing"),
                QString::fromUtf8(what));
}

} // namespace

Result<std::unique_ptr<StreamPipeline>> StreamPipeline::create(const StreamOptions &options,
                                                               std::shared_ptr<PipelineShared> shared,
                                                               std::shared_ptr<DecoderChoice> decoders)
{
    std::unique_ptr<StreamPipeline> pipeline(new StreamPipeline);
    pipeline->m_shared = std::move(shared);
    pipeline->m_redactedUrl = redactUrl(options.url);
    if (auto built = pipeline->build(options, std::move(decoders)); !built)
        return std::unexpected(built.error());
    return pipeline;
}

StreamPipeline::~StreamPipeline()
{
    // Normally release() handed the pipeline away; this is the fallback (e.g. a build
    // that failed half-way, never started).
    if (m_pipeline)
        gst_element_set_state(m_pipeline.get(), GST_STATE_NULL);
}

Status StreamPipeline::build(const StreamOptions &options, std::shared_ptr<DecoderChoice> decoders)
{
    m_pipeline = ElementHandle::adoptFloating(gst_pipeline_new(nullptr));
    ElementHandle source = makeElement("rtspsrc", nullptr);
    // The wall's own scaler (tile_scaler.h) takes the decoder's 4:2:0 picture to BGRx at
    // the tile's size in one element: half of videoscale's CPU to scale, and no
    // videoconvert after it (0.15 ms a 480x270 frame). videoconvertscale's single pass to
    // BGRx at another size took its slow generic path: 1.8x (to 480x270) and 2.8x (to
    // 240x135) what videoscale then videoconvert cost over decoding.
    ElementHandle scale = makeElement(kTileScalerFactory, nullptr);
    m_sizeFilter = makeElement("capsfilter", nullptr);
    ElementHandle sink = makeElement("appsink", nullptr);
    if (!m_pipeline || !source)
        return buildFailure("rtspsrc");
    if (!scale || !m_sizeFilter || !sink)
        return buildFailure("pontivetilescale/capsfilter/appsink");

    const QByteArray url = options.url.toUtf8();
    gst_util_set_object_arg(G_OBJECT(source.get()), "protocols",
                            options.transport == RtspTransport::Tcp ? "tcp" : "udp");
    // drop-on-latency: when the decoder falls behind (an overloaded machine), packets older
    // than the latency are dropped instead of queueing without bound (memory grew by GBs
    // at 64 tiles on 2 cores) and the picture catching up seconds late. Only from the
    // first key frame on (dropLateFromFirstKeyframe): a camera answering a busy moment
    // sends what it queued since DESCRIBE in one burst, and the jitter buffer dropped the
    // burst's head, the key frame, so the first picture waited a whole GOP (in a 64-tile
    // switch 10-15 tiles a round; all tiles showing after 1.5 s instead of 1.0-1.2 s).
    g_object_set(source.get(), "location", url.constData(), "latency",
                 static_cast<guint>(options.latency.count()), "drop-on-latency", FALSE, "tcp-timeout",
                 static_cast<guint64>(options.tcpTimeout.count()) * 1000, nullptr);
    m_targetSize = options.targetSize;
    CapsHandle size = sizeCaps(options.targetSize);
    g_object_set(m_sizeFilter.get(), "caps", size.get(), nullptr);
    CapsHandle bgrx = CapsHandle::adopt(gst_caps_new_simple("video/x-raw", "format", G_TYPE_STRING, "BGRx", nullptr));
    g_object_set(sink.get(), "caps", bgrx.get(), "max-buffers", 1u, "drop", TRUE, "sync", FALSE, "enable-last-sample", FALSE,
                 "emit-signals", FALSE, "qos", FALSE, nullptr);

    GstBin *bin = GST_BIN(m_pipeline.get());
    gst_bin_add_many(bin, source.get(), scale.get(), m_sizeFilter.get(), sink.get(), nullptr);
    if (!linkFast(scale.get(), m_sizeFilter.get()) || !linkFast(m_sizeFilter.get(), sink.get()))
        return buildFailure("link pontivetilescale ! appsink");

    auto ctx = std::make_shared<LinkContext>();
    ctx->pipeline = m_pipeline.get();
    ctx->scale = scale.get();
    ctx->shared = m_shared;
    ctx->decoders = std::move(decoders);

    const auto connect = [&ctx](GstElement *element, const char *signal, GCallback callback) {
        g_signal_connect_data(element, signal, callback, boxed(ctx),
                              [](gpointer data, GClosure *) { unboxed<LinkContext>(data); }, GConnectFlags{});
    };
    g_signal_connect(source.get(), "select-stream", G_CALLBACK(selectStream), nullptr);
    connect(source.get(), "pad-added", G_CALLBACK(onRtspPad));
    connect(source.get(), "new-manager", G_CALLBACK(onNewManager));

    GstAppSinkCallbacks callbacks{};
    callbacks.new_sample = onNewSample;
    gst_app_sink_set_callbacks(GST_APP_SINK(sink.get()), &callbacks, boxed(m_shared), unboxed<PipelineShared>);

    m_bus = BusHandle::adopt(gst_element_get_bus(m_pipeline.get()));
    gst_bus_set_sync_handler(m_bus.get(), onBusMessage, new BusContext{m_shared, m_redactedUrl},
                             [](gpointer data) { delete static_cast<BusContext *>(data); });
    return {};
}

CapsHandle StreamPipeline::sizeCaps(QSize size)
{
    // No format: the scaler keeps the decoder's; the appsink asks for BGRx after conversion.
    GstCaps *caps = gst_caps_new_simple("video/x-raw", "pixel-aspect-ratio", GST_TYPE_FRACTION, 1, 1, nullptr);
    if (size.isValid() && !size.isEmpty())
        gst_caps_set_simple(caps, "width", G_TYPE_INT, size.width(), "height", G_TYPE_INT, size.height(), nullptr);
    return CapsHandle::adopt(caps);
}

Status StreamPipeline::start()
{
    if (gst_element_set_state(m_pipeline.get(), GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE) {
        // The reason is on the bus; the session reads it from there.
        qCDebug(lcMedia) << "set_state(PLAYING) failed for" << m_redactedUrl;
    }
    return {};
}

void StreamPipeline::setTargetSize(QSize size)
{
    m_targetSize = size;
    CapsHandle caps = sizeCaps(size);
    g_object_set(m_sizeFilter.get(), "caps", caps.get(), nullptr);
}

ElementHandle StreamPipeline::release()
{
    m_shared->detach();
    if (m_bus)
        gst_bus_set_flushing(m_bus.get(), TRUE); // drop what is posted while it stops
    m_bus.reset();
    m_sizeFilter.reset();
    return ElementHandle(std::move(m_pipeline));
}

} // namespace pontive::core::gst
