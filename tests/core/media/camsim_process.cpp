#include "camsim_process.h"

#include <QCoreApplication>
#include <QDir>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QRegularExpression>

#include <csignal>

#include <sys/prctl.h>

namespace pontive::test {

namespace {
// First run encodes the clips (cached afterwards in ~/.cache/pontive-camsim).
constexpr int kStartTimeoutMs = 180000;
const QStringList kBaseArgs = {QStringLiteral("--cameras"), QStringLiteral("2"), QStringLiteral("--clip-seconds"),
                               QStringLiteral("4"), QStringLiteral("--main-size"), QStringLiteral("640x360")};
} // namespace

CamsimProcess::CamsimProcess(QStringList extraArgs, quint16 port) : m_process(std::make_unique<QProcess>())
{
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // A crashed test run must not leave simulators behind.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process->start(QStringLiteral(PONTIVE_CAMSIM_PATH),
                     kBaseArgs + QStringList{QStringLiteral("--port"), QString::number(port)} + extraArgs);
    if (!m_process->waitForStarted())
        return;
    static const QRegularExpression ready(QStringLiteral("ready port=(\\d+) cameras=\\d+ onvif=(\\d+)"));
    QElapsedTimer timer;
    timer.start();
    QByteArray output;
    while (timer.elapsed() < kStartTimeoutMs && m_process->state() == QProcess::Running) {
        m_process->waitForReadyRead(200);
        output += m_process->readAllStandardOutput();
        if (const auto match = ready.match(QString::fromUtf8(output)); match.hasMatch()) {
            m_port = static_cast<quint16>(match.captured(1).toUInt());
            m_onvifPort = static_cast<quint16>(match.captured(2).toUInt());
            return;
        }
    }
}

CamsimProcess::~CamsimProcess()
{
    kill();
}

QString CamsimProcess::url(const QString &path, const QString &userInfo) const
{
    const QString credentials = userInfo.isEmpty() ? QString() : userInfo + QLatin1Char('@');
    return QStringLiteral("rtsp://") + credentials + QStringLiteral("127.0.0.1:%1/%2").arg(m_port).arg(path);
}

void CamsimProcess::kill()
{
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool CamsimProcess::ctl(const QString &fault, int camera) const
{
    return QProcess::execute(QStringLiteral(PONTIVE_CAMSIM_PATH),
                             {QStringLiteral("ctl"), QStringLiteral("--port"), QString::number(m_port), fault,
                              QString::number(camera)})
        == 0;
}

bool waitUntil(const std::function<bool()> &condition, std::chrono::milliseconds timeout)
{
    // Asleep until an event comes, as the application's loop is: a processEvents() and
    // sleep loop delayed every queued frame behind its naps. The timer bounds each wait.
    // (Not a nested QEventLoop: after a test called QCoreApplication::exit(), exec()
    // returns at once.)
    QDeadlineTimer deadline(timeout);
    QTimer tick;
    tick.start(5);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

int threadCount()
{
    return static_cast<int>(QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

int openFdCount()
{
    return static_cast<int>(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System).size());
}

} // namespace pontive::test
