#pragma once

#include <QString>

#include <optional>

namespace pontive::camsim {

// Faults a test can switch on per camera.
enum class Fault {
    Online,  // normal
    Offline, // sessions dropped, new connections closed at once
    Silent,  // sessions stay open, no data flows
    Refuse,  // sessions dropped, requests answered "503 Service Unavailable"
    Corrupt, // data flows with bytes flipped in every frame
};

std::optional<Fault> parseFault(const QString &word);
QString faultName(Fault fault);

} // namespace pontive::camsim
