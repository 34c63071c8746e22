#pragma once

// WS-Discovery events arrive in global callbacks (wsddapi's design); soap->user points
// at one of these so the callback reaches the object that owns the context.

#include "soapH.h"

#include "wsddapi.h"

namespace pontive::onvif::impl {

class WsddHandler
{
public:
    virtual ~WsddHandler() = default;
    // Server side: a Probe arrived; answer it (or not).
    virtual soap_wsdd_mode onProbe(struct soap *, const char * /*messageId*/, const char * /*types*/)
    {
        return SOAP_WSDD_ADHOC;
    }
    // Client side: matches for one of our probes.
    virtual void onProbeMatches(struct soap *, const char * /*relatesTo*/, const wsdd__ProbeMatchesType *) {}
};

// soap->user holds a WsddHandler* (or null) in every context this library makes.
inline WsddHandler *wsddHandler(struct soap *soap)
{
    return static_cast<WsddHandler *>(soap->user);
}

} // namespace pontive::onvif::impl
