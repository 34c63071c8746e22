#pragma once

#include "error.h"
#include "store/actor.h"
#include "store/database_url.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace pontive::core {
class Database;
}

namespace pontive::core {
enum class HealthReportPart : int;
}

namespace pontive::ctl {

// Exit codes of pontivectl: 0 done, 1 bad input or refused, 2 usage.
enum ExitCode { kDone = 0, kRefused = 1, kUsage = 2 };

// What every command gets: its arguments, the output streams and the store (opened on
// first use, so commands that need none never touch it).
class CtlContext
{
    Q_DECLARE_TR_FUNCTIONS(CtlContext)
public:
    CtlContext(core::DatabaseUrl url, QStringList args);
    ~CtlContext();

    const QStringList &args() const { return m_args; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const core::Actor &actor() const { return m_actor; }
    const core::DatabaseUrl &databaseUrl() const { return m_url; }

    // The opened, migrated store; on failure prints the error and returns null.
    std::shared_ptr<core::Database> database();
    // Prints "pontivectl: <message>" on stderr and gives kRefused.
    int refuse(const Error &error);
    int refuse(const QString &message);
    // Prints a usage line on stderr and gives kUsage.
    int usage(const QString &message);

private:
    core::DatabaseUrl m_url;
    QStringList m_args;
    QTextStream m_out;
    QTextStream m_err;
    core::Actor m_actor;
    std::shared_ptr<core::Database> m_db;
};

// One entry per command word; each lives in its own *_command.cpp.
int runInit(CtlContext &ctx);
int runDemo(CtlContext &ctx);
int runCameras(CtlContext &ctx);
int runImport(CtlContext &ctx);
int runExport(CtlContext &ctx);
int runReport(CtlContext &ctx);
int runAgencies(CtlContext &ctx);
int runAudit(CtlContext &ctx);
int runLocations(CtlContext &ctx);
int runOnvif(CtlContext &ctx);
int runProbe(CtlContext &ctx);
int runPtz(CtlContext &ctx);
int runHealth(CtlContext &ctx);
// `health report` and `report uptime|incidents`: the same report, all or part of it.
int runHealthReport(CtlContext &ctx, core::HealthReportPart part);
int runBooking(CtlContext &ctx);

} // namespace pontive::ctl
