#include <catch2/catch.hpp>

#include "Wait.h"
#include "protocol/Feed.h"
#include "protocol/Sync.h"
#include "protocol/Uuid.h"
#include "store/MetaStore.h"
#include "store/PostStore.h"
#include "store/Store.h"
#include "sync/EventApplier.h"
#include "sync/SyncBatchDecoder.h"

#include <QJsonDocument>
#include <QTemporaryDir>

using namespace plein;
using namespace plein::store;
using sync::FrameOutcome;

namespace {
protocol::Post post(const QString &body, qint64 at)
{
    protocol::Post p;
    p.id = protocol::newUuidV7(at);
    p.authorId = QStringLiteral("u2");
    p.authorName = QStringLiteral("Anna de Vries");
    p.body = body;
    p.createdAt = at;
    p.version = 1;
    return p;
}

QString frameText(qint64 seq, qint64 prev, const QString &name, const QJsonObject &data)
{
    return QString::fromUtf8(QJsonDocument(protocol::eventFrame({seq, prev, name, data})).toJson(QJsonDocument::Compact));
}

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Store> store = QCoro::waitFor(Store::open(dir.filePath(QStringLiteral("s.sqlite")))).store;
    FrameOutcome frame(const QString &text)
    {
        return test::resultOf(store->write([text](WriteContext &ctx) { return sync::apply::frame(ctx, text); }));
    }
};
}

TEST_CASE("live frames apply in order, duplicates are dropped and gaps detected")
{
    Fixture f;
    const auto a = post(QStringLiteral("a"), 1000);
    const auto b = post(QStringLiteral("b"), 2000);
    const auto c = post(QStringLiteral("c"), 3000);

    auto r = f.frame(frameText(4, 0, protocol::EventName::PostCreated, a.toJson()));
    CHECK(r.kind == FrameOutcome::Kind::Applied);
    CHECK(r.cursor == 4);
    CHECK(meta::cursor(f.store->reader()) == 4);

    r = f.frame(frameText(4, 0, protocol::EventName::PostCreated, a.toJson()));
    CHECK(r.kind == FrameOutcome::Kind::Duplicate);

    // prev 6 != cursor 4: event 6 (or another before 9) never reached us.
    r = f.frame(frameText(9, 6, protocol::EventName::PostCreated, c.toJson()));
    CHECK(r.kind == FrameOutcome::Kind::Gap);
    CHECK(meta::cursor(f.store->reader()) == 4);
    CHECK_FALSE(posts::byId(f.store->reader(), c.id));

    r = f.frame(frameText(6, 4, protocol::EventName::PostCreated, b.toJson()));
    CHECK(r.kind == FrameOutcome::Kind::Applied);
    r = f.frame(frameText(9, 6, protocol::EventName::PostCreated, c.toJson()));
    CHECK(r.kind == FrameOutcome::Kind::Applied);
    CHECK(posts::count(f.store->reader()) == 3);
}

TEST_CASE("deletes remove the post; ready, error and garbage frames change nothing")
{
    Fixture f;
    const auto a = post(QStringLiteral("a"), 1000);
    f.frame(frameText(1, 0, protocol::EventName::PostCreated, a.toJson()));
    CHECK(f.frame(frameText(2, 1, protocol::EventName::PostDeleted, {{QStringLiteral("id"), a.id}})).kind == FrameOutcome::Kind::Applied);
    CHECK(posts::count(f.store->reader()) == 0);

    CHECK(f.frame(QStringLiteral(R"({"type":"ready","cursor":2})")).kind == FrameOutcome::Kind::Ready);
    CHECK(f.frame(QStringLiteral(R"({"type":"error","error":{"code":"unauthorized"}})")).kind == FrameOutcome::Kind::ServerError);
    CHECK(f.frame(QStringLiteral("{{{")).kind == FrameOutcome::Kind::Malformed);
    CHECK(f.frame(QStringLiteral(R"({"type":"event","seq":"three"})")).kind == FrameOutcome::Kind::Malformed);
    CHECK(meta::cursor(f.store->reader()) == 2);
}

TEST_CASE("an event from a newer server with an unknown name still advances the cursor")
{
    Fixture f;
    CHECK(f.frame(frameText(1, 0, QStringLiteral("poll.created"), {{QStringLiteral("id"), QStringLiteral("x")}})).kind
          == FrameOutcome::Kind::Applied);
    CHECK(meta::cursor(f.store->reader()) == 1);
}

TEST_CASE("a re-bootstrap drops synced posts it no longer lists but keeps what the user wrote")
{
    Fixture f;
    const auto old = post(QStringLiteral("old"), 1000);
    const auto kept = post(QStringLiteral("kept"), 2000);
    protocol::Post mine = post(QStringLiteral("mine, offline"), 3000);
    mine.version = 0;
    test::resultOf(f.store->write([&](WriteContext &ctx) {
        posts::upsertFromServer(ctx.db, old);
        posts::upsertFromServer(ctx.db, kept);
        posts::insertLocal(ctx.db, mine);
        meta::setCursor(ctx.db, 50);
    }));
    protocol::Bootstrap b;
    b.me.id = QStringLiteral("u1");
    b.me.email = QStringLiteral("bram@plein.demo");
    b.me.name = QStringLiteral("Bram Jansen");
    b.feed.items = {kept};
    b.cursor = 900;
    const QByteArray body = QJsonDocument(b.toJson()).toJson(QJsonDocument::Compact);
    test::resultOf(f.store->write([body](WriteContext &ctx) { return sync::apply::bootstrap(ctx, body, true); }));
    CHECK_FALSE(posts::byId(f.store->reader(), old.id));
    CHECK(posts::byId(f.store->reader(), kept.id));
    CHECK(posts::byId(f.store->reader(), mine.id)->state == PostState::Pending);
    CHECK(meta::cursor(f.store->reader()) == 900);
}

TEST_CASE("a /sync page decoded on the thread pool applies like one decoded on the writer")
{
    Fixture f;
    const auto a = post(QStringLiteral("a"), 1000);
    const auto b = post(QStringLiteral("b"), 2000);
    protocol::SyncBatch page;
    page.events = {{5, 0, protocol::EventName::PostCreated, a.toJson()}, {6, 5, protocol::EventName::PostCreated, b.toJson()}};
    page.cursor = 6;
    page.hasMore = true;
    const QByteArray body = QJsonDocument(page.toJson()).toJson(QJsonDocument::Compact);

    auto decoded = test::resultOf(sync::decodeSyncBatchOnPool(body));
    REQUIRE(decoded.ok());
    CHECK(decoded.value().events.size() == 2);
    const auto outcome = test::resultOf(
        f.store->write([batch = decoded.value()](WriteContext &ctx) { return sync::apply::syncBatch(ctx, batch); }));
    CHECK(outcome.applied == 2);
    CHECK(outcome.cursor == 6);
    CHECK(outcome.hasMore);
    CHECK(meta::cursor(f.store->reader()) == 6);
    CHECK(posts::byId(f.store->reader(), a.id).has_value());
    CHECK(posts::byId(f.store->reader(), b.id).has_value());

    // The same page again (a retried request) changes nothing.
    const auto again = test::resultOf(f.store->write([body](WriteContext &ctx) { return sync::apply::syncBatch(ctx, body); }));
    CHECK(again.applied == 0);
    CHECK(again.cursor == 6);

    // A malformed page is an error to log, not an exception on the pool thread.
    auto bad = test::resultOf(sync::decodeSyncBatchOnPool(QByteArrayLiteral("{\"events\": 7}")));
    CHECK_FALSE(bad.ok());
    CHECK(bad.error().toString().contains(QStringLiteral("events")));
    auto notJson = test::resultOf(sync::decodeSyncBatchOnPool(QByteArrayLiteral("<html>")));
    CHECK_FALSE(notJson.ok());
}
