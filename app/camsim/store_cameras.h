#pragma once

#include "error.h"

#include <QString>

#include <vector>

namespace pontive::camsim {

// One camera of a store as the simulator serves it: at the paths its URLs hold.
struct StoreCamera {
    QString id;        // "001" from /cam/001/..., else the store id: what `ctl` names
    QString label;     // burned into the picture
    QString mainPath;  // e.g. "/cam/001/main"
    QString subPath;   // may be empty
    QString user;      // RTSP credentials the store holds (may be empty)
    QString password;
    bool onvif = false;  // the store gives it an ONVIF address: served by the ONVIF simulator
    bool offline = false;  // the store has it offline (the demo city's 11): served as unreachable
};

// Reads every enabled camera with an RTSP URL from the store at databaseUrl (e.g. the demo
// city). Warns about URLs whose port is not `port`: those would not reach this simulator.
Result<std::vector<StoreCamera>> camerasFromStore(const QString &databaseUrl, quint16 port);

} // namespace pontive::camsim
