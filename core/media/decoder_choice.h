#pragma once

// Private to core/media.

#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace pontive::core::gst {

// The video decoders for a compressed format, best first, by the rule decodebin uses
// (decoder factories of rank marginal or above, highest rank first, so a hardware decoder
// wins where one is installed and GST_PLUGIN_FEATURE_RANK still overrides), but looked up
// once per format instead of autoplugged in every pipeline. decodebin's typefind, queue
// thread and autoplugging per stream cost 0.7 MiB a tile at 64 tiles and one thread a
// stream. Used from the builder threads and the pipelines' streaming threads.
class DecoderChoice
{
public:
    // Factory names of the decoders whose sink accepts `format` (a caps name such as
    // "video/x-h264"); empty when none is installed.
    std::vector<std::string> decodersFor(const std::string &format);

private:
    std::mutex m_mutex;
    std::map<std::string, std::vector<std::string>> m_known;
};

} // namespace pontive::core::gst
