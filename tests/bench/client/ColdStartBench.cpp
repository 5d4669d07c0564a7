// bench_cold_start: the app's cold start and memory against the floor, in the same run.
//  - cold_start_ms: process start to the first frame that shows feed posts from a filled cache
//    (offscreen), median of 5; bare_window_ms: the same for a bare Qt Quick window with one
//    ListView; cold_start_ratio = cold_start_ms / bare_window_ms.
//  - rss_mb: resident memory after the feed is shown and the biggest cached conversation is
//    opened on screen with its whole history paged into the view's model; bare_rss_mb: the bare
//    window after its first frame.
// Arguments: --server URL (a running plein-server; the large organisation for real figures),
// --work DIR (scratch), --tiny (fewer runs), --email (who signs in; anna@plein.demo).
// Needs a keychain (run under dbus-run-session with gnome-keyring, as scripts/bench does).
#include "account/Account.h"
#include "models/FeedModel.h"
#include "store/ConversationStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCoroTask>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>
#include <algorithm>
#include <cstdio>

using namespace plein;

namespace {
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(1);
    }
    return true;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

struct Run {
    double firstFrameMs = -1;
    long rssKb = -1;
};

// Starts a program and times it to its "first-frame" line; with waitForRss, reads "rss <kB>" too.
Run runOnce(const QString &program, const QStringList &args, const QProcessEnvironment &env, bool waitForRss)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    Run run;
    QByteArray out;
    while (p.state() != QProcess::NotRunning || p.bytesAvailable() > 0) {
        p.waitForReadyRead(5);
        out += p.readAllStandardOutput();
        if (run.firstFrameMs < 0 && out.contains("first-frame")) run.firstFrameMs = double(t.nsecsElapsed()) / 1e6;
        const int rss = int(out.indexOf("rss "));
        if (rss >= 0 && out.indexOf('\n', rss) > 0) {
            run.rssKb = out.mid(rss + 4, out.indexOf('\n', rss) - rss - 4).split(' ').first().toLong();
            break;
        }
        if (run.firstFrameMs >= 0 && !waitForRss) break;
        if (t.elapsed() > 120000) break;
    }
    p.kill();
    p.waitForFinished(5000);
    if (run.firstFrameMs < 0)
        std::fprintf(stderr, "%s: no first frame. stdout: %s\nstderr: %s\n", qPrintable(program), out.constData(),
                     p.readAllStandardError().constData());
    return run;
}
}

int main(int argc, char **argv)
{
    QCommandLineParser args;
    args.addOptions({{QStringLiteral("server"), QStringLiteral("plein-server URL"), QStringLiteral("url")},
                     {QStringLiteral("work"), QStringLiteral("Scratch directory"), QStringLiteral("dir")},
                     {QStringLiteral("email"), QStringLiteral("Who signs in"), QStringLiteral("email"),
                      QStringLiteral("anna@plein.demo")},
                     {QStringLiteral("tiny"), QStringLiteral("Small run")}});
    // The app's own config and cache dirs, under the scratch dir: set before Qt reads them.
    QStringList raw;
    for (int i = 0; i < argc; ++i) raw.append(QString::fromLocal8Bit(argv[i]));
    args.parse(raw);
    const QString work = QDir(args.value(QStringLiteral("work")).isEmpty() ? QDir::tempPath() + QStringLiteral("/plein-cold")
                                                                           : args.value(QStringLiteral("work")))
                             .filePath(QStringLiteral("cold-start"));
    QDir(work).removeRecursively();
    QDir().mkpath(work);
    qputenv("XDG_CONFIG_HOME", (work + QStringLiteral("/config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (work + QStringLiteral("/data")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", (work + QStringLiteral("/cache")).toLocal8Bit());

    QCoreApplication app(argc, argv);
    // The same names as the app, so both find the same account and cache.
    QCoreApplication::setOrganizationName(QStringLiteral("Plein"));
    QCoreApplication::setApplicationName(QStringLiteral("plein"));
    const bool tiny = args.isSet(QStringLiteral("tiny"));
    const int runs = tiny ? 1 : 5;

    // Fill the cache: sign in once, as a user would, and wait for the feed and conversations.
    QString biggestConversation;
    {
        account::Account account(account::AccountPaths::standard(), sync::SyncEngine::Options{});
        auto signingIn = account.signIn(args.value(QStringLiteral("server")), args.value(QStringLiteral("email")),
                                        QStringLiteral("demo-password"));
        const auto result = QCoro::waitFor(signingIn);
        if (result.error != account::Account::SignInError::None) {
            std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(result.detail));
            return 1;
        }
        models::FeedModel feed(account.store());
        if (!waitUntil([&] { return account.sync()->isBootstrapped() && feed.rowCount() > 0; }, 60000)) {
            std::fprintf(stderr, "the feed did not fill\n");
            return 1;
        }
        qint64 most = -1;
        for (const auto &c : store::conversations::all(account.store()->reader())) {
            if (c.conversation.lastPosition > most) {
                most = c.conversation.lastPosition;
                biggestConversation = c.conversation.id;
            }
        }
        account.sync()->stop();
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), work + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), work + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), work + QStringLiteral("/cache"));

    QList<double> appMs;
    QList<double> bareMs;
    for (int i = 0; i < runs; ++i) {
        // Alternated, so both see the same machine noise.
        const Run a = runOnce(QStringLiteral(PLEIN_APP_PATH), {QStringLiteral("--report-first-frame")}, env, false);
        const Run b = runOnce(QStringLiteral(PLEIN_BARE_WINDOW_PATH), {}, env, false);
        if (a.firstFrameMs < 0 || b.firstFrameMs < 0) return 1;
        appMs.append(a.firstFrameMs);
        bareMs.append(b.firstFrameMs);
    }
    const Run appRss = runOnce(QStringLiteral(PLEIN_APP_PATH), {QStringLiteral("--report-rss-after"), biggestConversation}, env, true);
    const Run bareRss = runOnce(QStringLiteral(PLEIN_BARE_WINDOW_PATH), {}, env, true);
    if (appRss.rssKb < 0 || bareRss.rssKb < 0) {
        std::fprintf(stderr, "no memory figure\n");
        return 1;
    }
    const double cold = median(appMs);
    const double bare = median(bareMs);
    const QJsonObject result{
        {QStringLiteral("cold_start_ms"), std::round(cold * 10) / 10},
        {QStringLiteral("bare_window_ms"), std::round(bare * 10) / 10},
        {QStringLiteral("cold_start_ratio"), std::round(cold / bare * 1000) / 1000},
        {QStringLiteral("rss_mb"), std::round(appRss.rssKb / 102.4) / 10},
        {QStringLiteral("bare_rss_mb"), std::round(bareRss.rssKb / 102.4) / 10},
    };
    std::printf("BENCH %s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
