#pragma once

#include "error.h"

#include <chrono>

struct soap;

namespace pontive::onvif::impl {

// The one place a gSOAP error (soap->error, errnum, fault) becomes a pontive::Error.
// `elapsed` and `ioTimeout` tell a timeout from a closed connection: gSOAP reports both
// as SOAP_EOF without an errno.
Error translateSoapError(const struct soap *soap, const QString &operation,
                         std::chrono::milliseconds elapsed, std::chrono::milliseconds ioTimeout);

// True when the reply says the credentials (or the token's clock) were refused.
bool isAuthFailure(const struct soap *soap);

} // namespace pontive::onvif::impl
