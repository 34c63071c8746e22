#include "video_frame.h"

#include "video_frame_data.h"

namespace pontive::core {

VideoFrame::Data::~Data()
{
    if (isMapped)
        gst_video_frame_unmap(&mapped);
}

VideoFrame VideoFrame::Data::fromSample(gst::SampleHandle sample, std::uint64_t serial)
{
    if (!sample)
        return {};
    GstVideoInfo info;
    GstCaps *caps = gst_sample_get_caps(sample.get());
    GstBuffer *buffer = gst_sample_get_buffer(sample.get());
    if (!caps || !buffer || !gst_video_info_from_caps(&info, caps))
        return {};
    auto data = std::make_shared<Data>();
    if (!gst_video_frame_map(&data->mapped, &info, buffer, GST_MAP_READ))
        return {};
    data->isMapped = true;
    data->sample = std::move(sample);
    data->serial = serial;
    return VideoFrame(std::move(data));
}

VideoFrame::VideoFrame(std::shared_ptr<const Data> data) : m_data(std::move(data)) {}

const std::uint8_t *VideoFrame::bits() const
{
    return m_data ? static_cast<const std::uint8_t *>(GST_VIDEO_FRAME_PLANE_DATA(&m_data->mapped, 0)) : nullptr;
}

int VideoFrame::bytesPerLine() const
{
    return m_data ? GST_VIDEO_FRAME_PLANE_STRIDE(&m_data->mapped, 0) : 0;
}

QSize VideoFrame::size() const
{
    return m_data ? QSize(GST_VIDEO_FRAME_WIDTH(&m_data->mapped), GST_VIDEO_FRAME_HEIGHT(&m_data->mapped)) : QSize();
}

std::uint64_t VideoFrame::serial() const
{
    return m_data ? m_data->serial : 0;
}

} // namespace pontive::core
