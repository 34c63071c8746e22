#pragma once

#include "feed.h"
#include "onvif_types.h"
#include "ptz_scene.h"

#include <QSize>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace pontive::camsim {

// A PTZ camera's stream path: rendered live as its view of the PtzScene at the camera's
// current pan/tilt/zoom (OnvifSimServer::ptzState), name and clock burned in, encoded
// live (x264 ultrafast, zero latency). Renders only while someone watches and only when
// the position changed; otherwise the last picture is sent again.
class PtzFeed : public Feed
{
public:
    using PtzSource = std::function<std::optional<onvif::PtzVector>()>;

    PtzFeed(QString path, QString label, QSize size, int kbitPerSecond, int gopFrames,
            std::shared_ptr<const PtzScene> scene, PtzSource source);
    ~PtzFeed() override;

    const QString &path() const override { return m_path; }
    QString launchLine() const override;
    void attach(core::gst::ElementHandle appsrc) override;
    void detach(GstElement *appsrc) override;
    void setFault(Fault fault) override;
    void tick() override;

private:
    QString m_path;
    QString m_label;
    QSize m_size;
    int m_kbitPerSecond;
    int m_gopFrames;
    std::shared_ptr<const PtzScene> m_scene;
    PtzSource m_source;
    std::mutex m_mutex;
    std::vector<core::gst::ElementHandle> m_sinks;
    Fault m_fault = Fault::Online;
    GstBuffer *m_picture = nullptr; // the last rendered view
    std::optional<onvif::PtzVector> m_rendered;
};

} // namespace pontive::camsim
