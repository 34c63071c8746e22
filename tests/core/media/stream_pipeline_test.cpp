// One camera's GStreamer pipeline (core/media/stream_pipeline) against a real camsim,
// inspected element by element.
#include "catch_qt.h"

#include "camsim_process.h"
#include "media/decoder_choice.h"
#include "media/frame_slot.h"
#include "media/media_engine.h"
#include "media/pipeline_shared.h"
#include "media/stream_pipeline.h"
#include "media/wake_queue.h"

#include <gst/gst.h>

#include <memory>
#include <vector>

using namespace pontive::core;
using namespace pontive::test;
using namespace std::chrono_literals;

namespace {

// Every element of the bin and of the bins inside it made by `factory`.
std::vector<GstElement *> elementsOf(GstElement *bin, const char *factory)
{
    std::vector<GstElement *> found;
    GstIterator *it = gst_bin_iterate_recurse(GST_BIN(bin));
    GValue item = G_VALUE_INIT;
    while (gst_iterator_next(it, &item) == GST_ITERATOR_OK) {
        auto *element = GST_ELEMENT(g_value_get_object(&item));
        GstElementFactory *made = gst_element_get_factory(element);
        if (made && g_str_equal(gst_plugin_feature_get_name(GST_PLUGIN_FEATURE(made)), factory))
            found.push_back(element); // the bin keeps it alive while the test looks
        g_value_reset(&item);
    }
    g_value_unset(&item);
    gst_iterator_free(it);
    return found;
}

bool dropsOnLatency(GstElement *element)
{
    gboolean drop = FALSE;
    g_object_get(element, "drop-on-latency", &drop, nullptr);
    return drop;
}

} // namespace

TEST_CASE("the jitter buffer keeps a camera's opening burst and drops late packets once the first key frame is through",
          "[media][camsim]")
{
    // GStreamer initialised and the tile scaler registered, as in the wall.
    auto engine = MediaEngine::create();
    REQUIRE(engine.has_value());
    CamsimProcess camsim;
    REQUIRE(camsim.isReady());

    auto shared = std::make_shared<gst::PipelineShared>();
    shared->slot = std::make_shared<FrameSlot>();
    shared->wake = std::make_shared<gst::WakeQueue>();
    StreamOptions options;
    options.url = camsim.url(QStringLiteral("cam/001/sub"));
    options.targetSize = QSize(320, 180);
    auto pipeline = gst::StreamPipeline::create(options, shared, std::make_shared<gst::DecoderChoice>());
    REQUIRE(pipeline.has_value());
    REQUIRE((*pipeline)->start().has_value());
    REQUIRE(waitUntil([&] { return shared->framesIn.load() > 0; }, 10s));

    gst::ElementHandle released = (*pipeline)->release();
    REQUIRE(released);
    // rtspsrc makes its jitter buffers without dropping: what a camera queued before the
    // PLAY answer arrives in one burst, and its head is the key frame to start with.
    const auto sources = elementsOf(released.get(), "rtspsrc");
    REQUIRE(sources.size() == 1);
    CHECK_FALSE(dropsOnLatency(sources.front()));
    // With the first key frame through, an overloaded machine drops late packets again
    // instead of queueing them without bound.
    const auto jitterBuffers = elementsOf(released.get(), "rtpjitterbuffer");
    REQUIRE_FALSE(jitterBuffers.empty());
    for (GstElement *jitterBuffer : jitterBuffers)
        CHECK(dropsOnLatency(jitterBuffer));
    gst_element_set_state(released.get(), GST_STATE_NULL);
}
