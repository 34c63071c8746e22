#pragma once

#include "fault.h"
#include "media/gst_handle.h"

#include <QString>

namespace pontive::camsim {

// One stream path of one simulated camera, as the RTSP server drives it: a launch line
// whose source is an appsrc named "src", fed one frame per tick.
class Feed
{
public:
    virtual ~Feed() = default;

    virtual const QString &path() const = 0;
    virtual QString launchLine() const = 0;
    // Any thread (media-configure / unprepared run where gst-rtsp-server likes).
    virtual void attach(core::gst::ElementHandle appsrc) = 0;
    virtual void detach(GstElement *appsrc) = 0;
    virtual void setFault(Fault fault) = 0;
    virtual void tick() = 0; // once per frame interval (25 fps)
};

} // namespace pontive::camsim
