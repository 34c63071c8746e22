#include "impl/wsdd_events.h"

// The six events wsddapi.c calls; only Probe (sim server) and ProbeMatches (discovery
// client) matter to us, the rest are accepted and ignored.
using pontive::onvif::impl::wsddHandler;

void wsdd_event_Hello(struct soap *, unsigned int, const char *, unsigned int, const char *, const char *,
                      const char *, const char *, const char *, const char *, const char *, unsigned int)
{
}

void wsdd_event_Bye(struct soap *, unsigned int, const char *, unsigned int, const char *, const char *, const char *,
                    const char *, const char *, const char *, const char *, unsigned int *)
{
}

soap_wsdd_mode wsdd_event_Probe(struct soap *soap, const char *MessageID, const char *, const char *Types,
                                const char *, const char *, struct wsdd__ProbeMatchesType *)
{
    if (auto *handler = wsddHandler(soap))
        return handler->onProbe(soap, MessageID, Types);
    return SOAP_WSDD_ADHOC;
}

void wsdd_event_ProbeMatches(struct soap *soap, unsigned int, const char *, unsigned int, const char *,
                             const char *RelatesTo, struct wsdd__ProbeMatchesType *matches)
{
    if (auto *handler = wsddHandler(soap))
        handler->onProbeMatches(soap, RelatesTo, matches);
}

soap_wsdd_mode wsdd_event_Resolve(struct soap *, const char *, const char *, const char *,
                                  struct wsdd__ResolveMatchType *)
{
    return SOAP_WSDD_ADHOC;
}

void wsdd_event_ResolveMatches(struct soap *, unsigned int, const char *, unsigned int, const char *, const char *,
                               struct wsdd__ResolveMatchType *)
{
}

// wsa.h (imported by wsdd10.h) declares SOAP_ENV__Fault as a one-way operation so a
// server can receive faults sent to its FaultTo address. The simulator has no FaultTo;
// accept and drop.
int SOAP_ENV__Fault(struct soap *soap, char *, char *, char *, struct SOAP_ENV__Detail *, struct SOAP_ENV__Code *,
                    struct SOAP_ENV__Reason *, char *, char *, struct SOAP_ENV__Detail *)
{
    return soap_send_empty_response(soap, SOAP_OK);
}
