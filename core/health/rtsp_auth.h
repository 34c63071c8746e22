#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace pontive::core {

// RTSP authentication (RFC 2617 as RTSP uses it): reads the server's WWW-Authenticate
// challenges and answers Basic or Digest (MD5, with or without qop=auth).
class RtspAuth
{
public:
    enum class Scheme { None, Basic, Digest };

    // Picks Digest over Basic among the challenges; false when none is usable.
    bool setChallenges(const QList<QByteArray> &wwwAuthenticate);
    void setCredentials(const QString &user, const QString &password);
    Scheme scheme() const { return m_scheme; }
    // The Authorization header value for one request; empty without a challenge.
    QByteArray authorization(const QByteArray &method, const QByteArray &uri);
    // For tests: a fixed client nonce instead of a random one.
    void setClientNonce(const QByteArray &cnonce) { m_cnonce = cnonce; }

    static QByteArray digestResponse(const QByteArray &user, const QByteArray &realm, const QByteArray &password,
                                     const QByteArray &method, const QByteArray &uri, const QByteArray &nonce,
                                     const QByteArray &qop, const QByteArray &nc, const QByteArray &cnonce);

private:
    Scheme m_scheme = Scheme::None;
    QByteArray m_user;
    QByteArray m_password;
    QByteArray m_realm;
    QByteArray m_nonce;
    QByteArray m_opaque;
    QByteArray m_algorithm;
    QByteArray m_qop;
    QByteArray m_cnonce;
    int m_nonceCount = 0;
};

} // namespace pontive::core
