// The WebSocket stream at /api/v1/stream: hello, replay, ready, live events, close codes.
#include "ServerFixture.h"
#include "StreamClient.h"
#include "protocol/Auth.h"
#include "protocol/Sync.h"

#include <QTcpSocket>
#include <QTest>
#include <catch2/catch.hpp>

using namespace plein::test;
namespace protocol = plein::protocol;

namespace {

QString accessToken(TestHttp &http, const QString &email)
{
    const HttpResult r = http.login(email);
    REQUIRE(r.status == 200);
    return r.json().value(QStringLiteral("accessToken")).toString();
}

// Checks the error frame and close code a refused connection ends with.
void requireRefused(StreamClient &client, int closeCode, const QString &errorCode)
{
    REQUIRE(client.waitForClose());
    CHECK(client.closeCode() == closeCode);
    REQUIRE_FALSE(client.frames().isEmpty());
    const QJsonObject last = client.frames().last();
    CHECK(last.value(QStringLiteral("type")).toString() == QStringLiteral("error"));
    CHECK(last.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() == errorCode);
}

int postAs(TestHttp &http, const QString &groupId, const QString &body)
{
    return http.post(QStringLiteral("/api/v1/posts"), newPost(groupId, body)).status;
}

} // namespace

TEST_CASE("a hello without a valid token is closed with 4401", "[server][stream]")
{
    auto server = startServer();
    StreamClient client(server->url());
    REQUIRE(client.open());

    SECTION("unknown token")
    {
        client.hello(QStringLiteral("bogus-token"), 0);
        requireRefused(client, protocol::CloseCode::Unauthorized, QStringLiteral("unauthorized"));
    }
    SECTION("no token at all")
    {
        client.sendJson({{QStringLiteral("type"), QStringLiteral("hello")}, {QStringLiteral("since"), 0}});
        requireRefused(client, protocol::CloseCode::Unauthorized, QStringLiteral("unauthorized"));
    }
    SECTION("a signed-out token")
    {
        TestHttp http(server->url());
        const QString token = accessToken(http, kBram);
        REQUIRE(http.post(QStringLiteral("/api/v1/auth/logout"), {}).status == 204);
        client.hello(token, 0);
        requireRefused(client, protocol::CloseCode::Unauthorized, QStringLiteral("unauthorized"));
    }
}

TEST_CASE("a malformed first frame is closed with 4400", "[server][stream]")
{
    auto server = startServer();
    TestHttp http(server->url());
    const QString token = accessToken(http, kBram);
    StreamClient client(server->url());
    REQUIRE(client.open());

    SECTION("not JSON")
    {
        client.sendText(QStringLiteral("hello?"));
        requireRefused(client, protocol::CloseCode::BadFrame, QStringLiteral("malformed_json"));
    }
    SECTION("not a hello")
    {
        client.sendJson({{QStringLiteral("type"), QStringLiteral("typing")}, {QStringLiteral("token"), token},
                         {QStringLiteral("since"), 0}});
        requireRefused(client, protocol::CloseCode::BadFrame, QStringLiteral("validation_failed"));
    }
    SECTION("since is not a number")
    {
        client.sendJson({{QStringLiteral("type"), QStringLiteral("hello")}, {QStringLiteral("token"), token},
                         {QStringLiteral("since"), QStringLiteral("0")}});
        requireRefused(client, protocol::CloseCode::BadFrame, QStringLiteral("validation_failed"));
    }
}

TEST_CASE("a since the server cannot serve is closed with 4410", "[server][stream]")
{
    auto server = startServer();
    TestHttp http(server->url());
    const QString token = accessToken(http, kBram);
    const qint64 end = currentCursor(http);
    StreamClient client(server->url());
    REQUIRE(client.open());
    client.hello(token, end + 1);
    requireRefused(client, protocol::CloseCode::CursorExpired, QStringLiteral("cursor_expired"));
}

TEST_CASE("no hello in time is closed with 4401", "[server][stream]")
{
    auto server = startServer({QStringLiteral("--hello-timeout-ms"), QStringLiteral("300")});
    StreamClient client(server->url());
    REQUIRE(client.open());
    requireRefused(client, protocol::CloseCode::Unauthorized, QStringLiteral("unauthorized"));
}

TEST_CASE("the stream replays, says ready, then carries live events with chained prev", "[server][stream]")
{
    auto server = startServer();
    TestHttp bramHttp(server->url());
    const QString token = accessToken(bramHttp, kBram);
    auto anna = signIn(*server, kAnna);
    const QString fietsclub = groupIdNamed(*anna, QStringLiteral("Fietsclub"));
    const QString utrecht = groupIdNamed(*anna, QStringLiteral("Utrecht"));

    // What REST says bram should get, to compare the replay with.
    const auto expected = protocol::SyncBatch::fromJson(bramHttp.get(QStringLiteral("/api/v1/sync?since=0&limit=1000")).json());
    REQUIRE(expected.ok());
    REQUIRE_FALSE(expected.value().hasMore);
    const qint64 end = currentCursor(bramHttp);

    StreamClient client(server->url());
    REQUIRE(client.open());
    client.hello(token, 0);
    const int ready = client.waitForType(QStringLiteral("ready"));
    REQUIRE(ready >= 0);
    REQUIRE(ready == expected.value().events.size());
    qint64 prev = 0;
    for (int i = 0; i < ready; ++i) {
        const auto event = protocol::Event::fromJson(client.frames()[i]);
        REQUIRE(event.ok());
        CHECK(client.frames()[i].value(QStringLiteral("type")).toString() == QStringLiteral("event"));
        CHECK(event.value().prev == prev);
        CHECK(event.value().seq == expected.value().events[i].seq);
        CHECK(event.value().data == expected.value().events[i].data);
        prev = event.value().seq;
    }
    const qint64 cursor = client.frames()[ready].value(QStringLiteral("cursor")).toInteger();
    CHECK(cursor == end);

    // A live event from another user's POST, with prev = the ready cursor.
    REQUIRE(postAs(*anna, fietsclub, QStringLiteral("Live vanuit de fietsclub")) == 201);
    REQUIRE(client.waitForFrames(ready + 2));
    const auto live = protocol::Event::fromJson(client.frames()[ready + 1]);
    REQUIRE(live.ok());
    CHECK(live.value().prev == cursor);
    CHECK(live.value().seq == cursor + 1);
    CHECK(live.value().name == QStringLiteral("post.created"));
    CHECK(live.value().data.value(QStringLiteral("body")).toString() == QStringLiteral("Live vanuit de fietsclub"));

    // A post in a group bram is not in never arrives; the next visible one chains over it.
    REQUIRE(postAs(*anna, utrecht, QStringLiteral("Niet voor Bram")) == 201);
    REQUIRE(postAs(*anna, QString(), QStringLiteral("Voor iedereen")) == 201);
    REQUIRE(client.waitForFrames(ready + 3));
    QTest::qWait(200);
    REQUIRE(client.frames().size() == ready + 3);
    const auto next = protocol::Event::fromJson(client.frames()[ready + 2]);
    REQUIRE(next.ok());
    CHECK(next.value().prev == live.value().seq);
    CHECK(next.value().seq == live.value().seq + 2);
    CHECK(next.value().data.value(QStringLiteral("body")).toString() == QStringLiteral("Voor iedereen"));
    CHECK_FALSE(client.isClosed());
}

TEST_CASE("a replay from the middle of the log starts its prev chain at since", "[server][stream]")
{
    auto server = startServer();
    TestHttp http(server->url());
    const QString token = accessToken(http, kBram);
    const auto batch = protocol::SyncBatch::fromJson(http.get(QStringLiteral("/api/v1/sync?since=0&limit=10")).json());
    REQUIRE(batch.ok());
    REQUIRE(batch.value().events.size() == 10);
    const qint64 since = batch.value().events[4].seq;

    StreamClient client(server->url());
    REQUIRE(client.open());
    client.hello(token, since);
    const int ready = client.waitForType(QStringLiteral("ready"));
    REQUIRE(ready > 5);
    CHECK(client.frames()[0].value(QStringLiteral("prev")).toInteger() == since);
    CHECK(client.frames()[0].value(QStringLiteral("seq")).toInteger() == batch.value().events[5].seq);
    CHECK(client.frames()[1].value(QStringLiteral("prev")).toInteger() == batch.value().events[5].seq);
}

TEST_CASE("a hello at the bootstrap cursor replays nothing and goes live", "[server][stream]")
{
    auto server = startServer();
    auto bram = signIn(*server, kBram);
    TestHttp tokenSource(server->url());
    const QString token = accessToken(tokenSource, kBram);
    const qint64 cursor = bram->get(QStringLiteral("/api/v1/bootstrap")).json().value(QStringLiteral("cursor")).toInteger();

    StreamClient client(server->url());
    REQUIRE(client.open());
    client.hello(token, cursor);
    REQUIRE(client.waitForType(QStringLiteral("ready")) == 0);
    CHECK(client.frames()[0].value(QStringLiteral("cursor")).toInteger() == cursor);

    SECTION("frames of unknown types after the hello are ignored (a second hello too), the stream goes on")
    {
        client.sendJson({{QStringLiteral("type"), QStringLiteral("presence")}, {QStringLiteral("away"), true}});
        client.hello(token, 0);
        REQUIRE(postAs(*bram, groupIdNamed(*bram, QStringLiteral("ICT")), QStringLiteral("Nog steeds verbonden")) == 201);
        REQUIRE(client.waitForFrames(2));
        CHECK(client.frames()[1].value(QStringLiteral("prev")).toInteger() == cursor);
        CHECK_FALSE(client.isClosed());
    }
    SECTION("a frame after the hello that is not JSON closes the stream with 4400")
    {
        client.sendText(QStringLiteral("not json"));
        REQUIRE(client.waitForClose());
        CHECK(client.closeCode() == 4400);
        CHECK(client.frames().last().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString()
              == QStringLiteral("malformed_json"));
    }
    SECTION("a typing frame without a conversation id closes the stream with 4400")
    {
        client.sendJson({{QStringLiteral("type"), QStringLiteral("typing")}});
        REQUIRE(client.waitForClose());
        CHECK(client.closeCode() == 4400);
        CHECK(client.frames().last().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString()
              == QStringLiteral("validation_failed"));
    }
    SECTION("stopping the server closes the stream with 1001")
    {
        server->stop();
        REQUIRE(client.waitForClose());
        CHECK(client.closeCode() == 1001);
    }
    SECTION("signing out closes the stream with 4401")
    {
        TestHttp sameSession(server->url());
        sameSession.setToken(token);
        REQUIRE(sameSession.post(QStringLiteral("/api/v1/auth/logout"), {}).status == 204);
        requireRefused(client, protocol::CloseCode::Unauthorized, QStringLiteral("unauthorized"));
    }
}

TEST_CASE("a socket that stops answering pings is dropped", "[server][stream]")
{
    // 250 ms pings: a socket silent for 600 ms is dropped.
    auto server = startServer({QStringLiteral("--heartbeat-ms"), QStringLiteral("250"), QStringLiteral("--hello-timeout-ms"),
                               QStringLiteral("60000")});

    // A raw TCP client completes the handshake and then never reads or answers a ping.
    QTcpSocket raw;
    raw.connectToHost(QStringLiteral("127.0.0.1"), server->port());
    REQUIRE(raw.waitForConnected(5000));
    raw.write("GET /api/v1/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    REQUIRE(QTest::qWaitFor([&] { return raw.bytesAvailable() > 0; }, 5000));
    CHECK(raw.readAll().startsWith("HTTP/1.1 101"));

    // A real client answers pings automatically and stays.
    StreamClient healthy(server->url());
    REQUIRE(healthy.open());

    CHECK(QTest::qWaitFor([&] { return raw.state() == QAbstractSocket::UnconnectedState; }, 5000));
    CHECK_FALSE(healthy.isClosed());
}
