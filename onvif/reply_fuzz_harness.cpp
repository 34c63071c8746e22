#include "reply_fuzz_harness.h"

#include "soapH.h"

#include <algorithm>
#include <cstring>

namespace pontive::onvif {

namespace {

constexpr auto kEndpoint = "http://camera.invalid/onvif/device_service";

struct Feed {
    const unsigned char *data;
    std::size_t size;
    std::size_t offset;
};

// A transport that sends nowhere and receives the fuzz input.
SOAP_SOCKET openNothing(struct soap *, const char *, const char *, int)
{
    return 3;  // any valid-looking descriptor: the callbacks below never touch it
}

int closeNothing(struct soap *)
{
    return SOAP_OK;
}

int closeSocketNothing(struct soap *, SOAP_SOCKET)
{
    return SOAP_OK;
}

int sendNothing(struct soap *, const char *, std::size_t)
{
    return SOAP_OK;
}

std::size_t receiveFeed(struct soap *soap, char *buffer, std::size_t size)
{
    auto *feed = static_cast<Feed *>(soap->user);
    const std::size_t count = std::min(size, feed->size - feed->offset);
    std::memcpy(buffer, feed->data + feed->offset, count);
    feed->offset += count;
    return count;
}

int callOperation(struct soap *soap, int operation)
{
    switch (operation) {
    case 0: {
        _tds__GetDeviceInformation request;
        _tds__GetDeviceInformationResponse response;
        return soap_call___tds__GetDeviceInformation(soap, kEndpoint, nullptr, &request, response);
    }
    case 1: {
        _tds__GetSystemDateAndTime request;
        _tds__GetSystemDateAndTimeResponse response;
        return soap_call___tds__GetSystemDateAndTime(soap, kEndpoint, nullptr, &request, response);
    }
    case 2: {
        _tds__GetServices request;
        _tds__GetServicesResponse response;
        return soap_call___tds__GetServices(soap, kEndpoint, nullptr, &request, response);
    }
    case 3: {
        _tds__GetCapabilities request;
        _tds__GetCapabilitiesResponse response;
        return soap_call___tds__GetCapabilities(soap, kEndpoint, nullptr, &request, response);
    }
    case 4: {
        _tr2__GetProfiles request;
        _tr2__GetProfilesResponse response;
        return soap_call___tr2__GetProfiles(soap, kEndpoint, nullptr, &request, response);
    }
    case 5: {
        _trt__GetProfiles request;
        _trt__GetProfilesResponse response;
        return soap_call___trt__GetProfiles(soap, kEndpoint, nullptr, &request, response);
    }
    case 6: {
        _trt__GetStreamUri request;
        _trt__GetStreamUriResponse response;
        return soap_call___trt__GetStreamUri(soap, kEndpoint, nullptr, &request, response);
    }
    case 7: {
        _tptz__GetStatus request;
        _tptz__GetStatusResponse response;
        return soap_call___tptz__GetStatus(soap, kEndpoint, nullptr, &request, response);
    }
    case 8: {
        _tptz__GetPresets request;
        _tptz__GetPresetsResponse response;
        return soap_call___tptz__GetPresets(soap, kEndpoint, nullptr, &request, response);
    }
    case 9: {
        _tptz__GetNodes request;
        _tptz__GetNodesResponse response;
        return soap_call___tptz__GetNodes(soap, kEndpoint, nullptr, &request, response);
    }
    case 10: {
        _tptz__GetConfigurationOptions request;
        _tptz__GetConfigurationOptionsResponse response;
        return soap_call___tptz__GetConfigurationOptions(soap, kEndpoint, nullptr, &request, response);
    }
    default: {
        // Discovery replies arrive as bare SOAP over UDP: no HTTP header.
        soap->imode |= SOAP_ENC_PLAIN;
        struct __wsdd__ProbeMatches matches;
        return soap_recv___wsdd__ProbeMatches(soap, &matches);
    }
    }
}

} // namespace

int parseReplyForFuzzing(const unsigned char *data, std::size_t size)
{
    if (size == 0)
        return SOAP_OK;
    struct soap *soap = soap_new1(SOAP_C_UTFSTRING);
    soap_set_namespaces(soap, namespaces);
    // The same limits the client uses (impl/soap_context.cpp).
    soap->recv_maxlength = 4 * 1024 * 1024;
    soap->maxlevel = 64;
    soap->maxoccurs = 10000;
    Feed feed{data + 1, size - 1, 0};
    soap->user = &feed;
    soap->fopen = openNothing;
    soap->fclose = closeNothing;
    soap->fclosesocket = closeSocketNothing;
    soap->fsend = sendNothing;
    soap->frecv = receiveFeed;
    const int status = callOperation(soap, data[0] % kFuzzOperations);
    soap_destroy(soap);
    soap_end(soap);
    soap_free(soap);
    return status;
}

} // namespace pontive::onvif
