// Pure pieces of the engine: backoff, the latest-wins slot, error classification, texts.
#include "catch_qt.h"

#include "media/decoder_choice.h"
#include "media/latency_stamp.h"
#include "media/frame_slot.h"
#include "media/gst_error_mapping.h"
#include "media/reconnect_backoff.h"
#include "media/stream_status.h"
#include "media/video_frame_data.h"

#include <gst/gst.h>

#include <thread>

using namespace pontive::core;
using namespace std::chrono_literals;

TEST_CASE("reconnect backoff waits 1, 2, 5, 10, then 30 s forever, and starts over after a reset",
          "[media][backoff]")
{
    ReconnectBackoff backoff({1s, 2s, 5s, 10s, 30s});
    CHECK(backoff.next() == 1s);
    CHECK(backoff.next() == 2s);
    CHECK(backoff.next() == 5s);
    CHECK(backoff.next() == 10s);
    CHECK(backoff.next() == 30s);
    CHECK(backoff.next() == 30s);
    CHECK(backoff.attempt() == 6);
    backoff.reset();
    CHECK(backoff.next() == 1s);
}

TEST_CASE("an empty backoff configuration still waits between attempts", "[media][backoff]")
{
    ReconnectBackoff backoff({});
    CHECK(backoff.next() > 0ms);
}

TEST_CASE("the frame slot keeps only the newest frame and counts the replaced one as dropped", "[media][slot]")
{
    FrameSlot slot;
    CHECK_FALSE(slot.take().has_value());
    CHECK_FALSE(slot.put(VideoFrame{}));
    CHECK(slot.put(VideoFrame{})); // the first was never taken
    CHECK(slot.take().has_value());
    CHECK_FALSE(slot.take().has_value());
    CHECK_FALSE(slot.put(VideoFrame{}));
}

TEST_CASE("GStreamer errors map to the reasons the operator sees", "[media][errors]")
{
    const auto classify = [](GQuark domain, int code, const char *message, const char *debug) {
        GError *error = g_error_new_literal(domain, code, message);
        const OfflineReason reason = gst::classifyError(error, debug);
        g_error_free(error);
        return reason;
    };
    CHECK(classify(GST_RESOURCE_ERROR, GST_RESOURCE_ERROR_NOT_AUTHORIZED, "Unauthorized", "401")
          == OfflineReason::AuthenticationFailed);
    CHECK(classify(GST_RESOURCE_ERROR, GST_RESOURCE_ERROR_NOT_FOUND, "Not found", "404") == OfflineReason::NotFound);
    CHECK(classify(GST_RESOURCE_ERROR, GST_RESOURCE_ERROR_OPEN_READ_WRITE, "Could not open",
                   "Failed to connect. (Generic error)")
          == OfflineReason::Refused);
    CHECK(classify(GST_RESOURCE_ERROR, GST_RESOURCE_ERROR_READ, "Could not read",
                   "Could not receive message. (Timeout while waiting for server response)")
          == OfflineReason::Unreachable);
    CHECK(classify(GST_STREAM_ERROR, GST_STREAM_ERROR_CODEC_NOT_FOUND, "No decoder", "") == OfflineReason::UnsupportedCodec);
    CHECK(classify(GST_CORE_ERROR, GST_CORE_ERROR_MISSING_PLUGIN, "missing plugin", "")
          == OfflineReason::UnsupportedCodec);
    CHECK(classify(GST_STREAM_ERROR, GST_STREAM_ERROR_DECODE, "decode", "") == OfflineReason::DecodeError);
    CHECK(classify(GST_RESOURCE_ERROR, GST_RESOURCE_ERROR_READ, "Could not read", "Parse error")
          == OfflineReason::ConnectionLost);
    CHECK_FALSE(gst::isTransient(OfflineReason::AuthenticationFailed));
    CHECK_FALSE(gst::isTransient(OfflineReason::UnsupportedCodec));
    CHECK(gst::isTransient(OfflineReason::Refused));
    CHECK(gst::isTransient(OfflineReason::ConnectionLost));
}

TEST_CASE("the state text says what is happening and when the next try comes", "[media][status]")
{
    const auto now = std::chrono::steady_clock::now();
    StreamStatus status;
    status.state = StreamState::Reconnecting;
    status.reason = OfflineReason::Refused;
    status.attempt = 3;
    status.nextTry = now + 4500ms;
    CHECK(StreamStatusText::describe(status, now) == QStringLiteral("Reconnecting: connection refused (attempt 3, next try in 5 s)"));
    status.state = StreamState::Stalled;
    status.reason = OfflineReason::None;
    CHECK(StreamStatusText::describe(status, now) == QStringLiteral("No signal"));
}

TEST_CASE("a latency stamp reads back from luma and from BGRx, and a damaged one is refused", "[media][latency]")
{
    const QSize size(640, 360);
    std::vector<std::uint8_t> luma(std::size_t(size.width() * size.height()), 16);
    const std::int64_t sent = 1'796'000'123'456;
    LatencyStamp::paintLuma(luma.data(), size.width(), size, sent);
    CHECK(LatencyStamp::readLuma(luma.data(), size.width(), size) == sent);

    // The same picture as grey BGRx, as the engine hands it to a tile.
    std::vector<std::uint8_t> bgrx(luma.size() * 4);
    for (std::size_t i = 0; i < luma.size(); ++i)
        std::fill_n(bgrx.begin() + std::ptrdiff_t(i * 4), 3, luma[i]);
    CHECK(LatencyStamp::readBgrx(bgrx.data(), size.width() * 4, size) == sent);

    // One block flipped: the check word no longer matches.
    for (int y = 0; y < 10; ++y)
        for (int x = 0; x < 40; ++x) {
            auto &pixel = luma[std::size_t(y * size.width() + x)];
            pixel = pixel > 128 ? 16 : 235;
        }
    CHECK_FALSE(LatencyStamp::readLuma(luma.data(), size.width(), size).has_value());
}

TEST_CASE("the decoder choice lists the installed decoders of a format best first and none for an unknown one",
          "[media][decoders]")
{
    REQUIRE(gst_init_check(nullptr, nullptr, nullptr));
    gst::DecoderChoice choice;
    for (const char *format : {"video/x-h264", "video/x-h265"}) {
        const std::vector<std::string> decoders = choice.decodersFor(format);
        REQUIRE(!decoders.empty()); // gst-libav is a dependency
        CHECK(std::find(decoders.begin(), decoders.end(), std::string(format) == "video/x-h264" ? "avdec_h264"
                                                                                                : "avdec_h265")
              != decoders.end());
        guint previousRank = G_MAXUINT;
        for (const std::string &name : decoders) {
            GstElementFactory *factory = gst_element_factory_find(name.c_str());
            REQUIRE(factory);
            const guint rank = gst_plugin_feature_get_rank(GST_PLUGIN_FEATURE(factory));
            CHECK(rank >= GST_RANK_MARGINAL);
            CHECK(rank <= previousRank);
            CHECK(gst_element_factory_list_is_type(factory, GST_ELEMENT_FACTORY_TYPE_DECODER));
            previousRank = rank;
            gst_object_unref(factory);
        }
        CHECK(choice.decodersFor(format) == decoders); // asked again: the same answer
    }
    CHECK(choice.decodersFor("video/x-pontive-unknown").empty());
}

namespace {
// A 4x2 BGRx frame whose sample says, when it is freed, which thread freed it.
VideoFrame frameNotingItsFree(std::uint64_t serial, std::thread::id *freedBy)
{
    GstCaps *caps = gst_caps_new_simple("video/x-raw", "format", G_TYPE_STRING, "BGRx", "width", G_TYPE_INT, 4,
                                        "height", G_TYPE_INT, 2, "framerate", GST_TYPE_FRACTION, 25, 1, nullptr);
    GstBuffer *buffer = gst_buffer_new_allocate(nullptr, 4 * 2 * 4, nullptr);
    GstSample *sample = gst_sample_new(buffer, caps, nullptr, nullptr);
    gst_buffer_unref(buffer);
    gst_caps_unref(caps);
    gst_mini_object_weak_ref(
        GST_MINI_OBJECT(sample),
        [](gpointer data, GstMiniObject *) { *static_cast<std::thread::id *>(data) = std::this_thread::get_id(); },
        freedBy);
    return VideoFrame::Data::fromSample(gst::SampleHandle::adopt(sample), serial);
}
} // namespace

TEST_CASE("a frame the consumer let go of is freed by the producing thread, one it holds is not", "[media][slot]")
{
    REQUIRE(gst_init_check(nullptr, nullptr, nullptr));
    FrameSlot slot;
    std::thread::id firstFreedBy, secondFreedBy, thirdFreedBy, producer;
    std::thread([&] { slot.put(frameNotingItsFree(1, &firstFreedBy)); }).join();
    {
        const auto shown = slot.take(); // painted, then let go of
        REQUIRE(shown.has_value());
        CHECK(shown->serial() == 1);
    }
    CHECK(firstFreedBy == std::thread::id{}); // the slot still keeps it
    std::thread([&] {
        producer = std::this_thread::get_id();
        slot.put(frameNotingItsFree(2, &secondFreedBy));
    }).join();
    CHECK(firstFreedBy == producer);

    auto held = slot.take(); // e.g. the tile's picture while the stream stalls
    REQUIRE(held.has_value());
    std::thread([&] { slot.put(frameNotingItsFree(3, &thirdFreedBy)); }).join();
    CHECK(secondFreedBy == std::thread::id{});
    CHECK(held->size() == QSize(4, 2));
    held.reset();
    slot.clear();
    CHECK(secondFreedBy == std::this_thread::get_id());
    CHECK(thirdFreedBy == std::this_thread::get_id()); // never taken: cleared here
}
