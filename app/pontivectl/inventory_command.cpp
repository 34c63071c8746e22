// import FILE and export: the inventory in and out.
#include "ctl_context.h"
#include "options.h"

#include "import_export/camera_exporter.h"
#include "import_export/camera_importer.h"
#include "store/camera_repository.h"
#include "store/database.h"
#include "store/location_repository.h"

#include <QFile>
#include <QSaveFile>

namespace pontive::ctl {

int runImport(CtlContext &ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("skip-bad"), CtlContext::tr("write the good rows and report the bad ones")});
    p.addOption({QStringLiteral("format"), CtlContext::tr("csv or json (default: from the file)"), QStringLiteral("FORMAT")});
    if (!parseOptions(ctx, p, 1))
        return kUsage;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(CtlContext::tr("usage: import FILE [--skip-bad] [--format csv|json]"));
    core::ImportOptions options;
    options.skipBad = p.isSet(QStringLiteral("skip-bad"));
    const QString format = p.value(QStringLiteral("format"));
    if (format == QLatin1String("csv"))
        options.format = core::ImportFormat::Csv;
    else if (format == QLatin1String("json"))
        options.format = core::ImportFormat::Json;
    else if (!format.isEmpty())
        return ctx.usage(CtlContext::tr("--format must be csv or json"));
    auto db = ctx.database();
    if (!db)
        return kRefused;
    auto report = core::CameraImporter(db, ctx.actor()).importFile(p.positionalArguments().front(), options);
    if (!report)
        return ctx.refuse(report.error());
    for (const core::ImportIssue &issue : report->issues)
        ctx.err() << issue.text() << '\n';
    ctx.err().flush();
    if (!report->committed) {
        if (report->issues.empty()) {
            ctx.out() << CtlContext::tr("nothing to import") << Qt::endl;
            return kDone;
        }
        return ctx.refuse(CtlContext::tr("%n bad row(s); nothing was imported (use --skip-bad to import the good rows)",
                                         nullptr, int(report->issues.size())));
    }
    ctx.out() << CtlContext::tr("imported %1 cameras, %2 new locations").arg(report->camerasAdded).arg(report->locationsAdded)
              << Qt::endl;
    return report->issues.empty() ? kDone : kRefused;
}

int runExport(CtlContext &ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("format"), CtlContext::tr("csv or json"), QStringLiteral("FORMAT"), QStringLiteral("csv")});
    p.addOption({QStringLiteral("with-secrets"), CtlContext::tr("include passwords")});
    p.addOption({QStringLiteral("output"), CtlContext::tr("write to FILE instead of standard output"), QStringLiteral("FILE")});
    if (!parseOptions(ctx, p, 1))
        return kUsage;
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return ctx.usage(CtlContext::tr("--format must be csv or json"));
    auto db = ctx.database();
    if (!db)
        return kRefused;
    auto cameras = core::CameraRepository(db, ctx.actor()).list();
    if (!cameras)
        return ctx.refuse(cameras.error());
    auto locations = core::LocationRepository(db, ctx.actor()).list();
    if (!locations)
        return ctx.refuse(locations.error());
    const QByteArray data = core::CameraExporter::write(
        *cameras, *locations, format == QLatin1String("json") ? core::ExportFormat::Json : core::ExportFormat::Csv,
        p.isSet(QStringLiteral("with-secrets")));
    if (!p.isSet(QStringLiteral("output"))) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size())
            return ctx.refuse(CtlContext::tr("cannot write to standard output"));
        return kDone;
    }
    // Written whole or not at all.
    QSaveFile file(p.value(QStringLiteral("output")));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return ctx.refuse(CtlContext::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    ctx.out() << CtlContext::tr("exported %1 cameras to %2").arg(cameras->size()).arg(file.fileName()) << Qt::endl;
    return kDone;
}

} // namespace pontive::ctl
