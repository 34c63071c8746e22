// pontivectl: the command line for admins and scripts. Builds the context (store URL,
// actor, streams) and hands it to one command; every piece of logic lives in core.
#include "ctl_context.h"
#include "painting.h"

#include "store/database_url.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <array>
#include <memory>
#include <functional>

namespace {

using pontive::ctl::CtlContext;

struct Command {
    const char *word;
    int (*run)(CtlContext &);
    const char *summary;
};

constexpr std::array kCommands{
    Command{"init", pontive::ctl::runInit, QT_TRANSLATE_NOOP("pontivectl", "create or upgrade the store")},
    Command{"demo", pontive::ctl::runDemo, QT_TRANSLATE_NOOP("pontivectl", "load the demo city into an empty store")},
    Command{"cameras", pontive::ctl::runCameras,
            QT_TRANSLATE_NOOP("pontivectl", "list|show|add|edit|remove cameras")},
    Command{"locations", pontive::ctl::runLocations, QT_TRANSLATE_NOOP("pontivectl", "list|add camera points")},
    Command{"agencies", pontive::ctl::runAgencies, QT_TRANSLATE_NOOP("pontivectl", "list|add|rename|remove agencies")},
    Command{"import", pontive::ctl::runImport, QT_TRANSLATE_NOOP("pontivectl", "import cameras from CSV or JSON")},
    Command{"export", pontive::ctl::runExport, QT_TRANSLATE_NOOP("pontivectl", "export cameras as CSV or JSON")},
    Command{"report", pontive::ctl::runReport, QT_TRANSLATE_NOOP("pontivectl", "summary|uptime|incidents: the office's reports")},
    Command{"audit", pontive::ctl::runAudit, QT_TRANSLATE_NOOP("pontivectl", "show the audit log")},
#ifdef PONTIVE_WITH_MEDIA
    Command{"probe", pontive::ctl::runProbe, QT_TRANSLATE_NOOP("pontivectl", "decode a stream and print what it delivers")},
#endif
#ifdef PONTIVE_WITH_ONVIF
    Command{"onvif", pontive::ctl::runOnvif, QT_TRANSLATE_NOOP("pontivectl", "discover|info|add ONVIF cameras")},
    Command{"ptz", pontive::ctl::runPtz,
            QT_TRANSLATE_NOOP("pontivectl", "move|stop|goto|set|remove|home|status|presets a PTZ camera")},
#endif
    Command{"health", pontive::ctl::runHealth, QT_TRANSLATE_NOOP("pontivectl", "camera health: check|list|cause|report")},
    Command{"booking", pontive::ctl::runBooking, QT_TRANSLATE_NOOP("pontivectl", "book the room: add|list|approve|reject|cancel|report|export-ics|import-ics|rooms")},
};

void printHelp(QTextStream &out)
{
    out << QCoreApplication::translate("pontivectl", "Usage: pontivectl [--database URL] COMMAND [options]") << "\n\n"
        << QCoreApplication::translate("pontivectl", "Commands:") << '\n';
    for (const Command &c : kCommands)
        out << "  " << QString::fromLatin1(c.word).leftJustified(11) << QCoreApplication::translate("pontivectl", c.summary)
            << '\n';
    out << '\n'
        << QCoreApplication::translate("pontivectl",
                                       "The store: --database sqlite:///path/file.db or postgresql://user@host:port/db,\n"
                                       "else $PONTIVE_DATABASE, else SQLite in the user's data folder.\n"
                                       "Exit codes: 0 done, 1 bad input or refused, 2 usage.")
        << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    // PDF reports paint text, which needs QtGui's fonts: a (windowless) QGuiApplication then.
    const std::unique_ptr<QCoreApplication> application(pontive::ctl::needsPainting(argc, argv)
                                                            ? new QGuiApplication(argc, argv)
                                                            : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("pontivectl"));
    QCoreApplication::setOrganizationName(QStringLiteral("pontive-wall"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PONTIVE_VERSION));

    // The user's language (LANGUAGE, LC_MESSAGES, LANG): Indonesian where asked for,
    // else the English source texts.
    QTranslator translator;
    if (translator.load(QLocale::system(), QStringLiteral("pontive"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    // Scripts read stdout and stderr: only warnings unless PONTIVE_DEBUG asks for more.
    if (!qEnvironmentVariableIsSet("PONTIVE_DEBUG"))
        QLoggingCategory::setFilterRules(QStringLiteral("pontive.*.info=false\npontive.*.debug=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);
    QString databaseText = qEnvironmentVariable("PONTIVE_DATABASE");
    while (!args.isEmpty() && args.front().startsWith(QLatin1Char('-'))) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--help") || opt == QLatin1String("-h")) {
            printHelp(out);
            return pontive::ctl::kDone;
        }
        if (opt == QLatin1String("--version")) {
            out << "pontivectl " << PONTIVE_VERSION << Qt::endl;
            return pontive::ctl::kDone;
        }
        if (opt == QLatin1String("--database") && !args.isEmpty()) {
            databaseText = args.takeFirst();
        } else if (opt.startsWith(QLatin1String("--database="))) {
            databaseText = opt.mid(11);
        } else {
            err << "pontivectl: " << QCoreApplication::translate("pontivectl", "unknown option %1").arg(opt) << Qt::endl;
            return pontive::ctl::kUsage;
        }
    }
    if (args.isEmpty()) {
        printHelp(err);
        return pontive::ctl::kUsage;
    }
    pontive::core::DatabaseUrl url = pontive::core::DatabaseUrl::defaultLocation();
    if (!databaseText.isEmpty()) {
        auto parsed = pontive::core::DatabaseUrl::parse(databaseText);
        if (!parsed) {
            err << "pontivectl: " << parsed.error().message << Qt::endl;
            return pontive::ctl::kUsage;
        }
        url = *parsed;
    }
    const QString word = args.front();
    for (const Command &c : kCommands) {
        if (word == QLatin1String(c.word)) {
            CtlContext ctx(url, args);
            return c.run(ctx);
        }
    }
    err << "pontivectl: " << QCoreApplication::translate("pontivectl", "unknown command '%1'").arg(word) << Qt::endl;
    return pontive::ctl::kUsage;
}
