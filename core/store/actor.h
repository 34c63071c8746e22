#pragma once

#include <QString>

namespace pontive::core {

// Who makes a change, for the audit log: the user and the operator station.
struct Actor {
    QString user;
    QString station;

    // The logged-in user ($PONTIVE_USER, else $USER) on this host.
    static Actor current();
};

} // namespace pontive::core
