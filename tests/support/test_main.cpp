// Catch2 main for the Qt test executables: makes the Qt application first (a
// QApplication for GUI suites, on the offscreen platform when there is no display).
#define CATCH_CONFIG_RUNNER
#include "catch_qt.h"

#ifdef PONTIVE_TEST_GUI
#include <QApplication>
#else
#include <QCoreApplication>
#endif

#include <cstdlib>

int main(int argc, char **argv)
{
#ifdef PONTIVE_TEST_GUI
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    const bool offscreen = platform == "offscreen" || (platform.isEmpty() && qEnvironmentVariableIsEmpty("DISPLAY"));
#ifdef PONTIVE_TEST_SCREENS
    if (offscreen)
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" PONTIVE_TEST_SCREENS);
#else
    if (offscreen)
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    return Catch::Session().run(argc, argv);
}
