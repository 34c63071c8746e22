#pragma once

#include "probe_symptom.h"

#include <QString>

#include <chrono>

namespace pontive::core {

// One camera as a probe sees it. The password stays in memory; logs use redactUrl().
struct ProbeTarget {
    qint64 cameraId = 0;
    QString name;
    QString url;       // the RTSP URL probed (sub stream preferred: cheaper)
    QString username;
    QString password;
    QString onvifUrl;
};

struct ProbeResult {
    bool ok = false;
    ProbeSymptom symptom = ProbeSymptom::None;
    QString detail;   // English, for logs and the "last error" column; never a secret
    std::chrono::milliseconds elapsed{0};

    static ProbeResult success(std::chrono::milliseconds elapsed) { return {true, ProbeSymptom::None, {}, elapsed}; }
    static ProbeResult failure(ProbeSymptom symptom, QString detail, std::chrono::milliseconds elapsed = {})
    {
        return {false, symptom, std::move(detail), elapsed};
    }
};

} // namespace pontive::core
