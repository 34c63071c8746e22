#pragma once

#include "error.h"

#include <QObject>
#include <QString>

class QLocalServer;

namespace pontive::camsim {

class RtspServer;

// The running simulator's control socket: one line "FAULT CAMERA" in, "ok" or
// "error: ..." out. Named after the RTSP port, so several simulators can run.
class FaultControl : public QObject
{
    Q_OBJECT
public:
    FaultControl(RtspServer &server, QObject *parent = nullptr);
    Status listen(quint16 rtspPort);

    static QString socketName(quint16 rtspPort);
    // The `pontive-camsim ctl` side: sends one command and waits for the answer.
    static Status send(quint16 rtspPort, const QString &fault, const QString &camera);

private:
    QString handle(const QString &line);

    RtspServer &m_server;
    QLocalServer *m_local = nullptr;
};

} // namespace pontive::camsim
