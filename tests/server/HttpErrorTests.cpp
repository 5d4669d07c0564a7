// The JSON error contract for paths and methods that do not exist.
#include "ServerFixture.h"
#include "protocol/ApiError.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace plein::test;
namespace protocol = plein::protocol;

TEST_CASE("unknown routes answer 404 with a JSON error body", "[server][http]")
{
    auto server = startServer();
    auto bram = signIn(*server, kBram);
    for (const char *path : {"/api/v1/nope", "/", "/api/v2/me", "/api/v1/me/", "/api/v1"}) {
        INFO(path);
        const HttpResult r = bram->get(QString::fromLatin1(path));
        CHECK(r.status == 404);
        CHECK(r.header("Content-Type").startsWith("application/json"));
        const auto error = protocol::ApiError::fromJson(r.json());
        REQUIRE(error.ok());
        CHECK(error.value().code == QStringLiteral("not_found"));
    }
}

TEST_CASE("a known path with the wrong method answers 405 with Allow", "[server][http]")
{
    auto server = startServer();
    auto bram = signIn(*server, kBram);
    const HttpResult get = bram->get(QStringLiteral("/api/v1/posts"));
    CHECK(get.status == 405);
    CHECK(get.errorCode() == QStringLiteral("method_not_allowed"));
    CHECK(get.header("Allow") == "POST");
    const HttpResult del = bram->del(QStringLiteral("/api/v1/me"));
    CHECK(del.status == 405);
    CHECK(del.header("Allow") == "GET");
    CHECK(bram->post(QStringLiteral("/api/v1/feed"), {}).status == 405);
}

TEST_CASE("the stream path without a WebSocket upgrade answers 426", "[server][http]")
{
    auto server = startServer();
    TestHttp http(server->url());
    const HttpResult r = http.get(QStringLiteral("/api/v1/stream"));
    CHECK(r.status == 426);
    CHECK(protocol::ApiError::fromJson(r.json()).ok());
}

TEST_CASE("a storage fault answers 500 internal without leaking SQL", "[server][http]")
{
    auto server = startServer();
    auto bram = signIn(*server, kBram);
    {
        // Sabotage the schema under the running server so the feed query fails.
        QSqlDatabase db = openDatabase(server->dataDir());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("DROP TABLE reactions")));
        closeDatabase(db);
    }
    const HttpResult r = bram->get(QStringLiteral("/api/v1/feed"));
    CHECK(r.status == 500);
    CHECK(r.errorCode() == QStringLiteral("internal"));
    CHECK_FALSE(r.body.contains("reactions"));
    CHECK_FALSE(r.body.contains("SELECT"));
    // The server itself keeps serving what does not need the broken table.
    CHECK(bram->get(QStringLiteral("/api/v1/me")).status == 200);
}
