// libFuzzer entry point over the ONVIF reply parsers (see reply_fuzz_harness.h).
// Built by clang only (onvif/fuzz/fuzzer.cmake); `cmake --build <dir> --target onvif_fuzz`.
#include "reply_fuzz_harness.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    pontive::onvif::parseReplyForFuzzing(data, size);
    return 0;
}
