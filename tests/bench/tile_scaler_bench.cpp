// The wall's tile scaler against videoscale: CPU per frame resizing a 640x360 I420
// sub-stream picture to the tile sizes of a 4x4 and an 8x8 wall on 1080p, and a
// 1280x720 main stream to a 2x2 tile; then to BGRx as the wall's tiles take it, against
// videoscale followed by videoconvert. The baseline, measured in the same run, is the
// same pipeline without a scaler (its source, caps and sink); the table prints what the
// scaler adds on top of it.
#include "media/tile_scaler.h"

#include <gst/gst.h>

#include <cstdio>
#include <ctime>
#include <string>

namespace {

constexpr int kFrames = 1500;

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// CPU seconds to push kFrames of one still picture through `scaler` (or none), with the
// output caps asking for `outCaps` beside the size.
double run(const std::string &scaler, int inW, int inH, int outW, int outH, const std::string &outCaps = {})
{
    const std::string launch = "videotestsrc pattern=pinwheel num-buffers=1 ! video/x-raw,format=I420,width="
                               + std::to_string(inW) + ",height=" + std::to_string(inH)
                               + ",framerate=25/1 ! imagefreeze num-buffers=" + std::to_string(kFrames) + " ! "
                               + scaler + " ! video/x-raw,width=" + std::to_string(outW) + ",height="
                               + std::to_string(outH) + outCaps + " ! fakesink sync=false";
    GError *error = nullptr;
    GstElement *pipeline = gst_parse_launch(launch.c_str(), &error);
    if (!pipeline) {
        std::fprintf(stderr, "%s\n", error ? error->message : "no pipeline");
        g_clear_error(&error);
        return -1;
    }
    const double start = cpuSeconds();
    gst_element_set_state(pipeline, GST_STATE_PLAYING);
    GstBus *bus = gst_element_get_bus(pipeline);
    GstMessage *done = gst_bus_timed_pop_filtered(bus, 120 * GST_SECOND, GstMessageType(GST_MESSAGE_EOS | GST_MESSAGE_ERROR));
    const double used = cpuSeconds() - start;
    const bool ok = done && GST_MESSAGE_TYPE(done) == GST_MESSAGE_EOS;
    if (done)
        gst_message_unref(done);
    gst_object_unref(bus);
    gst_element_set_state(pipeline, GST_STATE_NULL);
    gst_object_unref(pipeline);
    return ok ? used : -1;
}

} // namespace

int main()
{
    gst_init(nullptr, nullptr);
    if (!pontive::core::gst::registerTileScaler()) {
        std::fprintf(stderr, "the tile scaler could not be registered\n");
        return 1;
    }
    struct Case {
        const char *name;
        int inW, inH, outW, outH;
        bool toBgrx;   // the wall's path: to the tile's BGRx; videoscale then needs videoconvert
    };
    const Case cases[] = {{"4x4 tile, sub-stream", 640, 360, 480, 270, false},
                          {"8x8 tile, sub-stream", 640, 360, 240, 135, false},
                          {"2x2 tile, main stream", 1280, 720, 960, 540, false},
                          {"4x4 tile, to BGRx", 640, 360, 480, 270, true},
                          {"8x8 tile, to BGRx", 640, 360, 240, 135, true}};
    std::printf("%-24s %14s %14s %14s %8s\n", "resize (I420)", "baseline ms/f", "videoscale +ms", "tile scaler +ms",
                "ratio");
    for (const Case &c : cases) {
        const std::string size = "video/x-raw,width=" + std::to_string(c.outW) + ",height=" + std::to_string(c.outH);
        const std::string theirs = c.toBgrx ? "videoscale ! " + size + " ! videoconvert" : std::string("videoscale");
        const std::string format = c.toBgrx ? ",format=BGRx" : "";
        const double base = run("identity", c.inW, c.inH, c.inW, c.inH);
        const double videoscale = run(theirs, c.inW, c.inH, c.outW, c.outH, format);
        const double ours = run(pontive::core::gst::kTileScalerFactory, c.inW, c.inH, c.outW, c.outH, format);
        if (base < 0 || videoscale < 0 || ours < 0) {
            std::fprintf(stderr, "%s: a pipeline failed\n", c.name);
            return 1;
        }
        const double perFrame = 1000.0 / kFrames;
        const double added = (ours - base) * perFrame;
        const double addedTheirs = (videoscale - base) * perFrame;
        std::printf("%-24s %14.3f %14.3f %14.3f %7.2fx\n", c.name, base * perFrame, addedTheirs, added,
                    addedTheirs > 0 ? added / addedTheirs : 0.0);
    }
    return 0;
}
