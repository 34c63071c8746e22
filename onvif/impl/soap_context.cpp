#include "impl/soap_context.h"

#include "httpda.h"
#include "soapH.h"

#include <mutex>

namespace pontive::onvif::impl {

namespace {
// gSOAP: positive timeouts are seconds, negative ones microseconds.
int toSoapTimeout(std::chrono::milliseconds value)
{
    return value.count() <= 0 ? 0 : -static_cast<int>(std::min<qint64>(value.count() * 1000, 2'000'000'000));
}
} // namespace

SoapContext::SoapContext(const OnvifClientOptions &options, Kind kind)
{
    const soap_mode mode = kind == Kind::Udp ? SOAP_IO_UDP : (SOAP_IO_KEEPALIVE | SOAP_C_UTFSTRING);
    m_soap = soap_new1(mode);
    soap_set_namespaces(m_soap, namespaces);  // impl/namespaces.cpp
    applyLimits(m_soap, options);
    if (kind == Kind::HttpClient) {
        soap_register_plugin(m_soap, http_da);
        // https:// cameras: their certificates are self-signed almost everywhere, so the
        // channel is encrypted but the camera is not authenticated (as in other VMSs);
        // HTTP digest / WS-UsernameToken still protect the password.
        static std::once_flag sslInit;
        std::call_once(sslInit, [] { soap_ssl_init(); });
        soap_ssl_client_context(m_soap, SOAP_SSL_NO_AUTHENTICATION | SOAP_TLSv1, nullptr, nullptr, nullptr, nullptr,
                                nullptr);
    }
}

SoapContext::~SoapContext()
{
    soap_destroy(m_soap);
    soap_end(m_soap);
    soap_free(m_soap);
}

void SoapContext::reset()
{
    soap_destroy(m_soap);
    soap_end(m_soap);
    m_soap->header = nullptr;
}

void SoapContext::applyLimits(struct soap *soap, const OnvifClientOptions &options)
{
    soap->connect_timeout = toSoapTimeout(options.connectTimeout);
    soap->send_timeout = toSoapTimeout(options.ioTimeout);
    soap->recv_timeout = toSoapTimeout(options.ioTimeout);
    // Bounds the whole exchange too, so a server trickling bytes cannot hold us forever.
    soap->transfer_timeout = toSoapTimeout(options.ioTimeout * 2);
    soap->recv_maxlength = static_cast<ULONG64>(options.maxReplyBytes);
    soap->maxlevel = 64;
    soap->maxoccurs = 10000;
}

} // namespace pontive::onvif::impl
