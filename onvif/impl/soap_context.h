#pragma once

#include "onvif_types.h"

struct soap;

namespace pontive::onvif::impl {

// Owns one gSOAP context for one thread: a fresh struct soap waits forever and accepts
// 2 GiB, so every context made here gets timeouts, a size cap and the plugins we use.
class SoapContext
{
public:
    enum class Kind { HttpClient, Udp };
    explicit SoapContext(const OnvifClientOptions &options, Kind kind = Kind::HttpClient);
    ~SoapContext();
    SoapContext(const SoapContext &) = delete;
    SoapContext &operator=(const SoapContext &) = delete;

    struct soap *get() const { return m_soap; }
    // Frees the previous call's objects and header before the next call.
    void reset();

    // Applies the timeouts and limits of `options` to any context (client or server).
    static void applyLimits(struct soap *soap, const OnvifClientOptions &options);

private:
    struct soap *m_soap = nullptr;
};

} // namespace pontive::onvif::impl
