#include "url_redaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace pontive::core {

namespace {

// scheme://user:password@  (the password may hold anything but '@' and '/')
const QRegularExpression &credentialPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(([a-zA-Z][a-zA-Z0-9+.\-]*://[^:/@\s]*):([^@/\s]*)@)"));
    return re;
}

} // namespace

QString redactUrl(const QString &url)
{
    QString out = url;
    out.replace(credentialPattern(), QStringLiteral("\\1:***@"));
    return out;
}

QString stripUrlPassword(const QString &url)
{
    QString out = url;
    out.replace(credentialPattern(), QStringLiteral("\\1@"));
    return out;
}

QString withCredentials(const QString &url, const QString &user, const QString &password)
{
    QUrl parsed(url);
    if (user.isEmpty() || !parsed.isValid() || !parsed.userName().isEmpty())
        return url;
    parsed.setUserName(user);
    if (!password.isEmpty())
        parsed.setPassword(password);
    return parsed.toString();
}

QString checkUrl(const QString &url, const QStringList &schemes)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return QCoreApplication::translate("pontive::core::Url", "not a valid URL");
    if (!schemes.contains(parsed.scheme().toLower()))
        return QCoreApplication::translate("pontive::core::Url", "scheme must be one of %1")
            .arg(schemes.join(QStringLiteral(", ")));
    if (parsed.host().isEmpty())
        return QCoreApplication::translate("pontive::core::Url", "no host");
    return {};
}

} // namespace pontive::core
