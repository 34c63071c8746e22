#include "ptz_patrol_runner.h"

#include "ptz_controller.h"
#include "ptz_logging.h"

#include <algorithm>

namespace pontive::core {

PtzPatrolRunner::PtzPatrolRunner(QObject *parent) : QObject(parent)
{
    m_dwell.setSingleShot(true);
    connect(&m_dwell, &QTimer::timeout, this, &PtzPatrolRunner::next);
}

PtzPatrolRunner::~PtzPatrolRunner()
{
    m_dwell.stop();
}

bool PtzPatrolRunner::start(PtzController *controller, const PtzPatrol &patrol)
{
    stop();
    if (!controller || patrol.steps.isEmpty())
        return false;
    m_controller = controller;
    m_patrol = patrol;
    m_step = -1;
    qCInfo(lcPtz) << "patrol" << patrol.name << "started," << patrol.steps.size() << "steps";
    connect(controller, &QObject::destroyed, this, &PtzPatrolRunner::stop);
    next();
    return true;
}

void PtzPatrolRunner::stop()
{
    m_dwell.stop();
    if (!m_controller && m_step < 0)
        return;
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = nullptr;
    m_step = -1;
    qCInfo(lcPtz) << "patrol" << m_patrol.name << "stopped";
    emit stopped();
}

void PtzPatrolRunner::next()
{
    PtzController *controller = m_controller.data();
    if (!controller) {
        stop();
        return;
    }
    m_step = (m_step + 1) % int(m_patrol.steps.size());
    const PtzPatrolStep &step = m_patrol.steps[m_step];
    controller->gotoPreset(step.presetToken);
    emit stepStarted(m_step, step.presetToken);
    m_dwell.start(std::max(step.dwell, std::chrono::milliseconds(100)));
}

} // namespace pontive::core
