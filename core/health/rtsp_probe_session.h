#pragma once

#include "camera_probe.h"
#include "rtsp_auth.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <chrono>

namespace pontive::core {

// One probe of one camera: connect, OPTIONS, then DESCRIBE, answering a 401 once with
// Basic or Digest. Reports through `done` once and deletes itself afterwards.
class RtspProbeSession : public QObject
{
    Q_OBJECT
public:
    RtspProbeSession(const ProbeTarget &target, std::chrono::milliseconds timeout, CameraProbe::Done done);
    void start();

private:
    enum class Step { Connecting, Options, Describe, Done };
    // A reply's status code, header lines and body.
    struct Reply {
        int code = 0;
        QList<QByteArray> authenticate;
        QByteArray body;
    };

    void sendRequest(const QByteArray &method);
    void onReadyRead();
    void onReply(const Reply &reply);
    void onSocketError(QAbstractSocket::SocketError error);
    void finish(const ProbeResult &result);
    void fail(ProbeSymptom symptom, const QString &detail);

    QUrl m_url;
    QByteArray m_requestUri;   // the URL without user info
    QString m_redacted;        // for logs
    QString m_user;
    QString m_password;
    std::chrono::milliseconds m_timeout;
    CameraProbe::Done m_done;
    QTcpSocket m_socket;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    QByteArray m_buffer;
    RtspAuth m_auth;
    Step m_step = Step::Connecting;
    QByteArray m_method;
    int m_cseq = 0;
    bool m_authTried = false;
};

} // namespace pontive::core
