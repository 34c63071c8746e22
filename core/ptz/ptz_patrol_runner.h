#pragma once

#include "ptz_patrol.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace pontive::core {

class PtzController;

// Runs a patrol on a controller: preset, dwell, next preset, round and round, until
// stopped (or an operator takes the stick: call stop()). Who may run it is the control
// lock's business (PtzRepository::acquireLock), not this class's.
class PtzPatrolRunner : public QObject
{
    Q_OBJECT
public:
    explicit PtzPatrolRunner(QObject *parent = nullptr);
    ~PtzPatrolRunner() override;

    // False when the patrol has no steps.
    bool start(PtzController *controller, const PtzPatrol &patrol);
    void stop();
    bool isRunning() const { return !m_controller.isNull(); }
    int currentStep() const { return m_step; }
    const PtzPatrol &patrol() const { return m_patrol; }

signals:
    void stepStarted(int step, const QString &presetToken);
    void stopped();

private:
    void next();

    QPointer<PtzController> m_controller;
    PtzPatrol m_patrol;
    int m_step = -1;
    QTimer m_dwell;
};

} // namespace pontive::core
