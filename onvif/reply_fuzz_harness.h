#pragma once

// Feeds raw bytes to the generated reply parsers as if a camera had sent them: HTTP
// headers, SOAP envelope, faults, every response type the client reads, and WS-Discovery
// ProbeMatches. Used by the libFuzzer target (onvif/fuzz/) and by a mutation test in the
// normal suite. Plain C++ on purpose: the fuzzer is built by clang without Qt.

#include <cstddef>

namespace pontive::onvif {

// data[0] selects the operation; the rest is the reply. Returns the gSOAP status.
int parseReplyForFuzzing(const unsigned char *data, std::size_t size);

// The number of operations data[0] selects from (data[0] % kFuzzOperations).
inline constexpr int kFuzzOperations = 12;

} // namespace pontive::onvif
