#include "rtsp_auth.h"

#include <QCryptographicHash>
#include <QMap>
#include <QRandomGenerator>

namespace pontive::core {

namespace {

QByteArray md5Hex(const QByteArray &text)
{
    return QCryptographicHash::hash(text, QCryptographicHash::Md5).toHex();
}

// `Digest realm="a, b", nonce="x", qop="auth,auth-int"` -> {realm: "a, b", ...}
QMap<QByteArray, QByteArray> parseParams(const QByteArray &text)
{
    QMap<QByteArray, QByteArray> params;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && (text[i] == ' ' || text[i] == ','))
            ++i;
        const qsizetype eq = text.indexOf('=', i);
        if (eq < 0)
            break;
        const QByteArray key = text.mid(i, eq - i).trimmed().toLower();
        i = eq + 1;
        QByteArray value;
        if (i < n && text[i] == '"') {
            ++i;
            while (i < n && text[i] != '"') {
                if (text[i] == '\\' && i + 1 < n)
                    ++i;
                value += text[i++];
            }
            ++i;
        } else {
            const qsizetype comma = text.indexOf(',', i);
            const qsizetype end = comma < 0 ? n : comma;
            value = text.mid(i, end - i).trimmed();
            i = end;
        }
        params.insert(key, value);
    }
    return params;
}

} // namespace

bool RtspAuth::setChallenges(const QList<QByteArray> &wwwAuthenticate)
{
    m_scheme = Scheme::None;
    for (const QByteArray &raw : wwwAuthenticate) {
        const QByteArray challenge = raw.trimmed();
        if (challenge.left(7).toLower() == "digest ") {
            const auto params = parseParams(challenge.mid(7));
            const QByteArray algorithm = params.value("algorithm", "MD5");
            if (algorithm.toUpper() != "MD5" || !params.contains("nonce"))
                continue;
            m_scheme = Scheme::Digest;
            m_realm = params.value("realm");
            m_nonce = params.value("nonce");
            m_opaque = params.value("opaque");
            m_algorithm = params.contains("algorithm") ? algorithm : QByteArray();
            // Only qop=auth is answered; auth-int needs the body.
            m_qop = params.value("qop").split(',').contains("auth") ? QByteArray("auth") : QByteArray();
            m_nonceCount = 0;
            return true;
        }
        if (challenge.left(5).toLower() == "basic" && m_scheme == Scheme::None)
            m_scheme = Scheme::Basic;
    }
    return m_scheme != Scheme::None;
}

void RtspAuth::setCredentials(const QString &user, const QString &password)
{
    m_user = user.toUtf8();
    m_password = password.toUtf8();
}

QByteArray RtspAuth::authorization(const QByteArray &method, const QByteArray &uri)
{
    if (m_scheme == Scheme::Basic)
        return "Basic " + QByteArray(m_user + ':' + m_password).toBase64();
    if (m_scheme != Scheme::Digest)
        return {};
    QByteArray nc;
    if (!m_qop.isEmpty()) {
        ++m_nonceCount;
        nc = QByteArray::number(m_nonceCount, 16).rightJustified(8, '0');
        if (m_cnonce.isEmpty())
            m_cnonce = QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    }
    const QByteArray response =
        digestResponse(m_user, m_realm, m_password, method, uri, m_nonce, m_qop, nc, m_cnonce);
    QByteArray header = "Digest username=\"" + m_user + "\", realm=\"" + m_realm + "\", nonce=\"" + m_nonce
        + "\", uri=\"" + uri + "\", response=\"" + response + '"';
    if (!m_algorithm.isEmpty())
        header += ", algorithm=" + m_algorithm;
    if (!m_opaque.isEmpty())
        header += ", opaque=\"" + m_opaque + '"';
    if (!m_qop.isEmpty())
        header += ", qop=" + m_qop + ", nc=" + nc + ", cnonce=\"" + m_cnonce + '"';
    return header;
}

QByteArray RtspAuth::digestResponse(const QByteArray &user, const QByteArray &realm, const QByteArray &password,
                                    const QByteArray &method, const QByteArray &uri, const QByteArray &nonce,
                                    const QByteArray &qop, const QByteArray &nc, const QByteArray &cnonce)
{
    const QByteArray ha1 = md5Hex(user + ':' + realm + ':' + password);
    const QByteArray ha2 = md5Hex(method + ':' + uri);
    if (qop.isEmpty())
        return md5Hex(ha1 + ':' + nonce + ':' + ha2);
    return md5Hex(ha1 + ':' + nonce + ':' + nc + ':' + cnonce + ':' + qop + ':' + ha2);
}

} // namespace pontive::core
