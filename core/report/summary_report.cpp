#include "summary_report.h"

#include <QMap>

namespace pontive::core {

namespace {

void count(SummaryCounts &s, const Camera &c)
{
    ++s.cameras;
    switch (c.status) {
    case CameraStatus::Online: ++s.online; break;
    case CameraStatus::Unknown: ++s.unknown; break;
    case CameraStatus::Offline:
        ++s.offline;
        switch (c.cause) {
        case OfflineCause::Camera: ++s.offlineCamera; break;
        case OfflineCause::Power: ++s.offlinePower; break;
        case OfflineCause::Media: ++s.offlineMedia; break;
        case OfflineCause::Unknown: ++s.offlineUnknown; break;
        }
        break;
    }
    ++(c.kind == CameraKind::Ptz ? s.ptz : s.fixed);
    ++(c.media == MediaType::Fiber ? s.fiber : s.wireless);
}

} // namespace

SummaryReport SummaryReport::compute(const std::vector<Camera> &cameras, const std::vector<Location> &locations,
                                     const std::vector<Agency> &agencies)
{
    SummaryReport r;
    r.total.name = QStringLiteral("total");
    QMap<QString, SummaryCounts> agency;
    QMap<QString, SummaryCounts> district;
    for (const Agency &a : agencies)
        agency[a.code].name = a.code;
    for (const Location &l : locations) {
        ++r.total.points;
        SummaryCounts &a = agency[l.agency];
        a.name = l.agency;
        ++a.points;
        SummaryCounts &d = district[l.district];
        d.name = l.district;
        ++d.points;
    }
    for (const Camera &c : cameras) {
        count(r.total, c);
        SummaryCounts &a = agency[c.agency];
        a.name = c.agency;
        count(a, c);
        SummaryCounts &d = district[c.district];
        d.name = c.district;
        count(d, c);
    }
    r.byAgency.assign(agency.begin(), agency.end());
    r.byDistrict.assign(district.begin(), district.end());
    return r;
}

} // namespace pontive::core
