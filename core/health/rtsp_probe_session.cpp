#include "rtsp_probe_session.h"

#include "health_logging.h"
#include "probe_detail.h"
#include "util/url_redaction.h"

namespace pontive::core {

namespace {

constexpr int kDefaultRtspPort = 554;
// A camera's headers fit in a few hundred bytes; anything this large is not RTSP.
constexpr qsizetype kMaxHeaderBytes = 16 * 1024;
constexpr qsizetype kMaxBodyBytes = 64 * 1024;

} // namespace

RtspProbeSession::RtspProbeSession(const ProbeTarget &target, std::chrono::milliseconds timeout, CameraProbe::Done done)
    : m_url(target.url), m_redacted(redactUrl(target.url)), m_user(target.username), m_password(target.password),
      m_timeout(timeout), m_done(std::move(done))
{
    // Credentials in the URL count when the camera has none of its own.
    if (m_user.isEmpty()) {
        m_user = m_url.userName(QUrl::FullyDecoded);
        m_password = m_url.password(QUrl::FullyDecoded);
    }
    QUrl bare = m_url;
    bare.setUserInfo({});
    m_requestUri = bare.toEncoded();
    m_auth.setCredentials(m_user, m_password);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const char *detail =
            m_step == Step::Connecting ? ProbeDetail::kNoConnectionWithin : ProbeDetail::kNoReplyWithin;
        fail(ProbeSymptom::Timeout, ProbeDetail::make(detail, m_timeout.count()));
    });
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        m_step = Step::Options;
        sendRequest("OPTIONS");
    });
    connect(&m_socket, &QTcpSocket::readyRead, this, &RtspProbeSession::onReadyRead);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, &RtspProbeSession::onSocketError);
}

void RtspProbeSession::start()
{
    m_elapsed.start();
    m_timer.start(m_timeout);
    if (!m_url.isValid() || m_url.host().isEmpty() || !m_url.scheme().startsWith(QLatin1String("rtsp"))) {
        // Finish from the event loop so `done` never runs inside start().
        QTimer::singleShot(0, this, [this] { fail(ProbeSymptom::StreamError, ProbeDetail::make(ProbeDetail::kNotRtspUrl)); });
        return;
    }
    m_socket.connectToHost(m_url.host(), static_cast<quint16>(m_url.port(kDefaultRtspPort)));
}

void RtspProbeSession::sendRequest(const QByteArray &method)
{
    m_method = method;
    m_buffer.clear();
    QByteArray request = method + ' ' + m_requestUri + " RTSP/1.0\r\nCSeq: " + QByteArray::number(++m_cseq)
        + "\r\nUser-Agent: PontiveWall-health\r\n";
    if (method == "DESCRIBE")
        request += "Accept: application/sdp\r\n";
    if (m_auth.scheme() != RtspAuth::Scheme::None)
        request += "Authorization: " + m_auth.authorization(method, m_requestUri) + "\r\n";
    request += "\r\n";
    m_socket.write(request);
}

void RtspProbeSession::onReadyRead()
{
    m_buffer += m_socket.readAll();
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_buffer.size() > kMaxHeaderBytes || (m_buffer.size() >= 5 && !m_buffer.startsWith("RTSP/")))
            fail(ProbeSymptom::StreamError, ProbeDetail::make(ProbeDetail::kNotRtspReply));
        return;
    }
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> status = lines.front().trimmed().split(' ');
    bool numeric = false;
    Reply reply;
    reply.code = status.size() >= 2 ? status[1].toInt(&numeric) : 0;
    if (!status.front().startsWith("RTSP/") || !numeric) {
        fail(ProbeSymptom::StreamError, ProbeDetail::make(ProbeDetail::kNotRtspReply));
        return;
    }
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        if (name == "content-length")
            contentLength = line.mid(colon + 1).trimmed().toLongLong();
        else if (name == "www-authenticate")
            reply.authenticate.append(line.mid(colon + 1).trimmed());
    }
    if (contentLength < 0 || contentLength > kMaxBodyBytes) {
        fail(ProbeSymptom::StreamError, ProbeDetail::make(ProbeDetail::kImplausibleLength));
        return;
    }
    if (m_buffer.size() < headerEnd + 4 + contentLength)
        return; // the body is still on its way
    reply.body = m_buffer.mid(headerEnd + 4, contentLength);
    onReply(reply);
}

void RtspProbeSession::onReply(const Reply &reply)
{
    if (reply.code == 401) {
        if (m_authTried || m_user.isEmpty() || !m_auth.setChallenges(reply.authenticate)) {
            fail(ProbeSymptom::Auth, m_user.isEmpty() ? ProbeDetail::make(ProbeDetail::kWantsCredentials)
                                                      : ProbeDetail::make(ProbeDetail::kCredentialsRejected));
            return;
        }
        m_authTried = true;
        sendRequest(m_method);
        return;
    }
    if (reply.code == 503) {
        fail(ProbeSymptom::Refused, ProbeDetail::make(ProbeDetail::kServiceUnavailable));
        return;
    }
    if (reply.code == 404) {
        fail(ProbeSymptom::NotFound, ProbeDetail::make(ProbeDetail::kNoStreamAtPath));
        return;
    }
    if (m_step == Step::Options) {
        // Some cameras answer OPTIONS oddly but stream fine: DESCRIBE decides.
        m_step = Step::Describe;
        sendRequest("DESCRIBE");
        return;
    }
    if (reply.code != 200) {
        fail(ProbeSymptom::StreamError, ProbeDetail::make(ProbeDetail::kDescribeAnswered, reply.code));
        return;
    }
    if (!reply.body.contains("m=video") && !reply.body.contains("m=audio")) {
        fail(ProbeSymptom::StreamError, ProbeDetail::make(ProbeDetail::kNoMediaDescription));
        return;
    }
    finish(ProbeResult::success(std::chrono::milliseconds(m_elapsed.elapsed())));
}

void RtspProbeSession::onSocketError(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        fail(ProbeSymptom::Refused, ProbeDetail::make(ProbeDetail::kConnectionRefused));
        break;
    case QAbstractSocket::HostNotFoundError:
        fail(ProbeSymptom::Unreachable, ProbeDetail::make(ProbeDetail::kHostNotFound));
        break;
    case QAbstractSocket::NetworkError:
        fail(ProbeSymptom::Unreachable, ProbeDetail::make(ProbeDetail::kNetworkUnreachable));
        break;
    case QAbstractSocket::SocketTimeoutError:
        fail(ProbeSymptom::Timeout, ProbeDetail::make(ProbeDetail::kSocketTimeout));
        break;
    case QAbstractSocket::RemoteHostClosedError:
        fail(ProbeSymptom::StreamError, ProbeDetail::make(ProbeDetail::kCameraClosed));
        break;
    default: fail(ProbeSymptom::StreamError, m_socket.errorString()); break;
    }
}

void RtspProbeSession::fail(ProbeSymptom symptom, const QString &detail)
{
    finish(ProbeResult::failure(symptom, detail, std::chrono::milliseconds(m_elapsed.elapsed())));
}

void RtspProbeSession::finish(const ProbeResult &result)
{
    if (m_step == Step::Done)
        return;
    m_step = Step::Done;
    m_timer.stop();
    m_socket.disconnect(this);
    m_socket.abort();
    if (result.ok)
        qCDebug(lcHealth).noquote() << "probe ok" << m_redacted << result.elapsed.count() << "ms";
    else
        qCInfo(lcHealth).noquote() << "probe failed" << m_redacted << toKey(result.symptom) << result.detail;
    auto done = std::move(m_done);
    deleteLater();
    if (done)
        done(result);
}

} // namespace pontive::core
