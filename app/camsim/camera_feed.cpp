#include "camera_feed.h"

#include <gst/app/gstappsrc.h>

#include <algorithm>

namespace pontive::camsim {

CameraFeed::CameraFeed(QString path, std::shared_ptr<const Clip> clip) : m_path(std::move(path)), m_clip(std::move(clip))
{
}

QString CameraFeed::launchLine() const
{
    const bool h264 = m_clip->codec == VideoCodec::H264;
    // Shared per path; the appsrc stamps the push time, so the loop plays in real time.
    return QStringLiteral("( appsrc name=src is-live=true do-timestamp=true format=time max-bytes=4000000 "
                          "leaky-type=downstream caps=\"%1\" ! %2 ! %3 name=pay0 pt=96 config-interval=-1 )")
        .arg(QString::fromUtf8(m_clip->caps).replace(QLatin1Char('"'), QLatin1Char('\'')),
             QLatin1String(h264 ? "h264parse" : "h265parse"), QLatin1String(h264 ? "rtph264pay" : "rtph265pay"));
}

void CameraFeed::attach(core::gst::ElementHandle appsrc)
{
    std::lock_guard lock(m_mutex);
    m_sinks.push_back({std::move(appsrc), 0, false});
}

void CameraFeed::detach(GstElement *appsrc)
{
    std::lock_guard lock(m_mutex);
    std::erase_if(m_sinks, [appsrc](const Sink &sink) { return sink.appsrc.get() == appsrc; });
}

void CameraFeed::setFault(Fault fault)
{
    std::lock_guard lock(m_mutex);
    if (m_fault != Fault::Online && fault == Fault::Online)
        for (Sink &sink : m_sinks)
            sink.waitForKeyframe = true; // what was skipped would leave smeared pictures
    m_fault = fault;
}

GstBuffer *CameraFeed::bufferFor(const AccessUnit &unit)
{
    if (m_fault != Fault::Corrupt) {
        // Wraps the clip's bytes without a copy; the clip outlives every buffer (it is
        // kept by a reference the buffer holds).
        auto *keep = new std::shared_ptr<const Clip>(m_clip);
        return gst_buffer_new_wrapped_full(GST_MEMORY_FLAG_READONLY, const_cast<char *>(unit.data.constData()),
                                           static_cast<gsize>(unit.data.size()), 0,
                                           static_cast<gsize>(unit.data.size()), keep, [](gpointer data) {
                                               delete static_cast<std::shared_ptr<const Clip> *>(data);
                                           });
    }
    // Corrupt: flip a few bytes past the headers of every frame.
    QByteArray bytes = unit.data;
    if (bytes.size() > 64)
        for (int i = 0; i < 8; ++i)
            bytes[static_cast<qsizetype>(32 + m_random() % static_cast<unsigned>(bytes.size() - 32))] ^= 0x5a;
    GstBuffer *buffer = gst_buffer_new_allocate(nullptr, static_cast<gsize>(bytes.size()), nullptr);
    gst_buffer_fill(buffer, 0, bytes.constData(), static_cast<gsize>(bytes.size()));
    return buffer;
}

void CameraFeed::tick()
{
    std::lock_guard lock(m_mutex);
    const auto &units = m_clip->units;
    for (Sink &sink : m_sinks) {
        // Until the media plays, hold the key frame the session starts with. Not only
        // PAUSED: gst-rtsp-server prerolls a live medium with its payloader blocked, and
        // a buffer pushed then sometimes stayed stuck there after PLAY (the viewer got
        // RTCP but no RTP; 2-6 of 64 viewers in every wall switch of the bench).
        if (GST_STATE(sink.appsrc.get()) < GST_STATE_PLAYING)
            continue;
        const AccessUnit &unit = units[sink.next];
        sink.next = (sink.next + 1) % units.size();
        if (m_fault == Fault::Silent || m_fault == Fault::Offline || m_fault == Fault::Refuse)
            continue;
        if (sink.waitForKeyframe && !unit.keyframe)
            continue;
        sink.waitForKeyframe = false;
        if (gst_app_src_push_buffer(GST_APP_SRC(sink.appsrc.get()), bufferFor(unit)) != GST_FLOW_OK)
            sink.waitForKeyframe = true;
    }
}

} // namespace pontive::camsim
