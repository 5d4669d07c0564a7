// GET /sync: catch-up from a change-log cursor.
#include "ServerFixture.h"
#include "protocol/Sync.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace plein::test;
namespace protocol = plein::protocol;

namespace {

protocol::SyncBatch sync(TestHttp &http, qint64 since, int limit = 500)
{
    const HttpResult r = http.get(QStringLiteral("/api/v1/sync?since=%1&limit=%2").arg(since).arg(limit));
    INFO(r.body.toStdString());
    REQUIRE(r.status == 200);
    auto batch = protocol::SyncBatch::fromJson(r.json());
    REQUIRE(batch.ok());
    return batch.value();
}

QList<protocol::Event> syncAll(TestHttp &http, qint64 since, int limit)
{
    QList<protocol::Event> all;
    for (int guard = 0; guard < 10000; ++guard) {
        const protocol::SyncBatch batch = sync(http, since, limit);
        REQUIRE(batch.events.size() <= limit);
        qint64 prev = since;
        for (const protocol::Event &e : batch.events) {
            REQUIRE(e.prev == prev);
            REQUIRE(e.seq > prev);
            prev = e.seq;
        }
        if (!batch.events.isEmpty()) REQUIRE(batch.cursor == batch.events.last().seq);
        all += batch.events;
        if (!batch.hasMore) return all;
        REQUIRE(batch.events.size() == limit);
        since = batch.cursor;
    }
    FAIL("sync did not end");
    return all;
}

} // namespace

TEST_CASE("sync pages through the visible change log with chained prev", "[server][sync]")
{
    auto server = startServer();
    auto bram = signIn(*server, kBram);
    QSet<QString> mine;
    for (const QString &name : {QStringLiteral("Gelderland"), QStringLiteral("ICT"), QStringLiteral("Fietsclub")})
        mine.insert(groupIdNamed(*bram, name));

    const QList<protocol::Event> all = syncAll(*bram, 0, 500);
    // The seed logs every post, so the log replays exactly the feed, oldest first.
    const QList<protocol::Post> feed = wholeFeed(*bram, 100);
    REQUIRE(all.size() == feed.size());
    for (int i = 0; i < all.size(); ++i) {
        const protocol::Event &e = all[i];
        CHECK(e.name == QStringLiteral("post.created"));
        const auto post = protocol::Post::fromJson(e.data);
        REQUIRE(post.ok());
        CHECK((post.value().groupId.isEmpty() || mine.contains(post.value().groupId)));
        CHECK(post.value().id == feed[feed.size() - 1 - i].id);
    }

    for (int limit : {1, 7}) {
        INFO("limit " << limit);
        const QList<protocol::Event> paged = syncAll(*bram, 0, limit);
        REQUIRE(paged.size() == all.size());
        for (int i = 0; i < all.size(); ++i) CHECK(paged[i].seq == all[i].seq);
    }

    SECTION("a batch that is cut short says hasMore")
    {
        const protocol::SyncBatch first = sync(*bram, 0, 3);
        CHECK(first.hasMore);
        CHECK(first.events.size() == 3);
        CHECK(first.events.first().prev == 0);
        CHECK(first.cursor == first.events.last().seq);
    }
}

TEST_CASE("sync skips events in groups I am not in but still moves the cursor past them", "[server][sync]")
{
    auto server = startServer();
    auto anna = signIn(*server, kAnna);
    auto bram = signIn(*server, kBram);
    const qint64 start = currentCursor(*bram);

    REQUIRE(anna->post(QStringLiteral("/api/v1/posts"),
                       newPost(groupIdNamed(*anna, QStringLiteral("Utrecht")), QStringLiteral("Alleen Utrecht")))
                .status == 201);
    const protocol::SyncBatch idle = sync(*bram, start);
    CHECK(idle.events.isEmpty());
    CHECK_FALSE(idle.hasMore);
    CHECK(idle.cursor == start + 1);
    // Anna does see it.
    const protocol::SyncBatch annas = sync(*anna, start);
    REQUIRE(annas.events.size() == 1);
    CHECK(annas.events.first().data.value(QStringLiteral("body")).toString() == QStringLiteral("Alleen Utrecht"));

    REQUIRE(anna->post(QStringLiteral("/api/v1/posts"),
                       newPost(groupIdNamed(*anna, QStringLiteral("Fietsclub")), QStringLiteral("Voor de fietsclub")))
                .status == 201);
    REQUIRE(anna->post(QStringLiteral("/api/v1/posts"),
                       newPost(groupIdNamed(*anna, QStringLiteral("Vertrouwenspersonen")), QStringLiteral("Geheim")))
                .status == 201);
    const protocol::SyncBatch next = sync(*bram, start);
    REQUIRE(next.events.size() == 1);
    CHECK(next.events.first().prev == start);
    CHECK(next.events.first().seq == start + 2);
    CHECK(next.events.first().data.value(QStringLiteral("body")).toString() == QStringLiteral("Voor de fietsclub"));
    CHECK(next.cursor == start + 2);
    CHECK(sync(*bram, next.cursor).cursor == start + 3);
}

TEST_CASE("sync validates since and limit", "[server][sync]")
{
    auto server = startServer();
    auto bram = signIn(*server, kBram);
    for (const char *query : {"", "?since=", "?since=-1", "?since=abc", "?since=1.5", "?limit=5"}) {
        INFO(query);
        const HttpResult r = bram->get(QStringLiteral("/api/v1/sync") + QString::fromLatin1(query));
        CHECK(r.status == 422);
        CHECK(errorField(r) == QStringLiteral("since"));
    }
    for (const char *limit : {"0", "1001", "x"}) {
        INFO(limit);
        const HttpResult r = bram->get(QStringLiteral("/api/v1/sync?since=0&limit=") + QString::fromLatin1(limit));
        CHECK(r.status == 422);
        CHECK(errorField(r) == QStringLiteral("limit"));
    }
    CHECK(bram->get(QStringLiteral("/api/v1/sync?since=0&limit=1000")).status == 200);
}

TEST_CASE("a cursor beyond the log's end gets 410", "[server][sync]")
{
    auto server = startServer();
    auto bram = signIn(*server, kBram);
    const qint64 end = currentCursor(*bram);
    CHECK(bram->get(QStringLiteral("/api/v1/sync?since=%1").arg(end)).status == 200);
    const HttpResult r = bram->get(QStringLiteral("/api/v1/sync?since=%1").arg(end + 1));
    CHECK(r.status == 410);
    CHECK(r.errorCode() == QStringLiteral("cursor_expired"));
}

TEST_CASE("after a prune only cursors at or above the retained floor are served", "[server][sync]")
{
    auto server = startServer();
    auto bram = signIn(*server, kBram);
    const qint64 end = currentCursor(*bram);
    REQUIRE(end > 10);

    QString out;
    REQUIRE(ServerProcess::runCommand({QStringLiteral("prune"), QStringLiteral("--data"), server->dataDir(),
                                       QStringLiteral("--keep"), QStringLiteral("5")},
                                      &out) == 0);
    INFO(out.toStdString());

    CHECK(bram->get(QStringLiteral("/api/v1/sync?since=0")).status == 410);
    CHECK(bram->get(QStringLiteral("/api/v1/sync?since=%1").arg(end - 6)).status == 410);
    // The lowest retained seq minus one is still exact: nothing after it is gone.
    const protocol::SyncBatch floor = sync(*bram, end - 5);
    for (const protocol::Event &e : floor.events) CHECK(e.seq > end - 5);
    CHECK(sync(*bram, end).events.isEmpty());

    SECTION("pruning everything still serves the end of the log")
    {
        REQUIRE(ServerProcess::runCommand({QStringLiteral("prune"), QStringLiteral("--data"), server->dataDir(),
                                           QStringLiteral("--keep"), QStringLiteral("0")}) == 0);
        CHECK(bram->get(QStringLiteral("/api/v1/sync?since=%1").arg(end - 1)).status == 410);
        CHECK(sync(*bram, end).cursor == end);
    }
}
