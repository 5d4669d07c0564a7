// The Plein app: a thin main around the "Plein" QML module and its Session.
#include "CommandLine.h"
#include "FirstFrameProbe.h"
#include "ReactionPictures.h"
#include "ScreenshotRun.h"
#include "Session.h"
#include "Startup.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>
#include <future>

Q_IMPORT_QML_PLUGIN(PleinPlugin)

int main(int argc, char **argv)
{
    // Answered before QGuiApplication, which would need a display.
    if (plein::app::wantsVersion(argc, argv)) {
        std::printf("plein %s\n", PLEIN_VERSION);
        return 0;
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Plein"));
    QCoreApplication::setApplicationName(QStringLiteral("plein"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLEIN_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Plein"));
    const plein::app::CommandLine cli = plein::app::parseCommandLine(app);

    plein::app::prepareQuick();

    // The window's QML types (and the modules they import) load on the engine's loader thread
    // while another thread registers the fonts and this one reads the translation and opens the
    // account (docs/performance.md). load() below waits for what is left.
    QQmlApplicationEngine engine;
    plein::app::ReactionPictures::install(engine);
    const QUrl mainQml(QStringLiteral("qrc:/Plein/Main.qml"));
    QQmlComponent typesAhead(&engine);
    typesAhead.loadUrl(mainQml, QQmlComponent::Asynchronous);

    // Registering the fonts (fontconfig's set-up, three font files) takes a few milliseconds;
    // on this thread it also held up the loader thread, which needs this thread now and then.
    auto fonts = std::async(std::launch::async, plein::app::registerFonts);
    plein::app::installTranslator();

    // Screenshots always start from the sign-in screen, never from the user's saved account.
    QTemporaryDir scratch;
    const bool screenshots = !cli.screenshotsDir.isEmpty();
    const plein::account::AccountPaths paths = screenshots
        ? plein::account::AccountPaths{scratch.filePath(QStringLiteral("accounts.ini")), scratch.path()}
        : plein::account::AccountPaths::standard();

    plein::app::Session session(paths, plein::sync::SyncEngine::Options{});
    session.setPrefill({cli.server, cli.email, qEnvironmentVariable("PLEIN_DEMO_PASSWORD")});
    plein::app::Session::setInstance(&session);

    // Reopening the saved account starts before the QML: the cache opens on the store's thread
    // while the window is built, and the window starts out "restoring" instead of making a
    // sign-in screen only to throw it away (about 20 ms of a cold start, docs/performance.md).
    session.start();

    fonts.wait();
    plein::app::useAppFont();
    engine.load(mainQml);
    if (engine.rootObjects().isEmpty()) return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) return 1;

    if (cli.reportFirstFrame) plein::app::reportFirstFeedFrame(&engine, window, &session, cli.rssConversation);
    if (screenshots) return plein::app::runScreenshots(window, &session, cli.screenshotsDir);
    return app.exec();
}
