#pragma once

#include <QString>

typedef struct _GstRTSPMedia GstRTSPMedia;

namespace pontive::camsim {

// The one live-encoded path of the simulator (the clips of every other path are encoded
// once and looped): each frame carries its send time (wall clock, ms) as a row of blocks
// (core::LatencyStamp) and as text, so a viewer can measure the latency from camsim to
// its decoded picture. Costs an encoder only while someone watches it.
class LatencyStream
{
public:
    static constexpr const char *kPath = "/latency";

    // The media factory's launch line (640x360, 25 fps, H.264 with one GOP per second).
    static QString launchLine();
    // Hooks the stamping into a freshly configured media of that factory.
    static void configure(GstRTSPMedia *media);
};

} // namespace pontive::camsim
