#pragma once

// gSOAP-facing half of OnvifClient: the context, the authentication state and the one
// retry loop every operation goes through.

#include "error.h"
#include "impl/convert.h"
#include "impl/soap_context.h"
#include "onvif_types.h"

#include "httpda.h"
#include "soapH.h"

#include <QByteArray>

#include <functional>

namespace pontive::onvif::impl {

struct ClientImpl {
    ClientImpl(QUrl url, OnvifCredentials creds, OnvifClientOptions opts);
    ~ClientImpl();

    // Runs `call(soap, endpoint)` with credentials attached; on a 401 retries once with
    // HTTP digest, on an authentication fault resyncs the clock once and retries.
    // `call` returns the gSOAP status; its reply must be read before the next invoke().
    Status invoke(const QString &operation, const QUrl &endpoint,
                  const std::function<int(struct soap *, const char *)> &call, bool authenticate = true);

    Result<std::chrono::seconds> syncClock();
    // A service address with an unreachable host gets the host the user gave.
    QUrl rewriteXAddr(const QString &xaddr) const;
    Result<OnvifServices> loadServices();

    QUrl deviceUrl;
    OnvifCredentials credentials;
    OnvifClientOptions options;
    OnvifQuirks quirks;
    SoapContext context;
    std::optional<std::chrono::seconds> skew;
    http_da_info digest{};
    bool digestActive = false;
    std::optional<OnvifServices> services;
    std::optional<QList<OnvifProfile>> profiles;

private:
    void prepare(bool authenticate);
};

} // namespace pontive::onvif::impl
