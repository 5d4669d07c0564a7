// One main for every Catch2 test binary: a Qt application object (a GUI one where the test
// links QtGui, so the UI tests can render), test-mode standard paths, then Catch.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QStandardPaths>

#if __has_include(<QGuiApplication>) && defined(PLEIN_TEST_GUI)
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
using TestApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Plein"));
    QCoreApplication::setApplicationName(QStringLiteral("plein-tests"));
    return Catch::Session().run(argc, argv);
}
