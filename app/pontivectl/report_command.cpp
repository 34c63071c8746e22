// report summary: the office's table; report uptime|incidents: the health report's
// parts (the same code as `health report`); PDF: the office's whole report.
#include "ctl_context.h"
#include "options.h"

#include "health/health_report_formatter.h"
#include "report/summary_report_formatter.h"
#include "store/agency_repository.h"
#include "store/camera_repository.h"
#include "store/database.h"
#include "store/location_repository.h"

namespace pontive::ctl {

int runReport(CtlContext &ctx)
{
    const QString sub = ctx.args().value(1);
    if (sub == QLatin1String("uptime"))
        return runHealthReport(ctx, core::HealthReportPart::Uptime);
    if (sub == QLatin1String("incidents"))
        return runHealthReport(ctx, core::HealthReportPart::Incidents);
    if (sub == QLatin1String("summary") && ctx.args().contains(QStringLiteral("pdf")))
        return runHealthReport(ctx, core::HealthReportPart::All);  // the PDF opens with the summary
    QCommandLineParser p;
    p.addOption({QStringLiteral("format"), CtlContext::tr("table, csv or json"), QStringLiteral("FORMAT")});
    if (!parseOptions(ctx, p, 2))
        return kUsage;
    if (ctx.args().value(1) != QLatin1String("summary"))
        return ctx.usage(CtlContext::tr("usage: report summary|uptime|incidents [--from DATE --to DATE] "
                                        "[--format table|csv|json|pdf] [--output FILE]"));
    const auto format = outputFormat(p.value(QStringLiteral("format")));
    if (!format)
        return ctx.usage(CtlContext::tr("--format must be table, csv or json"));
    auto db = ctx.database();
    if (!db)
        return kRefused;
    auto cameras = core::CameraRepository(db, ctx.actor()).list();
    auto locations = core::LocationRepository(db, ctx.actor()).list();
    auto agencies = core::AgencyRepository(db, ctx.actor()).list();
    if (!cameras)
        return ctx.refuse(cameras.error());
    if (!locations)
        return ctx.refuse(locations.error());
    if (!agencies)
        return ctx.refuse(agencies.error());
    const auto report = core::SummaryReport::compute(*cameras, *locations, *agencies);
    switch (*format) {
    case OutputFormat::Table: ctx.out() << core::SummaryReportFormatter::toText(report); break;
    case OutputFormat::Csv: ctx.out() << core::SummaryReportFormatter::toCsv(report); break;
    case OutputFormat::Json: ctx.out() << core::SummaryReportFormatter::toJson(report); break;
    }
    ctx.out().flush();
    return kDone;
}

} // namespace pontive::ctl
