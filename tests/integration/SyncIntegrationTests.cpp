// Two real clients and the real server over loopback: live delivery, offline catch-up,
// writing while the server is down, a client killed mid-sync, and an expired cursor.
#include <catch2/catch.hpp>

#include "ServerProcess.h"
#include "TcpProxy.h"
#include "TestClient.h"
#include "TestHttp.h"
#include "Wait.h"
#include "protocol/Uuid.h"
#include "store/OutboxStore.h"
#include "store/PostStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <csignal>
#include <sqlite3.h>
#include <sys/types.h>

using namespace plein;
using namespace plein::test;

namespace {
const QString kAnna = QStringLiteral("anna@plein.demo"); // community manager: may post to everyone
const QString kBram = QStringLiteral("bram@plein.demo");

// Every post id in bram's server-side feed, paging to the end, in order.
QStringList serverFeedIds(const QUrl &server, const QString &email)
{
    TestHttp http(server);
    http.login(email);
    QStringList ids;
    QString before;
    while (true) {
        const auto r = http.get(QStringLiteral("/api/v1/feed?limit=100") + (before.isEmpty() ? QString() : QStringLiteral("&before=") + before));
        if (r.status != 200) break;
        for (const auto &item : r.json().value(QStringLiteral("items")).toArray())
            ids.append(item.toObject().value(QStringLiteral("id")).toString());
        before = r.json().value(QStringLiteral("next")).toString();
        if (before.isEmpty()) break;
    }
    return ids;
}

int occurrences(const QStringList &ids, const QString &id) { return int(ids.count(id)); }

qint64 serverCursorFor(const QUrl &server, const QString &email)
{
    TestHttp http(server);
    http.login(email);
    return qint64(http.get(QStringLiteral("/api/v1/bootstrap")).json().value(QStringLiteral("cursor")).toDouble());
}
}

TEST_CASE("a post by A reaches B's feed model within a second, without refreshing")
{
    ServerProcess server;
    REQUIRE(server.start());
    TestClient a, b;
    QString error;
    REQUIRE(a.signIn(server.url(), kAnna, &error));
    REQUIRE(b.signIn(server.url(), kBram, &error));

    QElapsedTimer clock;
    clock.start();
    const QString id = a.post(QStringLiteral("Vergadering verplaatst naar donderdag"));
    const bool arrived = waitUntil([&] { return b.feed().indexOf(id) == 0; }, 1000);
    INFO("after " << clock.elapsed() << " ms");
    CHECK(arrived);
    CHECK(b.feed().data(b.feed().index(0), models::FeedModel::BodyRole).toString() == QStringLiteral("Vergadering verplaatst naar donderdag"));
    CHECK(b.feed().data(b.feed().index(0), models::FeedModel::AuthorRole).toString() == QStringLiteral("Anna de Vries"));
    // A's own echo clears its pending mark once the server has the post.
    REQUIRE(waitUntil([&] { return !a.isPending(id); }, 2000));
    CHECK(a.cachedCount(id) == 1);
}

TEST_CASE("scrolling to the end loads every older post from the server, in order, once")
{
    ServerProcess server;
    REQUIRE(server.start());
    TestClient b;
    REQUIRE(b.signIn(server.url(), kBram));
    const QStringList expected = serverFeedIds(server.url(), kBram);
    REQUIRE(expected.size() > 30); // more than the bootstrap's first page

    auto &feed = b.feed();
    // What a ListView does while the user keeps scrolling down.
    REQUIRE(waitUntil([&] {
        if (feed.canFetchMore({})) feed.fetchMore({});
        return feed.isAtEnd() && !feed.isLoading();
    }, 20000));
    QStringList shown;
    for (int r = 0; r < feed.rowCount(); ++r) shown.append(feed.at(r).post.id);
    CHECK(shown == expected);
}

TEST_CASE("B, offline while A posts three times, has all three once each after reconnecting")
{
    ServerProcess server;
    REQUIRE(server.start());
    TcpProxy proxy(server.port());
    TestClient a, b;
    REQUIRE(a.signIn(server.url(), kAnna));
    REQUIRE(b.signIn(proxy.url(), kBram));

    proxy.setOffline(true);
    REQUIRE(waitUntil([&] { return b.sync().isOffline(); }, 5000));
    QStringList ids;
    for (int i = 1; i <= 3; ++i) ids.append(a.post(QStringLiteral("Bericht %1 terwijl Bram offline is").arg(i)));
    REQUIRE(waitUntil([&] { return !a.isPending(ids.last()); }, 3000));
    for (const QString &id : ids) CHECK(b.cachedCount(id) == 0);

    proxy.setOffline(false);
    REQUIRE(b.waitOnline(5000));
    REQUIRE(waitUntil([&] { return b.feed().indexOf(ids.last()) >= 0; }, 5000));
    for (const QString &id : ids) {
        CHECK(b.cachedCount(id) == 1);
        CHECK(b.feed().indexOf(id) >= 0);
    }
    // Newest first, and nothing doubled in the model.
    CHECK(b.feed().indexOf(ids[2]) < b.feed().indexOf(ids[1]));
    CHECK(b.feed().indexOf(ids[1]) < b.feed().indexOf(ids[0]));
    QSet<QString> unique;
    for (int r = 0; r < b.feed().rowCount(); ++r) unique.insert(b.feed().at(r).post.id);
    CHECK(unique.size() == b.feed().rowCount());
}

TEST_CASE("a gap in the stream is filled from /sync page by page, every post once")
{
    ServerProcess server;
    REQUIRE(server.start());
    TcpProxy proxy(server.port());
    auto options = TestClient::fastOptions();
    options.syncPageSize = 1; // one event a page: the catch-up below takes several pages
    TestClient a;
    TestClient b(options);
    REQUIRE(a.signIn(server.url(), kAnna));
    REQUIRE(b.signIn(proxy.url(), kBram));

    proxy.setOffline(true);
    REQUIRE(waitUntil([&] { return b.sync().isOffline(); }, 5000));
    QStringList ids;
    for (int i = 1; i <= 5; ++i) ids.append(a.post(QStringLiteral("Bericht %1 na een gat").arg(i)));
    REQUIRE(waitUntil([&] { return !a.isPending(ids.last()); }, 3000));

    // B's cache forgets that it applied its newest event, so the stream's first frame after the
    // reconnect does not follow on from it: B must fill the gap from /sync.
    const char *cursorSql = "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'cursor'";
    const qint64 cursor = b.countInCache(cursorSql);
    REQUIRE(cursor > 0);
    REQUIRE(b.execInCache("UPDATE meta SET value = '" + QByteArray::number(cursor - 1) + "' WHERE key = 'cursor'"));
    const int syncsBefore = proxy.requestsStartingWith("GET /api/v1/sync?");

    proxy.setOffline(false);
    const qint64 serverCursor = serverCursorFor(server.url(), kBram);
    REQUIRE(waitUntil([&] { return b.countInCache(cursorSql) == serverCursor; }, 8000));
    // The model hears of the writes after they commit.
    CHECK(waitUntil([&] { return std::all_of(ids.begin(), ids.end(), [&](const QString &id) { return b.feed().indexOf(id) >= 0; }); }, 3000));
    for (const QString &id : ids) {
        CHECK(b.cachedCount(id) == 1);
        CHECK(b.feed().indexOf(id) >= 0);
    }
    // Page by page: one request per event since B's cursor, each asked for while the one
    // before was being applied.
    CHECK(proxy.requestsStartingWith("GET /api/v1/sync?") - syncsBefore >= int(serverCursor - cursor));
    QSet<QString> unique;
    for (int r = 0; r < b.feed().rowCount(); ++r) unique.insert(b.feed().at(r).post.id);
    CHECK(unique.size() == b.feed().rowCount());
}

TEST_CASE("a post written while the server is down exists exactly once after it restarts")
{
    ServerProcess server;
    REQUIRE(server.start());
    TestClient a, b;
    REQUIRE(a.signIn(server.url(), kAnna));
    REQUIRE(b.signIn(server.url(), kBram));

    server.stop();
    REQUIRE(waitUntil([&] { return a.sync().isOffline(); }, 5000));
    const QString id = a.post(QStringLiteral("Geschreven zonder verbinding"));
    CHECK(a.isPending(id));
    CHECK(a.feed().indexOf(id) == 0); // shown at once, marked pending
    CHECK(a.feed().data(a.feed().index(0), models::FeedModel::PendingRole).toBool());
    // Give the outbox a few failed attempts while the server is away.
    waitUntil([] { return false; }, 800);

    REQUIRE(server.start());
    REQUIRE(waitUntil([&] { return !a.isPending(id); }, 10000));
    REQUIRE(waitUntil([&] { return b.cachedCount(id) == 1; }, 10000));
    CHECK(a.cachedCount(id) == 1);
    CHECK(occurrences(serverFeedIds(server.url(), kAnna), id) == 1);
    CHECK(occurrences(serverFeedIds(server.url(), kBram), id) == 1);
    CHECK(store::outbox::pendingCount(a.account().store()->reader()) == 0);
}

TEST_CASE("a client killed with SIGKILL in the middle of a sync converges after a restart")
{
    ServerProcess server;
    REQUIRE(server.start());
    QTemporaryDir probeDir;
    const QString probe = QStringLiteral(PLEIN_PROBE_PATH);
    auto runProbe = [&](const QStringList &extra) {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start(probe, QStringList{QStringLiteral("--server"), server.url().toString(), QStringLiteral("--email"), kBram,
                                    QStringLiteral("--dir"), probeDir.path()} + extra);
        return p;
    };

    // First run: sign in and bootstrap.
    {
        auto p = runProbe({QStringLiteral("--until-cursor"), QString::number(serverCursorFor(server.url(), kBram))});
        REQUIRE(p->waitForFinished(30000));
        INFO(p->readAll().toStdString());
        REQUIRE(p->exitCode() == 0);
    }

    // Anna writes a lot while the probe is closed.
    TestHttp anna(server.url());
    anna.login(kAnna);
    QStringList written;
    for (int i = 0; i < 600; ++i) {
        const QString id = protocol::newUuidV7();
        const auto r = anna.post(QStringLiteral("/api/v1/posts"), {{QStringLiteral("id"), id},
                                                                   {QStringLiteral("groupId"), QJsonValue::Null},
                                                                   {QStringLiteral("body"), QStringLiteral("Nieuws %1").arg(i)}});
        REQUIRE(r.status == 201);
        written.append(id);
    }
    const qint64 target = serverCursorFor(server.url(), kBram);

    // Second run: it writes a post of its own, starts catching up, and is killed mid-way.
    qint64 lastSeen = 0;
    QString postedId;
    {
        auto p = runProbe({QStringLiteral("--post"), QStringLiteral("Vanaf de bouwplaats"), QStringLiteral("--until-cursor"),
                           QString::number(target)});
        QString out;
        const bool killedMidway = waitUntil([&] {
            while (p->canReadLine()) {
                const QString line = QString::fromUtf8(p->readLine()).trimmed();
                out += line + QLatin1Char('\n');
                if (line.startsWith(QLatin1String("posted "))) postedId = line.mid(7);
                if (line.startsWith(QLatin1String("cursor "))) lastSeen = line.mid(7).toLongLong();
            }
            p->waitForReadyRead(5);
            return !postedId.isEmpty() && lastSeen > 0 && lastSeen < target;
        }, 30000);
        INFO(out.toStdString());
        REQUIRE(killedMidway);
        ::kill(pid_t(p->processId()), SIGKILL);
        p->waitForFinished(5000);
    }

    // Third run: it must finish the job without losing or doubling anything.
    {
        auto p = runProbe({QStringLiteral("--until-cursor"), QString::number(target)});
        REQUIRE(p->waitForFinished(60000));
        INFO(p->readAll().toStdString());
        REQUIRE(p->exitCode() == 0);
    }

    // Check the cache file itself.
    QString cache;
    for (const QString &f : QDir(probeDir.filePath(QStringLiteral("accounts"))).entryList({QStringLiteral("*.sqlite")}))
        cache = probeDir.filePath(QStringLiteral("accounts/") + f);
    REQUIRE_FALSE(cache.isEmpty());
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(cache.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    auto scalar = [&](const QByteArray &sql, const QString &bind = {}) {
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr);
        const QByteArray b = bind.toUtf8();
        if (!bind.isEmpty()) sqlite3_bind_text(st, 1, b.constData(), int(b.size()), SQLITE_TRANSIENT);
        qint64 v = -1;
        if (sqlite3_step(st) == SQLITE_ROW) v = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        return v;
    };
    int missing = 0;
    for (const QString &id : written)
        if (scalar("SELECT count(*) FROM posts WHERE id = ?", id) != 1) ++missing;
    CHECK(missing == 0);
    CHECK(scalar("SELECT count(*) FROM posts WHERE id = ? AND state = 0", postedId) == 1);
    CHECK(scalar("SELECT count(*) FROM outbox") == 0);
    CHECK(scalar("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'cursor'") >= target);
    sqlite3_close(db);
    // And on the server: the probe's post exists exactly once.
    CHECK(occurrences(serverFeedIds(server.url(), kBram), postedId) == 1);
}

TEST_CASE("an expired cursor re-bootstraps and keeps what the user wrote offline")
{
    ServerProcess server;
    REQUIRE(server.start());
    TestClient a, b;
    REQUIRE(a.signIn(server.url(), kAnna));
    REQUIRE(b.signIn(server.url(), kBram));

    // B's app is closed (its sync stopped) while the server forgets the log it would resume from.
    b.sync().stop();
    const QString mine = b.post(QStringLiteral("Offline geschreven door Bram"), QString());
    const QString theirs = a.post(QStringLiteral("Nieuws terwijl Bram weg is"));
    REQUIRE(waitUntil([&] { return !a.isPending(theirs); }, 3000));
    QString out;
    REQUIRE(ServerProcess::runCommand({QStringLiteral("prune"), QStringLiteral("--data"), server.dataDir(),
                                       QStringLiteral("--keep"), QStringLiteral("0")}, &out) == 0);

    b.sync().start();
    // The stream refuses the old cursor; B bootstraps again and sees the news.
    REQUIRE(waitUntil([&] { return b.cachedCount(theirs) == 1; }, 10000));
    CHECK(b.sync().isBootstrapped());
    // Bram posted "to everyone", which members may not do: the server refuses it for good, and
    // the post stays in his cache as failed (never silently dropped).
    REQUIRE(waitUntil([&] {
        const auto row = store::posts::byId(b.account().store()->reader(), mine);
        return row && row->state == store::PostState::Failed;
    }, 10000));
    CHECK(b.cachedCount(mine) == 1);
}
