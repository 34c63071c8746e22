#pragma once

#include "health/health_monitor.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace pontive::core {
class Database;
class HealthDataService;
class LiveStreamBoard;
}

namespace pontive::ui {
class HealthConsole;
}

// The wall's health services: the monitor on a thread of its own (probes and their
// sockets never on the GUI thread), the health view's store door, and the wiring of
// both to the console. Built once the store is open.
class HealthStation : public QObject
{
    Q_OBJECT
public:
    HealthStation(std::shared_ptr<pontive::core::Database> db, std::shared_ptr<pontive::core::LiveStreamBoard> board,
                  pontive::ui::HealthConsole *console, pontive::core::HealthMonitorSettings settings = {},
                  QObject *parent = nullptr);
    ~HealthStation() override;   // stops the monitor and waits for its thread

    pontive::core::HealthDataService *service() const { return m_service; }

private:
    QThread m_thread;
    pontive::core::HealthMonitor *m_monitor = nullptr;   // lives in m_thread
    pontive::core::HealthDataService *m_service = nullptr;
};
