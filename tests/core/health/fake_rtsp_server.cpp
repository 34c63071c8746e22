#include "fake_rtsp_server.h"

#include "health/rtsp_auth.h"

#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

namespace pontive::test {

namespace {

constexpr const char *kRealm = "PontiveFake";
constexpr const char *kNonce = "5f0e9c1d2b3a4c5d";
constexpr const char *kSdp = "v=0\r\no=- 0 0 IN IP4 127.0.0.1\r\ns=fake\r\nt=0 0\r\nm=video 0 RTP/AVP 96\r\n"
                             "a=rtpmap:96 H264/90000\r\n";

QByteArray field(const QByteArray &header, const char *name)
{
    const QRegularExpression re(QStringLiteral("%1=\"?([^\",]*)\"?").arg(QString::fromLatin1(name)));
    return re.match(QString::fromLatin1(header)).captured(1).toLatin1();
}

} // namespace

FakeRtspServer::FakeRtspServer(Mode mode, QObject *parent) : QTcpServer(parent), m_mode(mode)
{
    connect(this, &QTcpServer::newConnection, this, &FakeRtspServer::onNewConnection);
    listen(QHostAddress::LocalHost, 0);
}

void FakeRtspServer::requireDigest(const QByteArray &user, const QByteArray &password)
{
    m_user = user;
    m_password = password;
}

void FakeRtspServer::onNewConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        ++m_seen;
        m_maxOpen = std::max(m_maxOpen, ++m_open);
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (!socket->property("closedByServer").toBool())
                --m_open;
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            QByteArray &buffer = m_buffers[socket];
            buffer += socket->readAll();
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray request = buffer.left(end);
            buffer.remove(0, end + 4);
            if (m_mode == Mode::Silent)
                return;
            if (m_mode == Mode::Garbage) {
                socket->write("HTTP/1.1 418 I'm a teapot\r\n\r\n\x01\x02\x03");
                return;
            }
            if (m_delayMs > 0)
                QTimer::singleShot(m_delayMs, socket, [this, socket, request] { onRequest(socket, request); });
            else
                onRequest(socket, request);
        });
    }
}

bool FakeRtspServer::authorized(const QByteArray &request, const QByteArray &method) const
{
    const QRegularExpression re(QStringLiteral("Authorization: (Digest [^\r\n]*)"));
    const QByteArray header = re.match(QString::fromLatin1(request)).captured(1).toLatin1();
    if (header.isEmpty() || field(header, "username") != m_user || field(header, "nonce") != kNonce)
        return false;
    const QByteArray expected = core::RtspAuth::digestResponse(m_user, kRealm, m_password, method, field(header, "uri"),
                                                               kNonce, field(header, "qop"), field(header, "nc"),
                                                               field(header, "cnonce"));
    return field(header, "response") == expected;
}

void FakeRtspServer::onRequest(QTcpSocket *socket, const QByteArray &request)
{
    const QByteArray method = request.left(request.indexOf(' '));
    const QByteArray cseq = QRegularExpression(QStringLiteral("CSeq: (\\d+)"))
                                .match(QString::fromLatin1(request))
                                .captured(1)
                                .toLatin1();
    QByteArray reply = "RTSP/1.0 200 OK\r\nCSeq: " + cseq + "\r\n";
    if (m_mode == Mode::Unavailable) {
        reply = "RTSP/1.0 503 Service Unavailable\r\nCSeq: " + cseq + "\r\n\r\n";
    } else if (method == "OPTIONS") {
        reply += "Public: OPTIONS, DESCRIBE, SETUP, PLAY, TEARDOWN\r\n\r\n";
    } else if (!m_user.isEmpty() && !authorized(request, method)) {
        reply = "RTSP/1.0 401 Unauthorized\r\nCSeq: " + cseq + "\r\nWWW-Authenticate: Basic realm=\"" + kRealm
            + "\"\r\nWWW-Authenticate: Digest realm=\"" + kRealm + "\", nonce=\"" + kNonce
            + "\", qop=\"auth\", algorithm=MD5\r\n\r\n";
    } else {
        if (!m_user.isEmpty())
            ++m_authorized;
        reply += "Content-Type: application/sdp\r\nContent-Length: " + QByteArray::number(qstrlen(kSdp)) + "\r\n\r\n" + kSdp;
    }
    socket->write(reply);
    if (m_closeAfterDescribe && method == "DESCRIBE") {
        socket->setProperty("closedByServer", true);
        --m_open;
        socket->disconnectFromHost();
    }
}

} // namespace pontive::test
