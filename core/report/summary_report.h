#pragma once

#include "domain/agency.h"
#include "domain/camera.h"
#include "domain/location.h"

#include <QString>

#include <vector>

namespace pontive::core {

struct SummaryCounts {
    QString name;           // "total", an agency code or a district
    int points = 0;
    int cameras = 0;
    int online = 0;
    int offline = 0;
    int unknown = 0;
    int offlineCamera = 0;  // offline because the camera is broken
    int offlinePower = 0;
    int offlineMedia = 0;
    int offlineUnknown = 0;
    int ptz = 0;
    int fixed = 0;
    int fiber = 0;
    int wireless = 0;
};

// The office's yearly table: totals by status, media and kind, points by owning agency,
// and the same counts per agency (camera owner) and per district.
struct SummaryReport {
    SummaryCounts total;
    std::vector<SummaryCounts> byAgency;
    std::vector<SummaryCounts> byDistrict;

    static SummaryReport compute(const std::vector<Camera> &cameras, const std::vector<Location> &locations,
                                 const std::vector<Agency> &agencies);
};

} // namespace pontive::core
