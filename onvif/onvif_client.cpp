#include "onvif_client.h"

#include "impl/client_impl.h"

namespace pontive::onvif {

using impl::fromStd;

OnvifClient::OnvifClient(QUrl deviceUrl, OnvifCredentials credentials, OnvifClientOptions options)
    : m_impl(std::make_unique<impl::ClientImpl>(std::move(deviceUrl), std::move(credentials), options))
{
}

OnvifClient::~OnvifClient() = default;

QUrl OnvifClient::deviceUrlFromInput(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    QUrl url = trimmed.contains(QLatin1String("://")) ? QUrl(trimmed) : QUrl(QStringLiteral("http://") + trimmed);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return {};
    if (url.path().isEmpty() || url.path() == QLatin1String("/"))
        url.setPath(QStringLiteral("/onvif/device_service"));  // the path the Core spec fixes
    return url;
}

QUrl OnvifClient::deviceUrl() const
{
    return m_impl->deviceUrl;
}

OnvifQuirks OnvifClient::quirks() const
{
    return m_impl->quirks;
}

void OnvifClient::setQuirks(const OnvifQuirks &quirks)
{
    m_impl->quirks = quirks;
}

Result<std::chrono::seconds> OnvifClient::syncClock()
{
    return m_impl->syncClock();
}

std::optional<std::chrono::seconds> OnvifClient::clockSkew() const
{
    return m_impl->skew;
}

Result<QDateTime> OnvifClient::systemDateTime()
{
    auto skew = m_impl->syncClock();
    if (!skew)
        return std::unexpected(skew.error());
    return QDateTime::currentDateTimeUtc().addSecs(skew->count());
}

Result<OnvifDeviceInfo> OnvifClient::deviceInformation()
{
    _tds__GetDeviceInformation request;
    _tds__GetDeviceInformationResponse response;
    auto status = m_impl->invoke(QStringLiteral("GetDeviceInformation"), m_impl->deviceUrl,
                                 [&](struct soap *soap, const char *url) {
                                     return soap_call___tds__GetDeviceInformation(soap, url, nullptr, &request,
                                                                                  response);
                                 });
    if (!status)
        return std::unexpected(status.error());
    // gSOAP is lenient about required elements; an answer without any is no answer.
    if (response.Manufacturer.empty() && response.Model.empty())
        return fail(ErrorCode::Io, tr("The camera's device information is empty."),
                    QStringLiteral("GetDeviceInformation without Manufacturer and Model"));
    return OnvifDeviceInfo{fromStd(response.Manufacturer), fromStd(response.Model),
                           fromStd(response.FirmwareVersion), fromStd(response.SerialNumber),
                           fromStd(response.HardwareId)};
}

Result<OnvifServices> OnvifClient::services()
{
    if (m_impl->services)
        return *m_impl->services;
    auto loaded = m_impl->loadServices();
    if (loaded)
        m_impl->services = *loaded;
    return loaded;
}

Result<QUrl> OnvifClient::ptzEndpoint()
{
    auto found = services();
    if (!found)
        return std::unexpected(found.error());
    if (!found->ptz.isValid())
        return fail(ErrorCode::NotSupported, tr("The camera has no PTZ service."),
                    QStringLiteral("no PTZ XAddr in GetServices/GetCapabilities"));
    return found->ptz;
}

} // namespace pontive::onvif
