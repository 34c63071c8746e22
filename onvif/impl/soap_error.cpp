#include "impl/soap_error.h"

#include "soapH.h"

#include <QCoreApplication>

namespace pontive::onvif::impl {

namespace {

// Strings are marked with QT_TRANSLATE_NOOP so lupdate files them under OnvifClient.
QString tr(const char *text)
{
    return QCoreApplication::translate("OnvifClient", text);
}

QString utf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

QString faultText(const struct soap *soap)
{
    // soap_fault_* take a non-const soap, but only read the stored fault.
    auto *s = const_cast<struct soap *>(soap);
    QString text = utf8(*soap_faultstring(s));
    if (const char **detail = soap_faultdetail(s); detail && *detail && **detail)
        text += QStringLiteral(" / ") + utf8(*detail);
    // A detail can be a whole HTML or SOAP page; the first line or so is enough.
    constexpr qsizetype kMaxText = 240;
    text = text.simplified();
    if (text.size() > kMaxText)
        text = text.left(kMaxText) + QStringLiteral("...");
    return text;
}

QString faultSubcode(const struct soap *soap)
{
    auto *s = const_cast<struct soap *>(soap);
    QString codes;
    if (const char *sub = soap_fault_subcode(s))
        codes += utf8(sub);
    if (const char *code = soap_fault_string(s))
        codes += QLatin1Char(' ') + utf8(code);
    return codes;
}

bool containsAny(const QString &text, std::initializer_list<QLatin1StringView> needles)
{
    for (QLatin1StringView needle : needles)
        if (text.contains(needle, Qt::CaseInsensitive))
            return true;
    return false;
}

bool isFault(int error)
{
    return error == SOAP_FAULT || error == SOAP_CLI_FAULT || error == SOAP_SVR_FAULT;
}

} // namespace

bool isAuthFailure(const struct soap *soap)
{
    if (soap->error == 401 || soap->error == 403)
        return true;
    if (!isFault(soap->error))
        return false;
    const QString text = faultSubcode(soap);
    return containsAny(text, {QLatin1StringView("NotAuthorized"), QLatin1StringView("FailedAuthentication"),
                              QLatin1StringView("InvalidSecurity"), QLatin1StringView("FailedCheck"),
                              QLatin1StringView("not authorized"), QLatin1StringView("SecurityTokenUnavailable")});
}

Error translateSoapError(const struct soap *soap, const QString &operation, std::chrono::milliseconds elapsed,
                         std::chrono::milliseconds ioTimeout)
{
    const int code = soap->error;
    const QString detail = QStringLiteral("%1: gSOAP error %2, errno %3, %4")
                               .arg(operation)
                               .arg(code)
                               .arg(soap->errnum)
                               .arg(faultText(soap) + QLatin1Char(' ') + faultSubcode(soap));
    const bool ranOutOfTime = elapsed >= ioTimeout - std::chrono::milliseconds(250);

    if (code == SOAP_TCP_ERROR || code == SOAP_UDP_ERROR || code == SOAP_SSL_ERROR) {
        if (ranOutOfTime || containsAny(faultText(soap), {QLatin1StringView("timed out")}))
            return Error::make(ErrorCode::Timeout, tr(QT_TRANSLATE_NOOP("OnvifClient", "The camera did not answer in time.")), detail);
        return Error::make(ErrorCode::Unreachable, tr(QT_TRANSLATE_NOOP("OnvifClient", "The camera cannot be reached.")), detail);
    }
    if (code == SOAP_EOF) {
        if (soap->recv_maxlength && soap->length > soap->recv_maxlength)
            return Error::make(ErrorCode::Io, tr(QT_TRANSLATE_NOOP("OnvifClient", "The camera's reply is too large.")), detail);
        if (soap->errnum == 0 && ranOutOfTime)
            return Error::make(ErrorCode::Timeout, tr(QT_TRANSLATE_NOOP("OnvifClient", "The camera did not answer in time.")), detail);
        // Headers arrived (status set), then the body ended early or was cut off.
        if (soap->status >= 200)
            return Error::make(ErrorCode::Io, tr(QT_TRANSLATE_NOOP("OnvifClient", "The camera's reply was cut off or could not be read.")), detail);
        return Error::make(ErrorCode::Unreachable, tr(QT_TRANSLATE_NOOP("OnvifClient", "The camera closed the connection.")), detail);
    }
    if (isAuthFailure(soap))
        return Error::make(ErrorCode::NotAuthorized,
                           tr(QT_TRANSLATE_NOOP("OnvifClient", "The camera refused the user name or password.")), detail);
    if (code == 404 || code == 405 || code == 501 || code == SOAP_NO_METHOD)
        return Error::make(ErrorCode::NotSupported, tr(QT_TRANSLATE_NOOP("OnvifClient", "The camera does not support this request.")), detail);
    if (isFault(code)) {
        const QString text = faultText(soap);
        if (containsAny(faultSubcode(soap) + text,
                        {QLatin1StringView("ActionNotSupported"), QLatin1StringView("NotSupported"),
                         QLatin1StringView("NoSuchService"), QLatin1StringView("not implemented")}))
            return Error::make(ErrorCode::NotSupported, tr(QT_TRANSLATE_NOOP("OnvifClient", "The camera does not support this request: %1")).arg(text),
                               detail);
        return Error::make(ErrorCode::Refused, tr(QT_TRANSLATE_NOOP("OnvifClient", "The camera refused the request: %1")).arg(text), detail);
    }
    if (code == SOAP_LENGTH || code == SOAP_EOM)
        return Error::make(ErrorCode::Io, tr(QT_TRANSLATE_NOOP("OnvifClient", "The camera's reply is too large.")), detail);
    if (code >= 100 && code < 600)
        return Error::make(ErrorCode::Io, tr(QT_TRANSLATE_NOOP("OnvifClient", "The camera answered with HTTP status %1.")).arg(code), detail);
    return Error::make(ErrorCode::Io, tr(QT_TRANSLATE_NOOP("OnvifClient", "The camera's reply could not be read.")), detail);
}

} // namespace pontive::onvif::impl
