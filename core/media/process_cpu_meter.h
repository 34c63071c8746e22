#pragma once

#include <chrono>

namespace pontive::core {

// The CPU this process used (all threads, user + system) as a share of all cores, over
// the window since the previous sample.
class ProcessCpuMeter
{
public:
    ProcessCpuMeter();

    // 0 = idle, 1 = every core busy with this process. The first call measures since
    // construction.
    double sample();

    static std::chrono::duration<double> processCpuTime();

private:
    std::chrono::steady_clock::time_point m_wallAt;
    std::chrono::duration<double> m_cpuAt{};
    int m_cores = 1;
};

} // namespace pontive::core
