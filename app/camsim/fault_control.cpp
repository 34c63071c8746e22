#include "fault_control.h"

#include "camsim_logging.h"
#include "fault.h"
#include "rtsp_server.h"

#include <QLocalServer>
#include <QLocalSocket>

namespace pontive::camsim {

namespace {
constexpr int kReplyTimeoutMs = 5000;
}

FaultControl::FaultControl(RtspServer &server, QObject *parent)
    : QObject(parent), m_server(server), m_local(new QLocalServer(this))
{
}

QString FaultControl::socketName(quint16 rtspPort)
{
    return QStringLiteral("pontive-camsim-%1").arg(rtspPort);
}

Status FaultControl::listen(quint16 rtspPort)
{
    const QString name = socketName(rtspPort);
    QLocalServer::removeServer(name); // a stale socket of a killed simulator
    if (!m_local->listen(name))
        return fail(ErrorCode::Io, QStringLiteral("cannot open control socket"), m_local->errorString());
    connect(m_local, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_local->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
                while (socket->canReadLine()) {
                    const QString line = QString::fromUtf8(socket->readLine()).trimmed();
                    socket->write(handle(line).toUtf8() + '\n');
                }
            });
        }
    });
    return {};
}

QString FaultControl::handle(const QString &line)
{
    const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() != 2)
        return QStringLiteral("error: expected FAULT CAMERA");
    const auto fault = parseFault(words[0]);
    if (!fault)
        return QStringLiteral("error: unknown fault %1").arg(words[0]);
    bool numeric = false;
    const int number = words[1].toInt(&numeric);
    const QString id = numeric ? QStringLiteral("%1").arg(number, 3, 10, QLatin1Char('0')) : words[1];
    if (auto done = m_server.setFault(id, *fault); !done)
        return QStringLiteral("error: ") + done.error().fullText();
    return QStringLiteral("ok");
}

Status FaultControl::send(quint16 rtspPort, const QString &fault, const QString &camera)
{
    QLocalSocket socket;
    socket.connectToServer(socketName(rtspPort));
    if (!socket.waitForConnected(kReplyTimeoutMs))
        return fail(ErrorCode::Unreachable, QStringLiteral("no simulator on port %1").arg(rtspPort),
                    socket.errorString());
    socket.write((fault + QLatin1Char(' ') + camera + QLatin1Char('\n')).toUtf8());
    socket.flush();
    while (!socket.canReadLine())
        if (!socket.waitForReadyRead(kReplyTimeoutMs))
            return fail(ErrorCode::Timeout, QStringLiteral("the simulator did not answer"));
    const QString reply = QString::fromUtf8(socket.readLine()).trimmed();
    if (reply != QLatin1String("ok"))
        return fail(ErrorCode::BadInput, reply);
    return {};
}

} // namespace pontive::camsim
