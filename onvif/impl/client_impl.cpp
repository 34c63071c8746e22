#include "impl/client_impl.h"

#include "impl/soap_error.h"
#include "onvif_logging.h"

#include "wsseapi.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <ctime>

namespace pontive::onvif::impl {

namespace {
constexpr auto kDeviceNs = "http://www.onvif.org/ver10/device/wsdl";
constexpr auto kMediaNs = "http://www.onvif.org/ver10/media/wsdl";
constexpr auto kMedia2Ns = "http://www.onvif.org/ver20/media/wsdl";
constexpr auto kPtzNs = "http://www.onvif.org/ver20/ptz/wsdl";
} // namespace

ClientImpl::ClientImpl(QUrl url, OnvifCredentials creds, OnvifClientOptions opts)
    : deviceUrl(std::move(url)), credentials(std::move(creds)), options(opts), context(opts)
{
}

ClientImpl::~ClientImpl()
{
    if (digestActive)
        http_da_release(context.get(), &digest);
}

void ClientImpl::prepare(bool authenticate)
{
    context.reset();
    struct soap *soap = context.get();
    if (!authenticate || credentials.isEmpty())
        return;
    const QByteArray user = credentials.user.toUtf8();
    const QByteArray password = credentials.password.toUtf8();
    // Stamp the token with the camera's clock: a server accepts ~300 s around Created.
    const time_t now = std::time(nullptr) + static_cast<time_t>(skew.value_or(std::chrono::seconds(0)).count());
    soap_wsse_add_UsernameTokenDigest_at(soap, "Auth", user.constData(), password.constData(), now);
    if (digestActive)
        http_da_restore(soap, &digest);
}

Status ClientImpl::invoke(const QString &operation, const QUrl &endpoint,
                          const std::function<int(struct soap *, const char *)> &call, bool authenticate)
{
    if (authenticate && !credentials.isEmpty() && !skew) {
        // Without the camera's time a token from a machine with a right clock is refused
        // by a camera with a wrong one; a failed read leaves the local clock in use.
        if (auto synced = syncClock(); !synced) {
            const ErrorCode code = synced.error().code;
            if (code == ErrorCode::Unreachable || code == ErrorCode::Timeout)
                return std::unexpected(synced.error());
            // Some cameras want credentials even for the clock: use ours, and let the
            // resync on an auth fault try again rather than every call.
            qCDebug(lcOnvif) << "clock sync failed before" << operation << synced.error().detail;
            skew = std::chrono::seconds(0);
        }
    }
    const QByteArray url = endpoint.toString(QUrl::FullyEncoded).toUtf8();
    bool triedDigest = false;
    bool resynced = false;
    for (;;) {
        prepare(authenticate);
        struct soap *soap = context.get();
        QElapsedTimer timer;
        timer.start();
        if (call(soap, url.constData()) == SOAP_OK)
            return {};
        const std::chrono::milliseconds elapsed(timer.elapsed());
        const bool canAuth = authenticate && !credentials.isEmpty();
        if (canAuth && soap->error == 401 && !triedDigest && soap->authrealm) {
            triedDigest = true;
            if (digestActive)
                http_da_release(soap, &digest);
            http_da_save(soap, &digest, soap->authrealm, credentials.user.toUtf8().constData(),
                         credentials.password.toUtf8().constData());
            digestActive = true;
            qCDebug(lcOnvif) << operation << "answered 401, retrying with HTTP digest";
            continue;
        }
        Error error = translateSoapError(soap, operation, elapsed, options.ioTimeout);
        if (canAuth && error.code == ErrorCode::NotAuthorized && !resynced) {
            resynced = true;
            qCDebug(lcOnvif) << operation << "authentication fault, resyncing the clock once";
            if (syncClock())
                continue;
        }
        qCInfo(lcOnvif).noquote() << endpoint.toString(QUrl::RemoveUserInfo) << error.detail;
        return std::unexpected(std::move(error));
    }
}

Result<std::chrono::seconds> ClientImpl::syncClock()
{
    _tds__GetSystemDateAndTime request;
    _tds__GetSystemDateAndTimeResponse response;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    auto status = invoke(QStringLiteral("GetSystemDateAndTime"), deviceUrl,
                         [&](struct soap *soap, const char *url) {
                             return soap_call___tds__GetSystemDateAndTime(soap, url, nullptr, &request, response);
                         },
                         false);
    if (!status)
        return std::unexpected(status.error());
    const tt__SystemDateTime *value = response.SystemDateAndTime;
    // Cameras that omit UTC usually have their local time right: better than nothing.
    QDateTime camera = value ? fromSoap(value->UTCDateTime) : QDateTime();
    if (!camera.isValid() && value)
        camera = fromSoap(value->LocalDateTime);
    if (!camera.isValid())
        return fail(ErrorCode::Io, QCoreApplication::translate("OnvifClient",
                                                               "The camera did not report its clock."),
                    QStringLiteral("GetSystemDateAndTime without UTCDateTime"));
    // Half the round trip: the camera read its clock while we were waiting.
    const QDateTime middle = before.addMSecs(before.msecsTo(QDateTime::currentDateTimeUtc()) / 2);
    skew = std::chrono::seconds(middle.secsTo(camera));
    qCDebug(lcOnvif) << deviceUrl.host() << "clock skew" << skew->count() << "s";
    return *skew;
}

QUrl ClientImpl::rewriteXAddr(const QString &xaddr) const
{
    QUrl url(xaddr.trimmed());
    if (!url.isValid() || url.host().isEmpty())
        return {};
    // Behind NAT a camera reports its inside address; a different host than the one the
    // user reached it by is treated as unreachable: keep its path, use the user's host.
    if (url.host().compare(deviceUrl.host(), Qt::CaseInsensitive) != 0) {
        QUrl rewritten = deviceUrl;
        rewritten.setPath(url.path());
        rewritten.setQuery(url.query());
        qCDebug(lcOnvif) << "service address" << url.toString() << "rewritten to" << rewritten.toString();
        return rewritten;
    }
    return url;
}

Result<OnvifServices> ClientImpl::loadServices()
{
    OnvifServices out;
    out.device = deviceUrl;
    {
        _tds__GetServices request;
        request.IncludeCapability = false;
        _tds__GetServicesResponse response;
        auto status = invoke(QStringLiteral("GetServices"), deviceUrl, [&](struct soap *soap, const char *url) {
            return soap_call___tds__GetServices(soap, url, nullptr, &request, response);
        });
        if (status) {
            for (const tds__Service *service : response.Service) {
                if (!service)
                    continue;
                const QUrl url = rewriteXAddr(fromStd(service->XAddr));
                if (service->Namespace == kMediaNs)
                    out.media = url;
                else if (service->Namespace == kMedia2Ns)
                    out.media2 = url;
                else if (service->Namespace == kPtzNs)
                    out.ptz = url;
                else if (service->Namespace == kDeviceNs && url.isValid())
                    out.device = url;
            }
            return out;
        }
        const ErrorCode code = status.error().code;
        if (code == ErrorCode::Unreachable || code == ErrorCode::Timeout || code == ErrorCode::NotAuthorized)
            return std::unexpected(status.error());
    }
    // Older cameras: GetCapabilities (no Media2 there).
    _tds__GetCapabilities request;
    request.Category.push_back("All");
    _tds__GetCapabilitiesResponse response;
    auto status = invoke(QStringLiteral("GetCapabilities"), deviceUrl, [&](struct soap *soap, const char *url) {
        return soap_call___tds__GetCapabilities(soap, url, nullptr, &request, response);
    });
    if (!status)
        return std::unexpected(status.error());
    if (const tt__Capabilities *caps = response.Capabilities) {
        if (caps->Media)
            out.media = rewriteXAddr(fromStd(caps->Media->XAddr));
        if (caps->PTZ)
            out.ptz = rewriteXAddr(fromStd(caps->PTZ->XAddr));
    }
    return out;
}

} // namespace pontive::onvif::impl
