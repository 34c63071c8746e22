#include "ptz_feed.h"

#include <gst/app/gstappsrc.h>

#include <algorithm>

namespace pontive::camsim {

PtzFeed::PtzFeed(QString path, QString label, QSize size, int kbitPerSecond, int gopFrames,
                 std::shared_ptr<const PtzScene> scene, PtzSource source)
    : m_path(std::move(path)),
      m_label(std::move(label)),
      m_size(size),
      m_kbitPerSecond(kbitPerSecond),
      m_gopFrames(gopFrames),
      m_scene(std::move(scene)),
      m_source(std::move(source))
{
}

PtzFeed::~PtzFeed()
{
    if (m_picture)
        gst_buffer_unref(m_picture);
}

QString PtzFeed::launchLine() const
{
    QString label = m_label; // inside a quoted launch-line value
    label.replace(QLatin1Char('"'), QLatin1Char('\'')).replace(QLatin1Char('\\'), QLatin1Char('/'));
    const int fontSize = std::max(8, m_size.height() / 30);
    return QStringLiteral("( appsrc name=src is-live=true do-timestamp=true format=time max-bytes=8000000 "
                          "leaky-type=downstream caps=\"video/x-raw,format=BGRx,width=%1,height=%2,framerate=25/1\" ! "
                          "textoverlay text=\"%3 PTZ\" font-desc=\"Sans %4\" valignment=top halignment=left "
                          "shaded-background=true ! clockoverlay time-format=\"%H:%M:%S\" font-desc=\"Sans %4\" "
                          "valignment=bottom halignment=right shaded-background=true ! videoconvert ! "
                          "video/x-raw,format=I420 ! "
                          "x264enc tune=zerolatency speed-preset=ultrafast bitrate=%5 key-int-max=%6 bframes=0 ! "
                          "h264parse ! rtph264pay name=pay0 pt=96 config-interval=-1 )")
        .arg(m_size.width())
        .arg(m_size.height())
        .arg(label)
        .arg(fontSize)
        .arg(m_kbitPerSecond)
        .arg(m_gopFrames);
}

void PtzFeed::attach(core::gst::ElementHandle appsrc)
{
    std::lock_guard lock(m_mutex);
    m_sinks.push_back(std::move(appsrc));
}

void PtzFeed::detach(GstElement *appsrc)
{
    std::lock_guard lock(m_mutex);
    std::erase_if(m_sinks, [appsrc](const core::gst::ElementHandle &sink) { return sink.get() == appsrc; });
}

void PtzFeed::setFault(Fault fault)
{
    std::lock_guard lock(m_mutex);
    m_fault = fault;
}

void PtzFeed::tick()
{
    std::lock_guard lock(m_mutex);
    if (m_sinks.empty())
        return; // nobody watches: no rendering, no encoding
    if (m_fault == Fault::Silent || m_fault == Fault::Offline || m_fault == Fault::Refuse)
        return;
    const onvif::PtzVector ptz = m_source ? m_source().value_or(onvif::PtzVector{}) : onvif::PtzVector{};
    if (!m_picture || m_rendered != ptz) {
        const int stride = m_size.width() * 4;
        GstBuffer *picture = gst_buffer_new_allocate(nullptr, gsize(stride) * gsize(m_size.height()), nullptr);
        GstMapInfo map{};
        if (gst_buffer_map(picture, &map, GST_MAP_WRITE)) {
            m_scene->render(ptz, map.data, stride, m_size);
            gst_buffer_unmap(picture, &map);
        }
        if (m_picture)
            gst_buffer_unref(m_picture);
        m_picture = picture;
        m_rendered = ptz;
    }
    for (const auto &sink : m_sinks) {
        if (GST_STATE(sink.get()) < GST_STATE_PAUSED)
            continue; // pushes before the media runs are flushed away
        // A new buffer sharing the picture's memory: the appsrc stamps its own time on it.
        gst_app_src_push_buffer(GST_APP_SRC(sink.get()), gst_buffer_copy(m_picture));
    }
}

} // namespace pontive::camsim
