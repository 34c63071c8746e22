#include "health_fixtures.h"

#include "store/camera_repository.h"
#include "store/location_repository.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QThread>

#include <csignal>

namespace pontive::test {

std::vector<qint64> addHealthCameras(core::Database &db, int count, const std::function<QString(int)> &url,
                                     const QString &user, const QString &password)
{
    std::vector<qint64> ids;
    auto conn = db.connection();
    if (!conn)
        return ids;
    auto tx = core::Transaction::begin(*conn, db.engine());
    if (!tx)
        return ids;
    auto agency = core::runQuery(*conn, QStringLiteral("SELECT id FROM agencies WHERE code = 'Dishub'"));
    if (!agency || !agency->next())
        return ids;
    const qint64 agencyId = agency->value(0).toLongLong();
    core::Location location;
    location.name = QStringLiteral("Bundaran Digulis");
    location.district = QStringLiteral("Pontianak Selatan");
    location.agency = QStringLiteral("Dishub");
    auto locationId = core::LocationRepository::insert(*conn, location, core::Actor{});
    if (!locationId)
        return ids;
    for (int i = 1; i <= count; ++i) {
        core::Camera c;
        c.name = QStringLiteral("CAM %1").arg(i, 3, 10, QLatin1Char('0'));
        c.agency = QStringLiteral("Dishub");
        c.media = i % 2 ? core::MediaType::Fiber : core::MediaType::Wireless;
        c.subUrl = url(i);
        c.mainUrl = url(i);
        c.username = user;
        c.password = password;
        auto id = core::CameraRepository::insert(*conn, c, *locationId, agencyId, core::Actor{}, false);
        if (!id)
            return {};
        ids.push_back(*id);
    }
    if (!tx->commit())
        return {};
    return ids;
}

bool spinUntil(const std::function<bool()> &condition, std::chrono::milliseconds timeout)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeout.count())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(1);
    }
    return true;
}

quint16 closedLoopbackPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

bool HealthCamsim::available()
{
#ifdef PONTIVE_CAMSIM_PATH
    return true;
#else
    return false;
#endif
}

HealthCamsim::HealthCamsim(const QStringList &extraArgs, quint16 port, const QString &errorLog)
    : m_process(std::make_unique<QProcess>())
{
#ifdef PONTIVE_CAMSIM_PATH
    // The media suite's arguments, so the encoded clips come from the shared cache.
    if (errorLog.isEmpty())
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    else
        m_process->setStandardErrorFile(errorLog);
    m_process->start(QStringLiteral(PONTIVE_CAMSIM_PATH),
                     QStringList{QStringLiteral("--cameras"), QStringLiteral("2"), QStringLiteral("--clip-seconds"),
                                 QStringLiteral("4"), QStringLiteral("--main-size"), QStringLiteral("640x360"),
                                 QStringLiteral("--port"), QString::number(port)}
                         + extraArgs);
    if (!m_process->waitForStarted())
        return;
    static const QRegularExpression ready(QStringLiteral("ready port=(\\d+)"));
    QElapsedTimer timer;
    timer.start();
    QByteArray output;
    while (timer.elapsed() < 180000 && m_process->state() == QProcess::Running) {
        m_process->waitForReadyRead(200);
        output += m_process->readAllStandardOutput();
        if (const auto match = ready.match(QString::fromUtf8(output)); match.hasMatch()) {
            m_port = static_cast<quint16>(match.captured(1).toUInt());
            return;
        }
    }
#else
    Q_UNUSED(extraArgs);
    Q_UNUSED(errorLog);
    Q_UNUSED(port);
#endif
}

HealthCamsim::~HealthCamsim()
{
    kill();
}

QString HealthCamsim::url(int camera, const QString &stream) const
{
    return QStringLiteral("rtsp://127.0.0.1:%1/cam/%2/%3").arg(m_port).arg(camera, 3, 10, QLatin1Char('0')).arg(stream);
}

void HealthCamsim::freeze(bool frozen)
{
    if (m_process->state() == QProcess::Running)
        ::kill(static_cast<pid_t>(m_process->processId()), frozen ? SIGSTOP : SIGCONT);
}

void HealthCamsim::kill()
{
    if (m_process->state() != QProcess::NotRunning) {
        freeze(false);
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

} // namespace pontive::test
