#pragma once

#include "layout.h"
#include "tour.h"
#include "media/quality_selector.h"

#include <QJsonObject>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace pontive::core {

// What a wall runs on top of its layout, kept per screen so the wall comes back as the
// operator left it: the tours (by name) on tiles or on the whole layout, whether they
// were paused, and the stream quality the operator forced on tiles.
struct WallState {
    std::optional<QString> layoutTour;
    std::map<int, QString> tileTours;
    bool toursPaused = false;
    std::map<int, StreamQuality> quality;

    bool isEmpty() const { return !layoutTour && tileTours.empty() && quality.empty(); }
    // The tour names in use, each once.
    std::vector<QString> tourNames() const;
    QJsonObject toJson() const;
    // Unknown or malformed entries are dropped: a screen still comes back.
    static WallState fromJson(const QJsonObject &json);
    bool operator==(const WallState &) const = default;
};

// One screen as it was saved: the layout with its cameras, what ran on it, and the saved
// definitions of the tours the state names (those still in the store).
struct ScreenView {
    Layout layout;
    WallState state;
    std::vector<Tour> tours;
};

} // namespace pontive::core
