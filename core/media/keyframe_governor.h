#pragma once

#include "keyframe_policy.h"
#include "process_cpu_meter.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <vector>

namespace pontive::core {

class CameraStream;

// The engine's hook for KeyframePolicy: every CameraStream of an engine registers here;
// every interval the process CPU is measured and each stream told whether to decode key
// frames only. Lives in the thread of the streams (the GUI thread).
class KeyframeGovernor : public QObject
{
    Q_OBJECT
public:
    explicit KeyframeGovernor(QObject *parent = nullptr);
    ~KeyframeGovernor() override;

    void add(CameraStream *stream);
    void remove(CameraStream *stream);

    void setBudget(const KeyframeBudget &budget) { m_policy.setBudget(budget); }
    const KeyframeBudget &budget() const { return m_policy.budget(); }
    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    // Replaces the process CPU meter (share of all cores); for tests and benchmarks.
    void setLoadSource(std::function<double()> source) { m_loadSource = std::move(source); }

    // Measures and applies now (also done by the timer).
    void evaluate();
    double lastLoad() const { return m_lastLoad; }

private:
    KeyframePolicy m_policy;
    ProcessCpuMeter m_meter;
    std::function<double()> m_loadSource;
    std::vector<CameraStream *> m_streams;
    QTimer m_timer;
    double m_lastLoad = 0;
};

} // namespace pontive::core
