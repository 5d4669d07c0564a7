#include "ScreenshotRun.h"
#include "Session.h"
#include "WindowShots.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QQuickWindow>
#include <QThread>
#include <array>
#include <cstdio>

namespace plein::app {

namespace {
template<typename Predicate>
bool waitFor(Predicate predicate, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!predicate()) {
        if (deadline.hasExpired()) return predicate();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(2);
    }
    return true;
}

bool shootBoth(QQuickWindow *window, const QDir &dir, const QString &name, bool desktopFirst = false)
{
    bool ok = true;
    const std::pair<QSize, const char *> phone{kPhoneSize, "phone"};
    const std::pair<QSize, const char *> desktop{kDesktopSize, "desktop"};
    for (const auto &[size, suffix] : desktopFirst ? std::array{desktop, phone} : std::array{phone, desktop}) {
        const QString path = dir.filePath(name + QLatin1Char('-') + QLatin1String(suffix) + QStringLiteral(".png"));
        if (saveWindowShot(window, size, path)) {
            std::printf("%s\n", qPrintable(path));
        } else {
            std::fprintf(stderr, "plein: could not write %s\n", qPrintable(path));
            ok = false;
        }
    }
    return ok;
}
} // namespace

int runScreenshots(QQuickWindow *window, Session *session, const QString &dirPath)
{
    QDir dir(dirPath);
    if (!dir.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "plein: cannot create %s\n", qPrintable(dirPath));
        return 2;
    }
    waitFor([&] { return !session->isRestoring(); }, 10000);
    // Sign in at phone size: a desktop-to-phone resize can leave feed cards at their old
    // heights for a moment (see the report), and the feed is shot at phone size first.
    bool ok = shootBoth(window, dir, QStringLiteral("login"), true);

    bool finished = false;
    bool signedIn = false;
    auto connection = QObject::connect(session, &Session::signInFinished, [&](bool success) {
        finished = true;
        signedIn = success;
    });
    session->signIn(session->prefillServer(), session->prefillEmail(), session->prefillPassword());
    waitFor([&] { return finished; }, 30000);
    QObject::disconnect(connection);
    if (!signedIn) {
        const QString why = finished ? session->errorMessage() : QStringLiteral("no answer within 30 seconds");
        std::fprintf(stderr, "plein: sign-in failed: %s\n", qPrintable(why));
        return 1;
    }
    // The first page arrives with the bootstrap; wait for it, not for a fixed time.
    waitFor([&] {
        auto *feed = session->feed();
        return feed && (feed->rowCount() > 0 || feed->isAtEnd()) && !feed->isLoading();
    }, 15000);

    QObject *root = window;
    root->setProperty("currentPage", QStringLiteral("feed"));
    ok = shootBoth(window, dir, QStringLiteral("feed")) && ok;
    root->setProperty("currentPage", QStringLiteral("groups"));
    ok = shootBoth(window, dir, QStringLiteral("coming-soon")) && ok;
    root->setProperty("currentPage", QStringLiteral("me"));
    ok = shootBoth(window, dir, QStringLiteral("me")) && ok;
    return ok ? 0 : 3;
}

} // namespace plein::app
