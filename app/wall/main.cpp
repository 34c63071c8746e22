// pontive-wall: the operator's console and wall. This file reads the command line and the
// language; WallServices builds the services (store, loaders) and hands them to the windows.
#include "theme.h"
#include "wall_services.h"

#include "store/database_url.h"
#include "util/language_setting.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTranslator>

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
    parser.addOption({QStringLiteral("lang"),
                      QStringLiteral("interface language: id or en (default: the one chosen in View > Language, "
                                     "else id)"),
                      QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("wall"),
                      QStringLiteral("full-screen wall windows on every monitor (the console on the primary one "
                                     "when there are several)")});
    parser.addOption({QStringLiteral("state-file"),
                      QStringLiteral("keep what each wall screen shows in FILE (JSON), for tests and monitoring"),
                      QStringLiteral("FILE")});
    parser.process(app);
    const bool wallMode = parser.isSet(QStringLiteral("wall"));

    // Bahasa Indonesia by default: the operators' language.
    const QString language = parser.isSet(QStringLiteral("lang"))
        ? pontive::core::LanguageSetting::normalised(parser.value(QStringLiteral("lang")))
        : pontive::core::LanguageSetting::stored();
    QTranslator translator;
    if (language == QLatin1String("id") && translator.load(QStringLiteral(":/i18n/pontive_id.qm")))
        QApplication::installTranslator(&translator);
    QLocale::setDefault(language == QLatin1String("en") ? QLocale(QLocale::English) : QLocale(QStringLiteral("id_ID")));
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

    pontive::app::WallServices services(url, wallMode, parser.value(QStringLiteral("state-file")));
    const int code = QApplication::exec();
    services.shutdown();
    return code;
}
