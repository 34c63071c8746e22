#include "impl/sim_auth.h"

#include "impl/sim_server_impl.h"
#include "onvif_logging.h"

#include "httpda.h"
#include "soapH.h"
#include "wsseapi.h"

#include <QCryptographicHash>

#include <cstring>

namespace pontive::onvif::impl {

namespace {

constexpr auto kRealm = "pontive-sim";
constexpr auto kDigestType =
    "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest";

enum class TokenCheck { Absent, Valid, Invalid };

TokenCheck checkToken(struct soap *soap, const SimCameraConfig &config, const OnvifCredentials &credentials)
{
    const _wsse__UsernameToken *token = soap_wsse_UsernameToken(soap, nullptr);
    if (!token)
        return TokenCheck::Absent;
    if (!token->Username || !token->Password || !token->Password->__item || !token->Nonce || !token->Nonce->__item
        || !token->wsu__Created)
        return TokenCheck::Invalid;
    if (token->Password->Type && std::strcmp(token->Password->Type, kDigestType) != 0)
        return TokenCheck::Invalid;  // plain-text passwords are refused, as cameras do
    if (QByteArray(token->Username) != credentials.user.toUtf8())
        return TokenCheck::Invalid;
    const QDateTime cameraNow = QDateTime::currentDateTimeUtc().addSecs(config.clockSkew.count());
    return verifyUsernameTokenDigest(token->Nonce->__item, token->wsu__Created, credentials.password.toUtf8(),
                                     token->Password->__item, cameraNow, OnvifSimServer::kTokenWindow)
             ? TokenCheck::Valid
             : TokenCheck::Invalid;
}

bool checkDigest(struct soap *soap, const OnvifCredentials &credentials)
{
    if (!soap->authrealm || !soap->userid || std::strcmp(soap->authrealm, kRealm) != 0)
        return false;
    if (QByteArray(soap->userid) != credentials.user.toUtf8())
        return false;
    return http_da_verify_post(soap, credentials.password.toUtf8().constData()) == SOAP_OK;
}

} // namespace

bool verifyUsernameTokenDigest(const QByteArray &nonceBase64, const QByteArray &created, const QByteArray &password,
                               const QByteArray &digestBase64, const QDateTime &cameraNow,
                               std::chrono::seconds window)
{
    const QDateTime stamp = QDateTime::fromString(QString::fromLatin1(created), Qt::ISODateWithMs);
    if (!stamp.isValid() || std::abs(stamp.msecsTo(cameraNow)) > window.count() * 1000)
        return false;
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    sha1.addData(QByteArray::fromBase64(nonceBase64));
    sha1.addData(created);
    sha1.addData(password);
    return sha1.result().toBase64() == digestBase64;
}

int authorizeRequest(struct soap *soap, const SimCameraConfig &config, const OnvifCredentials &credentials)
{
    if (credentials.isEmpty())
        return SOAP_OK;
    TokenCheck token = TokenCheck::Absent;
    if (config.authMode != SimAuthMode::DigestOnly) {
        token = checkToken(soap, config, credentials);
        if (token == TokenCheck::Valid)
            return SOAP_OK;
    }
    if (config.authMode != SimAuthMode::WsseOnly && checkDigest(soap, credentials))
        return SOAP_OK;
    if (token == TokenCheck::Invalid || config.authMode == SimAuthMode::WsseOnly) {
        qCDebug(lcOnvif) << "ONVIF simulator refused a WS-UsernameToken";
        soap->header = nullptr;  // do not echo the token back
        return soap_sender_fault_subcode(soap, "ter:NotAuthorized", "Sender not authorized", nullptr);
    }
    soap->header = nullptr;
    soap->authrealm = kRealm;  // http_da adds the WWW-Authenticate: Digest challenge
    return 401;
}

SimCamera *beginRequest(struct soap *soap, int *result, SimCameraConfig *config, bool authenticate)
{
    SimServerImpl *server = simServer(soap);
    SimCamera *camera = server ? server->cameraForPath(soap->path) : nullptr;
    if (!camera) {
        soap->header = nullptr;
        *result = soap_sender_fault(soap, "No such camera on this simulator", soap->path);
        return nullptr;
    }
    ++server->requests;
    *config = camera->snapshot();
    if (authenticate) {
        if (const int rc = authorizeRequest(soap, *config, server->credentials); rc != SOAP_OK) {
            *result = rc;
            return nullptr;
        }
    }
    soap->header = nullptr;  // the reply carries no security header
    *result = SOAP_OK;
    return camera;
}

} // namespace pontive::onvif::impl
