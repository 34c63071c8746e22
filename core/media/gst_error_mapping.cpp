#include "gst_error_mapping.h"

#include <cstring>

namespace pontive::core::gst {

namespace {

bool contains(const char *haystack, const char *needle)
{
    return haystack && std::strstr(haystack, needle) != nullptr;
}

} // namespace

OfflineReason classifyError(const GError *error, const char *debug)
{
    if (!error)
        return OfflineReason::Internal;
    const char *message = error->message;
    if (contains(debug, "Timeout") || contains(message, "Timeout") || contains(debug, "timed out"))
        return OfflineReason::Unreachable;
    if (error->domain == GST_RESOURCE_ERROR) {
        switch (error->code) {
        case GST_RESOURCE_ERROR_NOT_AUTHORIZED: return OfflineReason::AuthenticationFailed;
        case GST_RESOURCE_ERROR_NOT_FOUND:
            // rtspsrc reports an unresolvable host as not found as well.
            if (contains(debug, "resolve") || contains(message, "resolve"))
                return OfflineReason::Unreachable;
            return OfflineReason::NotFound;
        case GST_RESOURCE_ERROR_OPEN_READ:
        case GST_RESOURCE_ERROR_OPEN_READ_WRITE:
        case GST_RESOURCE_ERROR_OPEN_WRITE:
            if (contains(debug, "Failed to connect") || contains(debug, "refused"))
                return OfflineReason::Refused;
            if (contains(debug, "resolve") || contains(debug, "unreachable"))
                return OfflineReason::Unreachable;
            return OfflineReason::ConnectionLost;
        case GST_RESOURCE_ERROR_SETTINGS: return OfflineReason::BadUrl;
        default: return OfflineReason::ConnectionLost;
        }
    }
    if (error->domain == GST_STREAM_ERROR) {
        switch (error->code) {
        case GST_STREAM_ERROR_CODEC_NOT_FOUND:
        case GST_STREAM_ERROR_TYPE_NOT_FOUND:
        case GST_STREAM_ERROR_WRONG_TYPE:
        case GST_STREAM_ERROR_FORMAT: return OfflineReason::UnsupportedCodec;
        case GST_STREAM_ERROR_DECODE:
        case GST_STREAM_ERROR_DEMUX: return OfflineReason::DecodeError;
        default: return OfflineReason::ConnectionLost;
        }
    }
    if (error->domain == GST_CORE_ERROR && error->code == GST_CORE_ERROR_MISSING_PLUGIN)
        return OfflineReason::UnsupportedCodec;
    return OfflineReason::Internal;
}

bool isTransient(OfflineReason reason)
{
    switch (reason) {
    case OfflineReason::AuthenticationFailed:
    case OfflineReason::NotFound:
    case OfflineReason::UnsupportedCodec:
    case OfflineReason::BadUrl: return false;
    default: return true;
    }
}

} // namespace pontive::core::gst
