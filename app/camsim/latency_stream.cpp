#include "latency_stream.h"

#include "media/gst_handle.h"
#include "media/latency_stamp.h"

#include <gst/rtsp-server/rtsp-server.h>

#include <QDateTime>

#include <cstring>

namespace pontive::camsim {

using core::gst::ElementHandle;

namespace {

constexpr int kWidth = 640;
constexpr int kHeight = 360;

GstPadProbeReturn stamp(GstPad *, GstPadProbeInfo *info, gpointer textOverlay)
{
    GstBuffer *buffer = gst_buffer_make_writable(GST_PAD_PROBE_INFO_BUFFER(info));
    GST_PAD_PROBE_INFO_DATA(info) = buffer;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    GstMapInfo map{};
    if (gst_buffer_map(buffer, &map, GST_MAP_WRITE)) {
        // I420 at kWidth x kHeight: the luma plane, then the two chroma planes at half size.
        core::LatencyStamp::paintLuma(map.data, kWidth, QSize(kWidth, kHeight), now);
        // Grey blocks: the colour of the bars below must not tint them.
        const int stripRows = int(kHeight * core::LatencyStamp::kStripShare) / 2 + 1;
        std::uint8_t *chroma = map.data + kWidth * kHeight;
        for (int plane = 0; plane < 2; ++plane, chroma += (kWidth / 2) * (kHeight / 2))
            std::memset(chroma, 128, std::size_t(stripRows) * (kWidth / 2));
        gst_buffer_unmap(buffer, &map);
    }
    const QByteArray text = "sent " + QDateTime::fromMSecsSinceEpoch(now, Qt::UTC)
                                          .toString(QStringLiteral("HH:mm:ss.zzz"))
                                          .toLatin1()
        + " UTC";
    g_object_set(textOverlay, "text", text.constData(), nullptr);
    return GST_PAD_PROBE_OK;
}

} // namespace

QString LatencyStream::launchLine()
{
    // threads=1: one slice per picture. With zerolatency's sliced threads the engine's
    // decoder (avdec_h264 max-threads=1, output-corrupt=false) showed P pictures over a
    // black reference; kept simple here, to be looked at in the engine.
    return QStringLiteral("( videotestsrc name=stampsrc is-live=true pattern=black ! "
                          "video/x-raw,format=I420,width=%1,height=%2,framerate=25/1 ! "
                          "textoverlay name=stamptext valignment=bottom halignment=left font-desc=\"Sans 20\" "
                          "shaded-background=true ! "
                          "x264enc tune=zerolatency speed-preset=ultrafast key-int-max=25 bframes=0 bitrate=1500 threads=1 ! "
                          "h264parse ! rtph264pay name=pay0 pt=96 config-interval=-1 )")
        .arg(kWidth)
        .arg(kHeight);
}

void LatencyStream::configure(GstRTSPMedia *media)
{
    ElementHandle bin = ElementHandle::adopt(gst_rtsp_media_get_element(media));
    ElementHandle source = ElementHandle::adopt(gst_bin_get_by_name_recurse_up(GST_BIN(bin.get()), "stampsrc"));
    ElementHandle text = ElementHandle::adopt(gst_bin_get_by_name_recurse_up(GST_BIN(bin.get()), "stamptext"));
    if (!source || !text)
        return;
    GstPad *pad = gst_element_get_static_pad(source.get(), "src");
    // The overlay is a sibling in the same bin: it lives as long as the probe can run.
    gst_pad_add_probe(pad, GST_PAD_PROBE_TYPE_BUFFER, stamp, text.get(), nullptr);
    gst_object_unref(pad);
}

} // namespace pontive::camsim
