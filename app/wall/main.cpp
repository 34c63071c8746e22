// pontive-wall: the operator's console and wall. This file only builds the services
// (store, loaders) and hands them to the windows.
#include "main_window.h"
#include "theme.h"

#include "store/camera_list_loader.h"
#include "store/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFutureWatcher>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTranslator>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pontive-wall"));
    QApplication::setApplicationDisplayName(QStringLiteral("Pontive Wall"));
    QApplication::setOrganizationName(QStringLiteral("pontive-wall"));
    QApplication::setApplicationVersion(QStringLiteral(PONTIVE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Pontive Wall: the Pontive Center's video wall console"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("database"), QStringLiteral("store URL (sqlite:///path or postgresql://...)"),
                      QStringLiteral("URL"), qEnvironmentVariable("PONTIVE_DATABASE")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("interface language: id (default) or en"),
                      QStringLiteral("LANG"), QStringLiteral("id")});
    parser.process(app);

    // Bahasa Indonesia by default: the operators' language.
    QTranslator translator;
    if (parser.value(QStringLiteral("lang")) != QLatin1String("en")
        && translator.load(QStringLiteral(":/i18n/pontive_id.qm")))
        QApplication::installTranslator(&translator);
    QLocale::setDefault(parser.value(QStringLiteral("lang")) == QLatin1String("en") ? QLocale(QLocale::English)
                                                                                     : QLocale(QStringLiteral("id_ID")));
    pontive::ui::applyOperatorTheme(app);

    auto url = pontive::core::DatabaseUrl::defaultLocation();
    if (const QString text = parser.value(QStringLiteral("database")); !text.isEmpty()) {
        auto parsed = pontive::core::DatabaseUrl::parse(text);
        if (!parsed) {
            QMessageBox::critical(nullptr, QObject::tr("Pontive Wall"), parsed.error().message);
            return 2;
        }
        url = *parsed;
    }

    // The store opens (and migrates) on a worker thread; the window shows meanwhile.
    std::shared_ptr<pontive::core::Database> db;
    std::unique_ptr<pontive::core::CameraListLoader> loader;
    std::unique_ptr<pontive::ui::MainWindow> window =
        std::make_unique<pontive::ui::MainWindow>(nullptr, url.displayName());
    window->show();

    QFutureWatcher<pontive::Result<std::shared_ptr<pontive::core::Database>>> opening;
    QObject::connect(&opening, &QFutureWatcherBase::finished, window.get(), [&] {
        auto opened = opening.result();
        if (!opened) {
            window->showStoreError(opened.error());
            return;
        }
        db = *opened;
        loader = std::make_unique<pontive::core::CameraListLoader>(db);
        window->setLoader(loader.get());
    });
    opening.setFuture(QtConcurrent::run([url] { return pontive::core::Database::open(url); }));

    const int code = QApplication::exec();
    window.reset();
    loader.reset();
    return code;
}
