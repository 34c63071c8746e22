#include "health_report_query.h"

#include "health_repository.h"
#include "store/agency_repository.h"
#include "store/camera_repository.h"
#include "store/location_repository.h"

namespace pontive::core {

Result<HealthReport> loadHealthReport(const std::shared_ptr<Database> &db, const Actor &actor, const QDateTime &from,
                                      const QDateTime &to, const QDateTime &now)
{
    auto cameras = CameraRepository(db, actor).list();
    if (!cameras)
        return std::unexpected(cameras.error());
    HealthRepository health(db, actor);
    auto incidents = health.incidents(from, to);
    if (!incidents)
        return std::unexpected(incidents.error());
    auto monitored = health.monitored(from, to);
    if (!monitored)
        return std::unexpected(monitored.error());
    return HealthReport::compute(*cameras, *incidents, from, to, now, *monitored);
}

Result<SummaryReport> loadSummaryReport(const std::shared_ptr<Database> &db, const Actor &actor)
{
    auto cameras = CameraRepository(db, actor).list();
    if (!cameras)
        return std::unexpected(cameras.error());
    auto locations = LocationRepository(db, actor).list();
    if (!locations)
        return std::unexpected(locations.error());
    auto agencies = AgencyRepository(db, actor).list();
    if (!agencies)
        return std::unexpected(agencies.error());
    return SummaryReport::compute(*cameras, *locations, *agencies);
}

} // namespace pontive::core
