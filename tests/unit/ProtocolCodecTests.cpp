#include <catch2/catch.hpp>

#include "protocol/ApiError.h"
#include "protocol/Auth.h"
#include "protocol/Feed.h"
#include "protocol/JsonReader.h"
#include "protocol/Sync.h"
#include "protocol/Uuid.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace plein::protocol;

namespace {
Post samplePost()
{
    Post p;
    p.id = newUuidV7();
    p.authorId = QStringLiteral("u1");
    p.authorName = QStringLiteral("Anna de Vries");
    p.groupId = QStringLiteral("g1");
    p.groupName = QStringLiteral("Utrecht");
    p.body = QStringLiteral("Wie helpt zaterdag mee met flyeren? 🌷");
    p.createdAt = 1700000000000;
    p.likeCount = 3;
    p.commentCount = 1;
    p.version = 2;
    return p;
}

template<typename T>
Decoded<T> decodeText(const QByteArray &json)
{
    auto obj = parseObject(json);
    if (!obj) return obj.error();
    return T::fromJson(obj.value());
}
}

TEST_CASE("a post survives a round trip through JSON unchanged")
{
    const Post p = samplePost();
    auto back = Post::fromJson(p.toJson());
    REQUIRE(back.ok());
    CHECK(back.value() == p);
}

TEST_CASE("a post to everyone has null group fields on the wire and decodes back to empty")
{
    Post p = samplePost();
    p.groupId.clear();
    p.groupName.clear();
    const QJsonObject json = p.toJson();
    CHECK(json.value(QStringLiteral("groupId")).isNull());
    auto back = Post::fromJson(json);
    REQUIRE(back.ok());
    CHECK(back.value().groupId.isEmpty());
}

TEST_CASE("bootstrap, feed page, session and sync batch round-trip")
{
    Bootstrap b;
    b.me.id = QStringLiteral("u1");
    b.me.email = QStringLiteral("anna@plein.demo");
    b.me.name = QStringLiteral("Anna de Vries");
    b.me.expertise = {QStringLiteral("zorg"), QStringLiteral("wonen")};
    b.me.version = 1;
    Group g;
    g.id = QStringLiteral("g1");
    g.name = QStringLiteral("Utrecht");
    g.version = 1;
    b.groups = {g};
    b.feed.items = {samplePost(), samplePost()};
    b.feed.next = b.feed.items.last().id;
    b.cursor = 42;
    auto back = Bootstrap::fromJson(b.toJson());
    REQUIRE(back.ok());
    CHECK(back.value().me == b.me);
    CHECK(back.value().groups == b.groups);
    CHECK(back.value().feed.items == b.feed.items);
    CHECK(back.value().feed.next == b.feed.next);
    CHECK(back.value().cursor == 42);

    Session s{QStringLiteral("a"), QStringLiteral("r"), 900, b.me};
    auto s2 = Session::fromJson(s.toJson());
    REQUIRE(s2.ok());
    CHECK(s2.value().user == b.me);

    SyncBatch batch;
    batch.events = {Event{5, 3, EventName::PostCreated, samplePost().toJson()}};
    batch.cursor = 5;
    batch.hasMore = true;
    auto b2 = SyncBatch::fromJson(batch.toJson());
    REQUIRE(b2.ok());
    CHECK(b2.value().events.size() == 1);
    CHECK(b2.value().events.first().prev == 3);
    CHECK(b2.value().hasMore);
}

TEST_CASE("malformed JSON is an error value, never a crash")
{
    for (const QByteArray &text : {QByteArray("{"), QByteArray("not json"), QByteArray(""), QByteArray("{\"id\": }"),
                                   QByteArray("[1,2,3]"), QByteArray("\"just a string\""), QByteArray("\xff\xfe\x00", 3)}) {
        auto r = decodeText<Post>(text);
        CHECK_FALSE(r.ok());
    }
}

TEST_CASE("a wrongly typed field is named in the error")
{
    QJsonObject json = samplePost().toJson();
    SECTION("string where a number belongs") {
        json.insert(QStringLiteral("createdAt"), QStringLiteral("yesterday"));
        auto r = Post::fromJson(json);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("createdAt"));
    }
    SECTION("number where a string belongs") {
        json.insert(QStringLiteral("body"), 12);
        auto r = Post::fromJson(json);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("body"));
    }
    SECTION("missing required field") {
        json.remove(QStringLiteral("authorName"));
        auto r = Post::fromJson(json);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("authorName"));
    }
    SECTION("object where a string belongs") {
        json.insert(QStringLiteral("id"), QJsonObject{{QStringLiteral("x"), 1}});
        auto r = Post::fromJson(json);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("id"));
    }
}

TEST_CASE("an error deep inside a document names the full path")
{
    FeedPage page;
    page.items = {samplePost(), samplePost()};
    QJsonObject json = page.toJson();
    QJsonArray items = json.value(QStringLiteral("items")).toArray();
    QJsonObject second = items.at(1).toObject();
    second.insert(QStringLiteral("body"), true);
    items.replace(1, second);
    json.insert(QStringLiteral("items"), items);
    Bootstrap b;
    QJsonObject boot = b.toJson();
    boot.insert(QStringLiteral("feed"), json);
    auto r = Bootstrap::fromJson(boot);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("feed.items[1].body"));
}

TEST_CASE("huge, fractional and negative numbers are refused")
{
    for (const char *value : {"1e300", "9007199254740994", "1.5", "-1", "1e16"}) {
        const QByteArray text = QByteArray(R"({"seq": )") + value + R"(, "prev": 0, "name": "post.created", "data": {}})";
        auto r = decodeText<Event>(text);
        INFO(value);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("seq"));
    }
    auto ok = decodeText<Event>(R"({"seq": 9007199254740992, "prev": 0, "name": "x", "data": {}})");
    CHECK(ok.ok());
}

TEST_CASE("an event whose prev is not below its seq is refused")
{
    auto r = decodeText<Event>(R"({"seq": 5, "prev": 5, "name": "post.created", "data": {}})");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("prev"));
}

TEST_CASE("deeply nested documents are refused by the parser, not by a stack overflow")
{
    QByteArray deep = "{\"a\":";
    for (int i = 0; i < 100000; ++i) deep += '[';
    for (int i = 0; i < 100000; ++i) deep += ']';
    deep += '}';
    auto r = parseObject(deep);
    CHECK_FALSE(r.ok());
}

TEST_CASE("hostile sizes: overlong strings and oversized arrays are refused")
{
    QJsonObject json = samplePost().toJson();
    json.insert(QStringLiteral("body"), QString(kMaxPostBodyLength + 1, QLatin1Char('x')));
    auto r = Post::fromJson(json);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("body"));

    QJsonArray many;
    for (int i = 0; i < kMaxPageSize + 1; ++i) many.append(samplePost().toJson());
    auto page = FeedPage::fromJson({{QStringLiteral("items"), many}, {QStringLiteral("next"), QJsonValue::Null}});
    REQUIRE_FALSE(page.ok());
    CHECK(page.error().field == QStringLiteral("items"));
}

TEST_CASE("a new post needs a UUIDv7 id and a body that is not blank")
{
    auto ok = NewPost::fromJson(NewPost{newUuidV7(), {}, QStringLiteral("Hallo")}.toJson());
    CHECK(ok.ok());
    auto badId = NewPost::fromJson(NewPost{QStringLiteral("123"), {}, QStringLiteral("Hallo")}.toJson());
    REQUIRE_FALSE(badId.ok());
    CHECK(badId.error().field == QStringLiteral("id"));
    auto v4 = NewPost::fromJson(NewPost{QStringLiteral("3b241101-e2bb-4255-8caf-4136c566a962"), {}, QStringLiteral("x")}.toJson());
    CHECK_FALSE(v4.ok());
    auto blank = NewPost::fromJson(NewPost{newUuidV7(), {}, QStringLiteral("  \n ")}.toJson());
    REQUIRE_FALSE(blank.ok());
    CHECK(blank.error().field == QStringLiteral("body"));
}

TEST_CASE("unknown roles and visibilities are refused, unknown fields ignored")
{
    User u;
    u.id = QStringLiteral("u");
    u.email = QStringLiteral("e@x");
    u.name = QStringLiteral("n");
    QJsonObject json = u.toJson();
    json.insert(QStringLiteral("futureField"), QStringLiteral("ignored"));
    CHECK(User::fromJson(json).ok());
    json.insert(QStringLiteral("role"), QStringLiteral("emperor"));
    auto r = User::fromJson(json);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("role"));

    Group g;
    g.id = QStringLiteral("g");
    g.name = QStringLiteral("G");
    QJsonObject gj = g.toJson();
    gj.insert(QStringLiteral("visibility"), QStringLiteral("invisible"));
    CHECK_FALSE(Group::fromJson(gj).ok());
}

TEST_CASE("error bodies decode, and anything else is not an error body")
{
    ApiError e{ErrorCode::ValidationFailed, QStringLiteral("body must not be empty"), QStringLiteral("body")};
    auto back = ApiError::fromJson(e.toJson());
    REQUIRE(back.ok());
    CHECK(back.value().code == ErrorCode::ValidationFailed);
    CHECK(back.value().field == QStringLiteral("body"));
    CHECK_FALSE(ApiError::fromJson(QJsonObject{{QStringLiteral("message"), QStringLiteral("nginx")}}).ok());
}

TEST_CASE("the hello frame must say it is a hello")
{
    auto ok = HelloFrame::fromJson(HelloFrame{QStringLiteral("t"), 7}.toJson());
    REQUIRE(ok.ok());
    CHECK(ok.value().since == 7);
    QJsonObject other = HelloFrame{QStringLiteral("t"), 7}.toJson();
    other.insert(QStringLiteral("type"), QStringLiteral("typing"));
    CHECK_FALSE(HelloFrame::fromJson(other).ok());
}
