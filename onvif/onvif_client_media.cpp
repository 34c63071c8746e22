// OnvifClient: profiles, stream and snapshot URIs (Media2 first, Media as fallback).
#include "onvif_client.h"

#include "impl/client_impl.h"
#include "onvif_logging.h"

#include <algorithm>

namespace pontive::onvif {

using impl::fromStd;
using impl::toStd;

namespace {

bool isFatal(const Error &error)
{
    return error.code == ErrorCode::Unreachable || error.code == ErrorCode::Timeout
        || error.code == ErrorCode::NotAuthorized;
}

Result<QList<OnvifProfile>> media2Profiles(impl::ClientImpl &client, const QUrl &endpoint)
{
    _tr2__GetProfiles request;
    request.Type.push_back("All");
    _tr2__GetProfilesResponse response;
    auto status = client.invoke(QStringLiteral("Media2.GetProfiles"), endpoint, [&](struct soap *soap, const char *url) {
        return soap_call___tr2__GetProfiles(soap, url, nullptr, &request, response);
    });
    if (!status)
        return std::unexpected(status.error());
    QList<OnvifProfile> out;
    for (const tr2__MediaProfile *profile : response.Profiles) {
        if (!profile || profile->token.empty())
            continue;
        OnvifProfile value{fromStd(profile->token), fromStd(profile->Name), {}, {}, {}, {}, true};
        if (const tr2__ConfigurationSet *set = profile->Configurations) {
            if (const tt__VideoEncoder2Configuration *encoder = set->VideoEncoder) {
                value.encoding = fromStd(encoder->Encoding);
                if (encoder->Resolution)
                    value.resolution = QSize(encoder->Resolution->Width, encoder->Resolution->Height);
            }
            if (set->PTZ) {
                value.ptzConfigurationToken = fromStd(set->PTZ->token);
                value.ptzNodeToken = fromStd(set->PTZ->NodeToken);
            }
        }
        out.append(value);
    }
    return out;
}

Result<QList<OnvifProfile>> mediaProfiles(impl::ClientImpl &client, const QUrl &endpoint)
{
    _trt__GetProfiles request;
    _trt__GetProfilesResponse response;
    auto status = client.invoke(QStringLiteral("Media.GetProfiles"), endpoint, [&](struct soap *soap, const char *url) {
        return soap_call___trt__GetProfiles(soap, url, nullptr, &request, response);
    });
    if (!status)
        return std::unexpected(status.error());
    QList<OnvifProfile> out;
    for (const tt__Profile *profile : response.Profiles) {
        if (!profile || profile->token.empty())
            continue;
        OnvifProfile value{fromStd(profile->token), fromStd(profile->Name), {}, {}, {}, {}, false};
        if (const tt__VideoEncoderConfiguration *encoder = profile->VideoEncoderConfiguration) {
            value.encoding = fromStd(encoder->Encoding);
            if (encoder->Resolution)
                value.resolution = QSize(encoder->Resolution->Width, encoder->Resolution->Height);
        }
        if (profile->PTZConfiguration) {
            value.ptzConfigurationToken = fromStd(profile->PTZConfiguration->token);
            value.ptzNodeToken = fromStd(profile->PTZConfiguration->NodeToken);
        }
        out.append(value);
    }
    return out;
}

} // namespace

Result<QList<OnvifProfile>> OnvifClient::profiles()
{
    if (m_impl->profiles)
        return *m_impl->profiles;
    auto endpoints = services();
    if (!endpoints)
        return std::unexpected(endpoints.error());
    if (endpoints->media2.isValid()) {
        auto loaded = media2Profiles(*m_impl, endpoints->media2);
        if (loaded && !loaded->isEmpty()) {
            m_impl->profiles = *loaded;
            return loaded;
        }
        if (!loaded && isFatal(loaded.error()))
            return loaded;
        qCDebug(lcOnvif) << "Media2 profiles unusable, falling back to Media";
    }
    if (!endpoints->media.isValid())
        return fail(ErrorCode::NotSupported, tr("The camera has no media service."),
                    QStringLiteral("no Media or Media2 XAddr"));
    auto loaded = mediaProfiles(*m_impl, endpoints->media);
    if (loaded)
        m_impl->profiles = *loaded;
    return loaded;
}

Result<QUrl> OnvifClient::streamUri(const QString &profileToken)
{
    auto all = profiles();
    if (!all)
        return std::unexpected(all.error());
    const auto profile = std::ranges::find(*all, profileToken, &OnvifProfile::token);
    const bool media2 = profile != all->end() && profile->fromMedia2;
    QString uri;
    Status status;
    if (media2) {
        _tr2__GetStreamUri request;
        request.Protocol = "RtspUnicast";
        request.ProfileToken = toStd(profileToken);
        _tr2__GetStreamUriResponse response;
        status = m_impl->invoke(QStringLiteral("Media2.GetStreamUri"), m_impl->services->media2,
                                [&](struct soap *soap, const char *url) {
                                    return soap_call___tr2__GetStreamUri(soap, url, nullptr, &request, response);
                                });
        uri = fromStd(response.Uri);
    } else {
        tt__Transport transport;
        transport.Protocol = "RTSP";
        tt__StreamSetup setup;
        setup.Stream = "RTP-Unicast";
        setup.Transport = &transport;
        _trt__GetStreamUri request;
        request.StreamSetup = &setup;
        request.ProfileToken = toStd(profileToken);
        _trt__GetStreamUriResponse response;
        status = m_impl->invoke(QStringLiteral("Media.GetStreamUri"), m_impl->services->media,
                                [&](struct soap *soap, const char *url) {
                                    return soap_call___trt__GetStreamUri(soap, url, nullptr, &request, response);
                                });
        if (status && response.MediaUri)
            uri = fromStd(response.MediaUri->Uri);
    }
    if (!status)
        return std::unexpected(status.error());
    const QUrl url(uri);
    if (!url.isValid() || url.scheme().isEmpty())
        return fail(ErrorCode::Io, tr("The camera returned no usable stream address."), uri);
    return url;
}

Result<QUrl> OnvifClient::snapshotUri(const QString &profileToken)
{
    auto all = profiles();
    if (!all)
        return std::unexpected(all.error());
    QString uri;
    Status status;
    if (m_impl->services->media.isValid()) {
        _trt__GetSnapshotUri request;
        request.ProfileToken = toStd(profileToken);
        _trt__GetSnapshotUriResponse response;
        status = m_impl->invoke(QStringLiteral("Media.GetSnapshotUri"), m_impl->services->media,
                                [&](struct soap *soap, const char *url) {
                                    return soap_call___trt__GetSnapshotUri(soap, url, nullptr, &request, response);
                                });
        if (status && response.MediaUri)
            uri = fromStd(response.MediaUri->Uri);
    } else {
        _tr2__GetSnapshotUri request;
        request.ProfileToken = toStd(profileToken);
        _tr2__GetSnapshotUriResponse response;
        status = m_impl->invoke(QStringLiteral("Media2.GetSnapshotUri"), m_impl->services->media2,
                                [&](struct soap *soap, const char *url) {
                                    return soap_call___tr2__GetSnapshotUri(soap, url, nullptr, &request, response);
                                });
        uri = fromStd(response.Uri);
    }
    if (!status)
        return std::unexpected(status.error());
    const QUrl url(uri);
    if (!url.isValid() || url.scheme().isEmpty())
        return fail(ErrorCode::Io, tr("The camera returned no usable snapshot address."), uri);
    return url;
}

Result<OnvifStreamUris> OnvifClient::streamUris()
{
    auto all = profiles();
    if (!all)
        return std::unexpected(all.error());
    QList<OnvifProfile> video;
    std::ranges::copy_if(*all, std::back_inserter(video), [](const OnvifProfile &p) { return !p.encoding.isEmpty(); });
    if (video.isEmpty())
        video = *all;
    if (video.isEmpty())
        return fail(ErrorCode::NotFound, tr("The camera has no media profile."));
    auto area = [](const OnvifProfile &p) { return qint64(p.resolution.width()) * p.resolution.height(); };
    const auto [smallest, largest] = std::ranges::minmax_element(video, {}, area);
    OnvifStreamUris out;
    out.mainProfileToken = largest->token;
    out.subProfileToken = smallest->token;
    auto main = streamUri(out.mainProfileToken);
    if (!main)
        return std::unexpected(main.error());
    out.main = *main;
    if (out.subProfileToken == out.mainProfileToken) {
        out.sub = out.main;
        return out;
    }
    auto sub = streamUri(out.subProfileToken);
    if (!sub)
        return std::unexpected(sub.error());
    out.sub = *sub;
    return out;
}

} // namespace pontive::onvif
