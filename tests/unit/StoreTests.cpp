#include <catch2/catch.hpp>

#include "Wait.h"
#include "protocol/Feed.h"
#include "protocol/Sync.h"
#include "protocol/Uuid.h"
#include "store/CommentStore.h"
#include "store/Database.h"
#include "store/DirectoryStore.h"
#include "store/MetaStore.h"
#include "store/Migrations.h"
#include "store/PostStore.h"
#include "store/Store.h"
#include "store/WalCheckpointer.h"
#include "sync/EventApplier.h"

#include <QCoroTask>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <sqlite3.h>

using namespace plein;
using namespace plein::store;

namespace {
protocol::Post post(const QString &body, qint64 createdAt, qint64 version = 1)
{
    protocol::Post p;
    p.id = protocol::newUuidV7(createdAt);
    p.authorId = QStringLiteral("u1");
    p.authorName = QStringLiteral("Bram Jansen");
    p.body = body;
    p.createdAt = createdAt;
    p.version = version;
    return p;
}

QByteArray syncBody(const QList<protocol::Event> &events, qint64 cursor)
{
    protocol::SyncBatch b;
    b.events = events;
    b.cursor = cursor;
    return QJsonDocument(b.toJson()).toJson(QJsonDocument::Compact);
}
}

TEST_CASE("a new cache file is migrated from empty to the current schema")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    Database db(path, Database::Mode::ReadWrite);
    CHECK(db.userVersion() == 0);
    migrate(db);
    CHECK(db.userVersion() == currentSchemaVersion());
    CHECK(meta::cursor(db) == 0);
    CHECK(posts::count(db) == 0);
    // Migrating again is a no-op.
    migrate(db);
    CHECK(db.userVersion() == currentSchemaVersion());
}

TEST_CASE("a cache from a newer Plein is refused with a message that says so")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        Database db(path, Database::Mode::ReadWrite);
        db.exec("CREATE TABLE future(x); PRAGMA user_version=99;");
    }
    Database db(path, Database::Mode::ReadWrite);
    try {
        migrate(db);
        FAIL("a newer schema was accepted");
    } catch (const StoreError &e) {
        CHECK(e.message().contains(QStringLiteral("newer version of Plein")));
    }
    CHECK(db.userVersion() == 99);

    // Through the asynchronous Store too.
    const OpenedStore opened = QCoro::waitFor(Store::open(path));
    CHECK_FALSE(opened.store);
    CHECK(opened.error.contains(QStringLiteral("newer version")));
}

TEST_CASE("a server copy replaces the cached one only when its version is newer")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("v.sqlite")), Database::Mode::ReadWrite);
    migrate(db);
    protocol::Post p = post(QStringLiteral("v2"), 1000, 2);
    CHECK(posts::upsertFromServer(db, p));
    protocol::Post older = p;
    older.body = QStringLiteral("v1");
    older.version = 1;
    CHECK_FALSE(posts::upsertFromServer(db, older));
    CHECK(posts::byId(db, p.id)->post.body == QStringLiteral("v2"));
    protocol::Post newer = p;
    newer.body = QStringLiteral("v3");
    newer.version = 3;
    CHECK(posts::upsertFromServer(db, newer));
    CHECK(posts::byId(db, p.id)->post.body == QStringLiteral("v3"));
}

TEST_CASE("a local echo is replaced by the server's copy and loses its pending mark")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("e.sqlite")), Database::Mode::ReadWrite);
    migrate(db);
    protocol::Post local = post(QStringLiteral("mijn bericht"), 1000, 0);
    posts::insertLocal(db, local);
    CHECK(posts::byId(db, local.id)->state == PostState::Pending);
    protocol::Post confirmed = local;
    confirmed.createdAt = 1005;
    confirmed.version = 1;
    CHECK(posts::upsertFromServer(db, confirmed));
    const auto row = posts::byId(db, local.id);
    CHECK(row->state == PostState::Synced);
    CHECK(row->post.createdAt == 1005);
    CHECK(posts::count(db) == 1);
}

TEST_CASE("the answer to my own edit of a post or comment keeps the counts that reached the cache before it")
{
    // Reaction counts have no version: an answer made before a reaction the cache already has
    // must not take it back. A new row still takes the answer's counts.
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("k.sqlite")), Database::Mode::ReadWrite);
    migrate(db);
    protocol::Post p = post(QStringLiteral("eerst"), 1000, 1);
    p.commentCount = 2;
    REQUIRE(posts::upsertFromServer(db, p));
    REQUIRE(posts::editLocal(db, p.id, QStringLiteral("beter"), 2000));
    REQUIRE(posts::setReactions(db, p.id, {{QStringLiteral("like"), 3}}));
    protocol::Post answer = p;
    answer.body = QStringLiteral("beter");
    answer.version = 2;
    CHECK(posts::upsertFromServer(db, answer, PerUser::Included, Counts::KeepCached));
    auto row = posts::byId(db, p.id);
    CHECK(row->post.body == QStringLiteral("beter"));
    CHECK(row->post.version == 2);
    CHECK(row->state == PostState::Synced);
    CHECK(row->post.reactions.value(QStringLiteral("like")) == 3);
    CHECK(row->post.commentCount == 2);

    protocol::Post unseen = post(QStringLiteral("elders bewerkt"), 3000, 4);
    unseen.reactions = {{QStringLiteral("like"), 5}};
    CHECK(posts::upsertFromServer(db, unseen, PerUser::Included, Counts::KeepCached));
    CHECK(posts::byId(db, unseen.id)->post.reactions.value(QStringLiteral("like")) == 5);

    protocol::Comment c;
    c.id = protocol::newUuidV7(4000);
    c.postId = p.id;
    c.authorId = QStringLiteral("u1");
    c.authorName = QStringLiteral("Bram Jansen");
    c.body = QStringLiteral("eerst");
    c.createdAt = 4000;
    c.version = 1;
    REQUIRE(comments::upsertFromServer(db, c, PerUser::Absent));
    REQUIRE(comments::editLocal(db, c.id, QStringLiteral("beter"), 5000));
    REQUIRE(comments::setReactions(db, c.id, {{QStringLiteral("love"), 1}}));
    protocol::Comment commentAnswer = c;
    commentAnswer.body = QStringLiteral("beter");
    commentAnswer.version = 2;
    CHECK(comments::upsertFromServer(db, commentAnswer, PerUser::Included, nullptr, Counts::KeepCached));
    Statement &s = db.prepare("SELECT body, reactions FROM comments WHERE id = ?");
    s.bind(1, c.id);
    REQUIRE(s.step());
    CHECK(s.text(0) == QStringLiteral("beter"));
    CHECK(s.text(1).contains(QStringLiteral("\"love\":1")));
    s.reset();
}

TEST_CASE("pages in feed order never skip or repeat, also with equal times")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("p.sqlite")), Database::Mode::ReadWrite);
    migrate(db);
    QSet<QString> all;
    for (int i = 0; i < 95; ++i) {
        protocol::Post p = post(QString::number(i), 1000 + (i / 10)); // ten posts share each time
        posts::upsertFromServer(db, p);
        all.insert(p.id);
    }
    QSet<QString> seen;
    std::optional<FeedKey> after;
    FeedKey previous{std::numeric_limits<qint64>::max(), QString()};
    int pages = 0;
    while (true) {
        const auto rows = posts::page(db, after, 20);
        if (rows.isEmpty()) break;
        ++pages;
        for (const auto &r : rows) {
            CHECK_FALSE(seen.contains(r.post.id));
            seen.insert(r.post.id);
            const FeedKey key{r.post.createdAt, r.post.id};
            CHECK(key < previous);
            previous = key;
        }
        after = FeedKey{rows.last().post.createdAt, rows.last().post.id};
    }
    CHECK(pages == 5);
    CHECK(seen == all);
}

TEST_CASE("cursor and events commit together: an error mid-batch leaves both as they were")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.sqlite"));
    auto store = QCoro::waitFor(Store::open(path)).store;
    const protocol::Post first = post(QStringLiteral("first"), 1000);
    const protocol::Post boom = post(QStringLiteral("boom"), 2000);
    const protocol::Post third = post(QStringLiteral("third"), 3000);

    // The database itself refuses the second post halfway through the batch.
    test::resultOf(store->write([](WriteContext &ctx) {
        ctx.db.exec("CREATE TRIGGER refuse BEFORE INSERT ON posts WHEN NEW.body = 'boom' "
                    "BEGIN SELECT RAISE(ABORT, 'refused by test'); END;");
    }));
    const QByteArray body = syncBody({{11, 0, protocol::EventName::PostCreated, first.toJson()},
                                      {12, 11, protocol::EventName::PostCreated, boom.toJson()},
                                      {13, 12, protocol::EventName::PostCreated, third.toJson()}}, 13);
    bool failed = false;
    try {
        test::resultOf(store->write([body](WriteContext &ctx) { return sync::apply::syncBatch(ctx, body); }));
    } catch (const StoreError &e) {
        failed = e.message().contains(QStringLiteral("refused by test"));
    }
    REQUIRE(failed);
    CHECK(meta::cursor(store->reader()) == 0);
    CHECK(posts::count(store->reader()) == 0);

    // Without the fault the same batch applies completely, once.
    test::resultOf(store->write([](WriteContext &ctx) { ctx.db.exec("DROP TRIGGER refuse"); }));
    auto outcome = test::resultOf(store->write([body](WriteContext &ctx) { return sync::apply::syncBatch(ctx, body); }));
    CHECK(outcome.applied == 3);
    CHECK(meta::cursor(store->reader()) == 13);
    CHECK(posts::count(store->reader()) == 3);
    // Applying it again changes nothing: every seq is at or below the cursor.
    outcome = test::resultOf(store->write([body](WriteContext &ctx) { return sync::apply::syncBatch(ctx, body); }));
    CHECK(outcome.applied == 0);
    CHECK(posts::count(store->reader()) == 3);
}

TEST_CASE("the store announces what a write changed, before the write's future resolves")
{
    QTemporaryDir dir;
    auto store = QCoro::waitFor(Store::open(dir.filePath(QStringLiteral("n.sqlite")))).store;
    QStringList announced;
    QObject::connect(store.get(), &Store::changed, [&](const StoreChanges &c) { announced += c.postsUpserted; });
    const protocol::Post p = post(QStringLiteral("x"), 1);
    test::resultOf(store->write([p](WriteContext &ctx) {
        posts::upsertFromServer(ctx.db, p);
        ctx.changes.postsUpserted.append(p.id);
    }));
    CHECK(announced == QStringList{p.id});
    // The reader sees the committed row.
    CHECK(posts::byId(store->reader(), p.id).has_value());
}

TEST_CASE("removing a cache deletes the file and its WAL companions")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gone.sqlite"));
    {
        auto store = QCoro::waitFor(Store::open(path)).store;
        test::resultOf(store->write([](WriteContext &ctx) { meta::setCursor(ctx.db, 5); }));
        CHECK(QFile::exists(path));
    }
    CHECK(Store::removeFiles(path));
    CHECK_FALSE(QFile::exists(path));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-shm")));
}

TEST_CASE("my groups are replaced as a whole by a bootstrap")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("g.sqlite")), Database::Mode::ReadWrite);
    migrate(db);
    protocol::Group a{QStringLiteral("a"), QStringLiteral("Utrecht"), {}, QStringLiteral("public"), QStringLiteral("province"), 10, 1};
    protocol::Group b{QStringLiteral("b"), QStringLiteral("Fietsclub"), {}, QStringLiteral("public"), QStringLiteral("club"), 5, 1};
    directory::replaceMyGroups(db, {a, b});
    CHECK(directory::myGroups(db).size() == 2);
    directory::replaceMyGroups(db, {b});
    const auto mine = directory::myGroups(db);
    REQUIRE(mine.size() == 1);
    CHECK(mine.first().name == QStringLiteral("Fietsclub"));
}

TEST_CASE("the cache's WAL is copied into the file off the writer and then reused, so it stays small through a long catch-up")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wal.sqlite"));
    WalCheckpointer checkpointer(path);
    Database writer(path, Database::Mode::ReadWrite);
    checkpointer.attach(writer);
    writer.exec("CREATE TABLE filler(data BLOB)");
    // A row per page, 1,100 rows per transaction: each commit passes the 1,000-page mark at
    // which the WAL is to be copied into the database file.
    const QByteArray row(3000, 'x');
    const int rowsPerWrite = 1100;
    const qint64 page = 4096;
    int rows = 0;
    for (int round = 1; round <= 6; ++round) {
        Transaction tx(writer);
        for (int i = 0; i < rowsPerWrite; ++i) writer.prepare("INSERT INTO filler(data) VALUES(?)").bind(1, row).run();
        tx.commit();
        rows += rowsPerWrite;
        INFO("round " << round);
        REQUIRE(test::waitUntil([&] { return checkpointer.completed() >= round; }, 10000));
        // Only a checkpoint writes pages into the database file itself; the writer made none.
        CHECK(QFileInfo(path).size() >= rows * page);
    }
    // Each write after a finished checkpoint starts the WAL over: it holds one write, not six.
    CHECK(QFileInfo(path + QStringLiteral("-wal")).size() < 2 * rowsPerWrite * (page + 24));
    auto &count = writer.prepare("SELECT count(*) FROM filler");
    REQUIRE(count.step());
    CHECK(count.integer(0) == rows);
}

TEST_CASE("a store's writes reach the database file without the writer checkpointing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wal.sqlite"));
    auto store = QCoro::waitFor(Store::open(path)).store;
    test::resultOf(store->write([](WriteContext &ctx) {
        ctx.db.exec("CREATE TABLE filler(data BLOB)");
        Transaction tx(ctx.db);
        for (int i = 0; i < 1100; ++i) ctx.db.prepare("INSERT INTO filler(data) VALUES(?)").bind(1, QByteArray(3000, 'x')).run();
        tx.commit();
    }));
    CHECK(test::waitUntil([&] { return QFileInfo(path).size() >= 1100 * 4096; }, 10000));
}
