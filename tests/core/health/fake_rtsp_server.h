#pragma once

#include <QByteArray>
#include <QHash>
#include <QTcpServer>

namespace pontive::test {

// A small loopback RTSP responder for what the simulator cannot do on demand: digest
// challenges checked byte for byte, garbage, silence, slow answers, and a count of the
// connections open at once.
class FakeRtspServer : public QTcpServer
{
    Q_OBJECT
public:
    enum class Mode { Answer, Garbage, Silent, Unavailable };

    explicit FakeRtspServer(Mode mode = Mode::Answer, QObject *parent = nullptr);
    // Requires Digest (qop=auth) for DESCRIBE with these credentials.
    void requireDigest(const QByteArray &user, const QByteArray &password);
    void setReplyDelayMs(int ms) { m_delayMs = ms; }
    // Closes each connection right after its DESCRIBE reply and stops counting it then.
    void setCloseAfterDescribe(bool close) { m_closeAfterDescribe = close; }
    quint16 port() const { return serverPort(); }
    int openConnections() const { return m_open; }
    int maxOpenConnections() const { return m_maxOpen; }
    int connectionsSeen() const { return m_seen; }
    int authorizedRequests() const { return m_authorized; }

private:
    void onNewConnection();
    void onRequest(QTcpSocket *socket, const QByteArray &request);
    bool authorized(const QByteArray &request, const QByteArray &method) const;

    Mode m_mode;
    QByteArray m_user;
    QByteArray m_password;
    int m_delayMs = 0;
    bool m_closeAfterDescribe = false;
    int m_open = 0;
    int m_maxOpen = 0;
    int m_seen = 0;
    int m_authorized = 0;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace pontive::test
