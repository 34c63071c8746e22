// health check|list|cause|report: camera health from the command line.
#include "ctl_context.h"
#include "options.h"

#include "health/health_monitor.h"
#include "health/health_report.h"
#include "health/health_report_formatter.h"
#include "health/health_repository.h"
#include "health/health_tables.h"
#include "health/health_report_query.h"
#include "health/station_probe.h"
#include "health_report_pdf.h"
#include "store/camera_repository.h"
#include "store/database.h"
#include "util/wib_time.h"

#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QTimeZone>
#include <QTimer>

#include <csignal>

namespace pontive::ctl {

namespace {

volatile std::sig_atomic_t g_stopRequested = 0;

extern "C" void requestStop(int)
{
    g_stopRequested = 1;
}

// "2027-01-31" or "31/01/2027", a WIB calendar day; the start of that day in UTC.
std::optional<QDateTime> parseWibDay(const QString &text)
{
    QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        date = QDate::fromString(text, QStringLiteral("dd/MM/yyyy"));
    if (!date.isValid())
        return std::nullopt;
    return QDateTime(date, QTime(0, 0), QTimeZone(7 * 3600)).toUTC();
}

int check(CtlContext &ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("once"), CtlContext::tr("one probe round, then exit")});
    p.addOption({QStringLiteral("interval"), CtlContext::tr("seconds between rounds (default 60)"), QStringLiteral("S")});
    p.addOption({QStringLiteral("concurrency"), CtlContext::tr("probes at once (default 16)"), QStringLiteral("N")});
    p.addOption({QStringLiteral("timeout"), CtlContext::tr("seconds per probe (default 5)"), QStringLiteral("S")});
    if (!parseOptions(ctx, p, 2))
        return kUsage;
    core::HealthMonitorSettings settings;
    bool ok = true;
    if (p.isSet(QStringLiteral("interval")))
        settings.interval = std::chrono::seconds(qMax(1, p.value(QStringLiteral("interval")).toInt(&ok)));
    if (ok && p.isSet(QStringLiteral("concurrency")))
        settings.concurrency = qBound(1, p.value(QStringLiteral("concurrency")).toInt(&ok), 256);
    int timeout = 5;
    if (ok && p.isSet(QStringLiteral("timeout")))
        timeout = qBound(1, p.value(QStringLiteral("timeout")).toInt(&ok), 60);
    if (!ok)
        return ctx.usage(CtlContext::tr("--interval, --concurrency and --timeout take whole numbers"));
    const bool once = p.isSet(QStringLiteral("once"));
    auto db = ctx.database();
    if (!db)
        return kRefused;
    QHash<qint64, QString> names;
    if (auto cameras = core::CameraRepository(db, ctx.actor()).list(); cameras) {
        for (const core::Camera &c : *cameras)
            names.insert(c.id, c.location + QLatin1Char('/') + c.name);
    }
    core::HealthMonitor monitor(db, core::makeStationProbe(nullptr, std::chrono::seconds(timeout)), settings);
    QEventLoop loop;
    int errors = 0;
    QObject::connect(&monitor, &core::HealthMonitor::cameraWentOffline, &loop, [&](qint64 id, core::ProbeSymptom s) {
        ctx.out() << core::formatWib(QDateTime::currentDateTimeUtc()) << ' '
                  << CtlContext::tr("OFFLINE %1 (%2)").arg(names.value(id, QString::number(id)), core::HealthTerms::name(s))
                  << Qt::endl;
    });
    QObject::connect(&monitor, &core::HealthMonitor::cameraBackOnline, &loop, [&](qint64 id) {
        ctx.out() << core::formatWib(QDateTime::currentDateTimeUtc()) << ' '
                  << CtlContext::tr("ONLINE %1").arg(names.value(id, QString::number(id))) << Qt::endl;
    });
    QObject::connect(&monitor, &core::HealthMonitor::failed, &loop, [&](const Error &e) {
        ++errors;
        ctx.err() << "pontivectl: " << e.fullText() << Qt::endl;
    });
    QObject::connect(&monitor, &core::HealthMonitor::roundFinished, &loop, [&](int probed, int answering) {
        ctx.out() << core::formatWib(QDateTime::currentDateTimeUtc()) << ' '
                  << CtlContext::tr("%1 of %2 camera(s) answering").arg(answering).arg(probed) << Qt::endl;
        if (once)
            loop.quit();
    });
    QTimer stopPoll;
    if (!once) {
        std::signal(SIGINT, requestStop);
        std::signal(SIGTERM, requestStop);
        QObject::connect(&stopPoll, &QTimer::timeout, &loop, [&] {
            if (g_stopRequested)
                loop.quit();
        });
        stopPoll.start(200);
        monitor.start();
    } else {
        monitor.runRound();
    }
    loop.exec();
    monitor.stop();
    // Results still being written finish before the monitor goes (its destructor waits).
    return errors == 0 ? kDone : kRefused;
}

int list(CtlContext &ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("status"), CtlContext::tr("online, offline or unknown"), QStringLiteral("STATUS")});
    p.addOption({QStringLiteral("format"), CtlContext::tr("table, csv or json"), QStringLiteral("FORMAT")});
    if (!parseOptions(ctx, p, 2))
        return kUsage;
    const auto format = outputFormat(p.value(QStringLiteral("format")));
    if (!format)
        return ctx.usage(CtlContext::tr("--format must be table, csv or json"));
    std::optional<core::CameraStatus> status;
    if (p.isSet(QStringLiteral("status"))) {
        status = core::parseCameraStatus(p.value(QStringLiteral("status")));
        if (!status)
            return ctx.usage(CtlContext::tr("--status must be online, offline or unknown"));
    }
    auto db = ctx.database();
    if (!db)
        return kRefused;
    auto rows = core::HealthRepository(db, ctx.actor()).current(status);
    if (!rows)
        return ctx.refuse(rows.error());
    const core::TextTable table = core::HealthTables::current(*rows);
    switch (*format) {
    case OutputFormat::Table:
        ctx.out() << table.toText() << CtlContext::tr("%n camera(s)", nullptr, int(rows->size())) << Qt::endl;
        break;
    case OutputFormat::Csv: ctx.out() << table.toCsv(); break;
    case OutputFormat::Json: ctx.out() << table.toJson(); break;
    }
    ctx.out().flush();
    return kDone;
}

int cause(CtlContext &ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("note"), CtlContext::tr("what was found"), QStringLiteral("TEXT")});
    if (!parseOptions(ctx, p, 2))
        return kUsage;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2)
        return ctx.usage(CtlContext::tr("usage: pontivectl health cause CAMERA camera|power|media --note TEXT"));
    const auto found = core::parseOfflineCause(pos[1]);
    if (!found || *found == core::OfflineCause::Unknown)
        return ctx.usage(CtlContext::tr("the cause must be camera, power or media"));
    if (p.value(QStringLiteral("note")).trimmed().isEmpty())
        return ctx.usage(CtlContext::tr("--note is required: say what was found"));
    auto db = ctx.database();
    if (!db)
        return kRefused;
    auto camera = core::CameraRepository(db, ctx.actor()).find(pos[0]);
    if (!camera)
        return ctx.refuse(camera.error());
    if (auto done = core::HealthRepository(db, ctx.actor()).confirmCause(camera->id, *found, p.value(QStringLiteral("note")));
        !done)
        return ctx.refuse(done.error());
    ctx.out() << CtlContext::tr("%1: cause recorded as %2").arg(camera->name, core::CameraTerms::name(*found)) << Qt::endl;
    return kDone;
}

} // namespace

int runHealthReport(CtlContext &ctx, core::HealthReportPart part)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("from"), CtlContext::tr("first day (YYYY-MM-DD, WIB)"), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("to"), CtlContext::tr("last day, included (YYYY-MM-DD, WIB)"), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("format"), CtlContext::tr("table, csv, json or pdf"), QStringLiteral("FORMAT")});
    p.addOption({QStringLiteral("output"), CtlContext::tr("file to write (required for pdf)"), QStringLiteral("FILE")});
    if (!parseOptions(ctx, p, 2))
        return kUsage;
    const bool pdf = p.value(QStringLiteral("format")) == QLatin1String("pdf");
    const auto format = pdf ? std::optional(OutputFormat::Table) : outputFormat(p.value(QStringLiteral("format")));
    if (!format)
        return ctx.usage(CtlContext::tr("--format must be table, csv, json or pdf"));
    const QString output = p.value(QStringLiteral("output"));
    if (pdf && output.isEmpty())
        return ctx.usage(CtlContext::tr("--format pdf needs --output FILE"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = core::toWib(now).date();
    const auto from = parseWibDay(p.isSet(QStringLiteral("from")) ? p.value(QStringLiteral("from"))
                                                                   : QDate(today.year(), today.month(), 1).toString(Qt::ISODate));
    const auto last = parseWibDay(p.isSet(QStringLiteral("to")) ? p.value(QStringLiteral("to")) : today.toString(Qt::ISODate));
    if (!from || !last)
        return ctx.usage(CtlContext::tr("--from and --to take dates like 2027-01-31"));
    const QDateTime to = last->addDays(1);
    if (to <= *from)
        return ctx.usage(CtlContext::tr("--to must not be before --from"));
    auto db = ctx.database();
    if (!db)
        return kRefused;
    auto r = core::loadHealthReport(db, ctx.actor(), *from, to, now);
    if (!r)
        return ctx.refuse(r.error());
    if (pdf) {
        auto summary = core::loadSummaryReport(db, ctx.actor());
        if (!summary)
            return ctx.refuse(summary.error());
        if (auto written = core::HealthReportPdf::write({*summary, *r, now}, output); !written)
            return ctx.refuse(written.error());
        ctx.out() << CtlContext::tr("report written to %1").arg(output) << Qt::endl;
        return kDone;
    }
    QString text;
    switch (*format) {
    case OutputFormat::Table: text = core::HealthReportFormatter::toText(*r, now, part); break;
    case OutputFormat::Csv: text = core::HealthReportFormatter::toCsv(*r, now, part); break;
    case OutputFormat::Json: text = core::HealthReportFormatter::toJson(*r, now, part); break;
    }
    if (!output.isEmpty()) {
        QFile file(output);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return ctx.refuse(Error::make(ErrorCode::Io, CtlContext::tr("cannot write %1").arg(output), file.errorString()));
        file.write(text.toUtf8());
        return kDone;
    }
    ctx.out() << text;
    ctx.out().flush();
    return kDone;
}

namespace {

// "2027-01-31T14:30" or "31/01/2027 14.30", WIB; UTC.
std::optional<QDateTime> parseWibTime(const QString &text)
{
    for (const QString &format : {QStringLiteral("yyyy-MM-ddTHH:mm"), QStringLiteral("yyyy-MM-dd HH:mm"),
                                  QStringLiteral("dd/MM/yyyy HH.mm"), QStringLiteral("dd/MM/yyyy HH:mm")}) {
        const QDateTime t = QDateTime::fromString(text, format);
        if (t.isValid())
            return QDateTime(t.date(), t.time(), QTimeZone(7 * 3600)).toUTC();
    }
    return std::nullopt;
}

int remark(CtlContext &ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("text"), CtlContext::tr("the technician's remark"), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("fixed-at"), CtlContext::tr("when it was fixed (YYYY-MM-DDTHH:MM, WIB)"), QStringLiteral("TIME")});
    if (!parseOptions(ctx, p, 2))
        return kUsage;
    const QStringList pos = p.positionalArguments();
    const QString text = p.value(QStringLiteral("text")).trimmed();
    if (pos.size() != 1 || text.isEmpty())
        return ctx.usage(CtlContext::tr("usage: pontivectl health remark CAMERA --text TEXT [--fixed-at TIME]"));
    QDateTime fixedAt;
    if (p.isSet(QStringLiteral("fixed-at"))) {
        const auto t = parseWibTime(p.value(QStringLiteral("fixed-at")));
        if (!t)
            return ctx.usage(CtlContext::tr("--fixed-at takes a WIB time like 2027-01-31T14:30"));
        fixedAt = *t;
    }
    auto db = ctx.database();
    if (!db)
        return kRefused;
    auto camera = core::CameraRepository(db, ctx.actor()).find(pos[0]);
    if (!camera)
        return ctx.refuse(camera.error());
    if (auto done = core::HealthRepository(db, ctx.actor()).recordCameraRepair(camera->id, text, fixedAt); !done)
        return ctx.refuse(done.error());
    ctx.out() << (fixedAt.isValid() ? CtlContext::tr("%1: remark recorded, fixed %2 WIB").arg(camera->name, core::formatWib(fixedAt))
                                    : CtlContext::tr("%1: remark recorded").arg(camera->name))
              << Qt::endl;
    return kDone;
}

} // namespace

int runHealth(CtlContext &ctx)
{
    const QString sub = ctx.args().value(1);
    if (sub == QLatin1String("check"))
        return check(ctx);
    if (sub == QLatin1String("list"))
        return list(ctx);
    if (sub == QLatin1String("cause"))
        return cause(ctx);
    if (sub == QLatin1String("report"))
        return runHealthReport(ctx, core::HealthReportPart::All);
    if (sub == QLatin1String("remark"))
        return remark(ctx);
    return ctx.usage(CtlContext::tr("usage: pontivectl health check [--once] | list [--status S] [--format F] | "
                                    "cause CAMERA camera|power|media --note TEXT | remark CAMERA --text TEXT [--fixed-at TIME] | "
                                    "report --from DATE --to DATE [--format table|csv|json|pdf] [--output FILE]"));
}

} // namespace pontive::ctl
