#pragma once

#include <QStringList>

#include <vector>

namespace pontive::core {

// What a successful booking wrote, and what the operator should still be told.
struct BookingOutcome {
    std::vector<qint64> ids;   // one per occurrence, in time order
    qint64 seriesId = 0;
    QStringList warnings;      // e.g. "in the past": written anyway
};

} // namespace pontive::core
