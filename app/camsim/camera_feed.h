#pragma once

#include "clip.h"
#include "feed.h"

#include <memory>
#include <mutex>
#include <random>
#include <vector>

namespace pontive::camsim {

// One stream path of one camera: pushes the looped clip into every appsrc serving it,
// one frame per tick (the appsrc stamps the send time). Each appsrc starts on a key
// frame, like a camera that starts every session with an IDR.
class CameraFeed : public Feed
{
public:
    CameraFeed(QString path, std::shared_ptr<const Clip> clip);

    const QString &path() const override { return m_path; }
    const Clip &clip() const { return *m_clip; }
    QString launchLine() const override;

    void attach(core::gst::ElementHandle appsrc) override;
    void detach(GstElement *appsrc) override;
    void setFault(Fault fault) override;
    void tick() override;

private:
    struct Sink {
        core::gst::ElementHandle appsrc;
        std::size_t next = 0;
        bool waitForKeyframe = false;
    };
    GstBuffer *bufferFor(const AccessUnit &unit);

    QString m_path;
    std::shared_ptr<const Clip> m_clip;
    std::mutex m_mutex;
    std::vector<Sink> m_sinks;
    Fault m_fault = Fault::Online;
    std::minstd_rand m_random{7};
};

} // namespace pontive::camsim
