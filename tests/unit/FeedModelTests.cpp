#include <catch2/catch.hpp>

#include "Wait.h"
#include "models/FeedModel.h"
#include "protocol/Uuid.h"
#include "store/PostStore.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace plein;
using namespace plein::store;
using models::FeedModel;

namespace {
protocol::Post post(int n, qint64 at)
{
    protocol::Post p;
    p.id = protocol::newUuidV7(at);
    p.authorId = QStringLiteral("u1");
    p.authorName = QStringLiteral("Anna de Vries");
    p.groupName = QStringLiteral("Utrecht");
    p.body = QStringLiteral("bericht %1").arg(n);
    p.createdAt = at;
    p.version = 1;
    return p;
}

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Store> store = QCoro::waitFor(Store::open(dir.filePath(QStringLiteral("f.sqlite")))).store;

    void addFromServer(const QList<protocol::Post> &items)
    {
        test::resultOf(store->write([items](WriteContext &ctx) {
            Transaction tx(ctx.db);
            for (const auto &p : items)
                if (posts::upsertFromServer(ctx.db, p)) ctx.changes.postsUpserted.append(p.id);
            tx.commit();
        }));
        QCoreApplication::processEvents();
    }
};
}

TEST_CASE("the feed model pages through the store newest first")
{
    Fixture f;
    QList<protocol::Post> items;
    for (int i = 0; i < 120; ++i) items.append(post(i, 1000 + i));
    f.addFromServer(items);

    FeedModel model(f.store.get());
    model.setPageSize(50);
    CHECK(model.rowCount() == 50);
    CHECK(model.data(model.index(0), FeedModel::BodyRole).toString() == QStringLiteral("bericht 119"));
    CHECK(model.data(model.index(0), FeedModel::InitialsRole).toString() == QStringLiteral("AV"));
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 100);
    // The tester checks every signal from here on (attaching it fetches more by itself).
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.fetchMore({});
    CHECK(model.rowCount() == 120);
    CHECK(model.data(model.index(119), FeedModel::BodyRole).toString() == QStringLiteral("bericht 0"));
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.isAtEnd());
}

TEST_CASE("a new post from the server is inserted at the top without a reset")
{
    Fixture f;
    f.addFromServer({post(1, 1000), post(2, 2000)});
    FeedModel model(f.store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    f.addFromServer({post(3, 3000)});
    REQUIRE(test::waitUntil([&] { return model.rowCount() == 3; }));
    CHECK(model.data(model.index(0), FeedModel::BodyRole).toString() == QStringLiteral("bericht 3"));
    CHECK(resets.isEmpty());
    CHECK(inserts.size() == 1);
}

TEST_CASE("a local echo shows pending, then moves to its confirmed time and clears the mark")
{
    Fixture f;
    f.addFromServer({post(1, 1000), post(2, 2000)});
    FeedModel model(f.store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    protocol::Post mine = post(9, 500); // the device clock was behind
    mine.version = 0;
    test::resultOf(f.store->write([mine](WriteContext &ctx) {
        posts::insertLocal(ctx.db, mine);
        ctx.changes.postsUpserted.append(mine.id);
    }));
    REQUIRE(test::waitUntil([&] { return model.rowCount() == 3; }));
    // Older than everything loaded, but the window reaches the end of the store: shown.
    CHECK(model.indexOf(mine.id) == 2);
    CHECK(model.data(model.index(2), FeedModel::PendingRole).toBool());

    protocol::Post confirmed = mine;
    confirmed.createdAt = 5000;
    confirmed.version = 1;
    f.addFromServer({confirmed});
    REQUIRE(test::waitUntil([&] { return model.indexOf(mine.id) == 0; }));
    CHECK_FALSE(model.data(model.index(0), FeedModel::PendingRole).toBool());
    CHECK(model.rowCount() == 3);
}

TEST_CASE("removed posts leave the model; old posts outside the window wait for scrolling")
{
    Fixture f;
    QList<protocol::Post> items;
    for (int i = 0; i < 60; ++i) items.append(post(i, 10000 + i));
    f.addFromServer(items);
    FeedModel model(f.store.get());
    model.setPageSize(50);
    REQUIRE(model.rowCount() == 50);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 60); // the tester fetched the rest

    test::resultOf(f.store->write([id = items.last().id](WriteContext &ctx) {
        posts::remove(ctx.db, id);
        ctx.changes.postsRemoved.append(id);
    }));
    REQUIRE(test::waitUntil([&] { return model.rowCount() == 59; }));
    CHECK(model.indexOf(items.last().id) == -1);

    // A window that does not reach the end of the store leaves older posts for scrolling.
    FeedModel partial(f.store.get());
    partial.setPageSize(20);
    REQUIRE(partial.rowCount() == 20);
    f.addFromServer({post(999, 10)}); // far older than the window
    CHECK(partial.rowCount() == 20);
    CHECK(model.rowCount() == 60);    // the full window takes it at its end
}

TEST_CASE("at the end of the store the model asks the server pager for older posts")
{
    Fixture f;
    f.addFromServer({post(1, 1000)});
    FeedModel model(f.store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    bool serverHasMore = true;
    int calls = 0;
    model.setServerPager(
        [&]() -> QCoro::Task<bool> {
            ++calls;
            f.addFromServer({post(0, 500)});
            serverHasMore = false;
            co_return true;
        },
        [&] { return serverHasMore; });
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    REQUIRE(test::waitUntil([&] { return !model.isLoading() && model.rowCount() == 2; }));
    CHECK(calls == 1);
    CHECK(model.data(model.index(1), FeedModel::BodyRole).toString() == QStringLiteral("bericht 0"));
    CHECK(model.isAtEnd());
}
