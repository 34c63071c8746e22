#include "health_station.h"

#include "health/health_console.h"
#include "health/health_data_service.h"
#include "health/station_probe.h"

HealthStation::HealthStation(std::shared_ptr<pontive::core::Database> db,
                             std::shared_ptr<pontive::core::LiveStreamBoard> board, pontive::ui::HealthConsole *console,
                             pontive::core::HealthMonitorSettings settings, QObject *parent)
    : QObject(parent), m_service(new pontive::core::HealthDataService(db, this))
{
    using pontive::core::HealthMonitor;
    m_thread.setObjectName(QStringLiteral("health"));
    m_monitor = new HealthMonitor(db, pontive::core::makeStationProbe(std::move(board)), settings);
    m_monitor->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_monitor, &QObject::deleteLater);
    connect(m_monitor, &HealthMonitor::cameraWentOffline, console, &pontive::ui::HealthConsole::cameraWentOffline);
    connect(m_monitor, &HealthMonitor::cameraBackOnline, console, &pontive::ui::HealthConsole::cameraBackOnline);
    connect(m_monitor, &HealthMonitor::roundFinished, console, &pontive::ui::HealthConsole::roundFinished);
    console->setService(m_service);
    m_thread.start();
    QMetaObject::invokeMethod(m_monitor, &HealthMonitor::start, Qt::QueuedConnection);
}

HealthStation::~HealthStation()
{
    QMetaObject::invokeMethod(m_monitor, &pontive::core::HealthMonitor::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}
