// plein-probe: a headless Plein client for crash tests. It restores (or signs in to) the
// account in --dir, optionally writes one post, prints every cursor it reaches, and exits
// once it has synced up to --until-cursor with an empty outbox.
#include "account/Account.h"
#include "store/DirectoryStore.h"
#include "store/OutboxStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCoroTask>
#include <QCoroSignal>
#include <QCoroTimer>
#include <cstdio>

using namespace plein;

namespace {
void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

QCoro::Task<int> run(account::Account &account, QCommandLineParser &args)
{
    auto restoring = account.restore();
    if (!co_await restoring) {
        // Named first: GCC 12 mishandles temporaries inside a co_await expression.
        auto signingIn = account.signIn(args.value(QStringLiteral("server")), args.value(QStringLiteral("email")),
                                        QStringLiteral("demo-password"));
        const auto r = co_await signingIn;
        if (r.error != account::Account::SignInError::None) {
            say(QStringLiteral("sign-in failed: ") + r.detail);
            co_return 3;
        }
    }
    auto *sync = account.sync();
    QObject::connect(sync, &sync::SyncEngine::cursorChanged, [](qint64 c) { say(QStringLiteral("cursor %1").arg(c)); });
    if (args.isSet(QStringLiteral("post"))) {
        while (!sync->isBootstrapped()) co_await qCoro(sync, &sync::SyncEngine::bootstrappedChanged);
        const auto groups = store::directory::myGroups(account.store()->reader());
        auto posting = sync->createPost(groups.isEmpty() ? QString() : groups.first().id,
                                        groups.isEmpty() ? QString() : groups.first().name,
                                        args.value(QStringLiteral("post")));
        const QString id = co_await posting;
        say(QStringLiteral("posted ") + id);
    }
    if (args.isSet(QStringLiteral("messages"))) {
        // Many chat messages queued at once; the outbox sends them while more are written.
        while (!sync->isBootstrapped()) co_await qCoro(sync, &sync::SyncEngine::bootstrappedChanged);
        const QString conversation = args.value(QStringLiteral("conversation"));
        const int n = args.value(QStringLiteral("messages")).toInt();
        for (int i = 0; i < n; ++i) {
            auto sending = sync->sendMessage(conversation, QStringLiteral("probe %1").arg(i, 4, 10, QLatin1Char('0')));
            co_await sending;
        }
        say(QStringLiteral("queued %1").arg(n));
    }
    const qint64 until = args.value(QStringLiteral("until-cursor")).toLongLong();
    while (true) {
        if (sync->isOnline() && sync->cursor() >= until &&
            store::outbox::pendingCount(account.store()->reader()) == 0) {
            say(QStringLiteral("done %1").arg(sync->cursor()));
            co_return 0;
        }
        auto pause = QCoro::sleepFor(std::chrono::milliseconds(20));
        co_await pause;
    }
}
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser args;
    args.addOptions({{QStringLiteral("server"), QStringLiteral("Server URL"), QStringLiteral("url")},
                     {QStringLiteral("email"), QStringLiteral("Who to sign in as"), QStringLiteral("email")},
                     {QStringLiteral("dir"), QStringLiteral("Config and cache dir"), QStringLiteral("dir")},
                     {QStringLiteral("post"), QStringLiteral("Write one post"), QStringLiteral("body")},
                     {QStringLiteral("until-cursor"), QStringLiteral("Exit when synced this far"), QStringLiteral("n")},
                     {QStringLiteral("conversation"), QStringLiteral("Chat conversation for --messages"), QStringLiteral("id")},
                     {QStringLiteral("messages"), QStringLiteral("Send this many chat messages"), QStringLiteral("n")}});
    args.process(app);
    const QString dir = args.value(QStringLiteral("dir"));
    sync::SyncEngine::Options options;
    options.realtime.backoffBaseMs = 50;
    options.realtime.backoffCapMs = 400;
    account::Account account({dir + QStringLiteral("/accounts.ini"), dir}, options);
    int rc = 1;
    QCoro::connect(run(account, args), &app, [&](int code) {
        rc = code;
        app.quit();
    });
    app.exec();
    return rc;
}
