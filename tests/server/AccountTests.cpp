// GET /me and GET /bootstrap.
#include "ServerFixture.h"
#include "protocol/Auth.h"
#include "protocol/Feed.h"
#include "protocol/Sync.h"

#include <QSet>
#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace plein::test;
namespace protocol = plein::protocol;

TEST_CASE("me answers the signed-in user", "[server][account]")
{
    auto server = startServer();
    TestHttp http(server->url());
    const auto session = protocol::Session::fromJson(http.login(kAnna).json());
    REQUIRE(session.ok());
    const HttpResult r = http.get(QStringLiteral("/api/v1/me"));
    REQUIRE(r.status == 200);
    const auto me = protocol::User::fromJson(r.json());
    REQUIRE(me.ok());
    CHECK(me.value() == session.value().user);
    CHECK(me.value().name == QStringLiteral("Anna de Vries"));
    CHECK(me.value().role == QStringLiteral("community_manager"));
    CHECK_FALSE(me.value().id.isEmpty());
}

TEST_CASE("bootstrap gives me, my groups, the first feed page and a cursor", "[server][account]")
{
    auto server = startServer();
    auto bram = signIn(*server, kBram);
    const HttpResult r = bram->get(QStringLiteral("/api/v1/bootstrap"));
    REQUIRE(r.status == 200);
    const auto decoded = protocol::Bootstrap::fromJson(r.json());
    REQUIRE(decoded.ok());
    const protocol::Bootstrap &b = decoded.value();

    CHECK(b.me.email == kBram);
    QSet<QString> names;
    for (const protocol::Group &g : b.groups) {
        names.insert(g.name);
        CHECK(g.memberCount >= 1);
        CHECK(g.version >= 1);
    }
    CHECK(names == QSet<QString>{QStringLiteral("Gelderland"), QStringLiteral("ICT"), QStringLiteral("Fietsclub")});

    CHECK(b.feed.items.size() == 30);
    CHECK_FALSE(b.feed.next.isEmpty());
    const HttpResult page = bram->get(QStringLiteral("/api/v1/feed"));
    REQUIRE(page.status == 200);
    CHECK(page.json() == r.json().value(QStringLiteral("feed")).toObject());

    // The cursor is the end of the log at the snapshot: nothing is pending after it...
    CHECK(b.cursor == currentCursor(*bram));
    const HttpResult after = bram->get(QStringLiteral("/api/v1/sync?since=%1").arg(b.cursor));
    REQUIRE(after.status == 200);
    CHECK(after.json().value(QStringLiteral("events")).toArray().isEmpty());

    // ...and the next change lands right after it.
    auto anna = signIn(*server, kAnna);
    REQUIRE(anna->post(QStringLiteral("/api/v1/posts"),
                       newPost(groupIdNamed(*anna, QStringLiteral("Fietsclub")), QStringLiteral("Wie fietst er mee?")))
                .status == 201);
    const auto batch = protocol::SyncBatch::fromJson(bram->get(QStringLiteral("/api/v1/sync?since=%1").arg(b.cursor)).json());
    REQUIRE(batch.ok());
    REQUIRE(batch.value().events.size() == 1);
    CHECK(batch.value().events.first().prev == b.cursor);
    CHECK(batch.value().events.first().seq == b.cursor + 1);
}

TEST_CASE("an external user's bootstrap lists only their group", "[server][account]")
{
    auto server = startServer();
    auto extern_ = signIn(*server, kExtern);
    const auto b = protocol::Bootstrap::fromJson(extern_->get(QStringLiteral("/api/v1/bootstrap")).json());
    REQUIRE(b.ok());
    CHECK(b.value().me.role == QStringLiteral("external"));
    REQUIRE(b.value().groups.size() == 1);
    CHECK(b.value().groups.first().name == QStringLiteral("Zorg"));
}
