#include "process_cpu_meter.h"

#include <QThread>

#include <sys/resource.h>

#include <algorithm>

namespace pontive::core {

ProcessCpuMeter::ProcessCpuMeter()
    : m_wallAt(std::chrono::steady_clock::now()),
      m_cpuAt(processCpuTime()),
      m_cores(std::max(1, QThread::idealThreadCount()))
{
}

std::chrono::duration<double> ProcessCpuMeter::processCpuTime()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return std::chrono::duration<double>(seconds(usage.ru_utime) + seconds(usage.ru_stime));
}

double ProcessCpuMeter::sample()
{
    const auto wall = std::chrono::steady_clock::now();
    const auto cpu = processCpuTime();
    const double wallSeconds = std::chrono::duration<double>(wall - m_wallAt).count();
    const double cpuSeconds = (cpu - m_cpuAt).count();
    m_wallAt = wall;
    m_cpuAt = cpu;
    if (wallSeconds <= 0)
        return 0;
    return cpuSeconds / (wallSeconds * m_cores);
}

} // namespace pontive::core
