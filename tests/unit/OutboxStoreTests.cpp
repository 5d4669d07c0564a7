#include <catch2/catch.hpp>

#include "store/Database.h"
#include "store/Migrations.h"
#include "store/OutboxStore.h"

#include <QTemporaryDir>

using namespace plein::store;

TEST_CASE("the outbox hands out entries in the order they were written")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("o.sqlite")), Database::Mode::ReadWrite);
    migrate(db);
    outbox::enqueue(db, OutboxKind::CreatePost, QStringLiteral("p1"), QStringLiteral("{}"));
    outbox::enqueue(db, OutboxKind::CreatePost, QStringLiteral("p2"), QStringLiteral("{}"));
    CHECK(outbox::pendingCount(db) == 2);

    auto first = outbox::nextPending(db);
    REQUIRE(first);
    CHECK(first->objectId == QStringLiteral("p1"));
    outbox::markSending(db, first->seq);
    // While p1 is in flight, p2 is next; p1 is not handed out twice.
    CHECK(outbox::nextPending(db)->objectId == QStringLiteral("p2"));
    outbox::markDone(db, first->seq);
    CHECK(outbox::pendingCount(db) == 1);
}

TEST_CASE("after a crash, entries that were being sent are pending again")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("c.sqlite")), Database::Mode::ReadWrite);
    migrate(db);
    const qint64 seq = outbox::enqueue(db, OutboxKind::CreatePost, QStringLiteral("p1"), QStringLiteral("{}"));
    outbox::markSending(db, seq);
    CHECK_FALSE(outbox::nextPending(db));
    CHECK(outbox::recoverInterrupted(db) == 1);
    const auto again = outbox::nextPending(db);
    REQUIRE(again);
    CHECK(again->attempts == 1);
}

TEST_CASE("a failed entry waits for the user: retry puts it back, discard removes it")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("f.sqlite")), Database::Mode::ReadWrite);
    migrate(db);
    const qint64 seq = outbox::enqueue(db, OutboxKind::CreatePost, QStringLiteral("p1"), QStringLiteral("{}"));
    outbox::markSending(db, seq);
    outbox::markFailed(db, seq, QStringLiteral("forbidden"));
    CHECK_FALSE(outbox::nextPending(db));
    CHECK(outbox::byObject(db, QStringLiteral("p1"))->error == QStringLiteral("forbidden"));
    CHECK(outbox::retry(db, QStringLiteral("p1")));
    CHECK(outbox::nextPending(db)->objectId == QStringLiteral("p1"));
    outbox::markFailed(db, seq, QStringLiteral("forbidden"));
    CHECK(outbox::discard(db, QStringLiteral("p1")));
    CHECK_FALSE(outbox::byObject(db, QStringLiteral("p1")));
    CHECK_FALSE(outbox::retry(db, QStringLiteral("p1")));
}
