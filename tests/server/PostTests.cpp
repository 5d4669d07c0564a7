// POST /posts: creation, idempotent repeats, permissions and validation.
#include "ServerFixture.h"
#include "protocol/Post.h"
#include "protocol/Uuid.h"

#include <QDateTime>
#include <catch2/catch.hpp>

using namespace plein::test;
namespace protocol = plein::protocol;

namespace {
const QString kPosts = QStringLiteral("/api/v1/posts");

int countInFeed(TestHttp &http, const QString &id)
{
    int n = 0;
    for (const protocol::Post &p : wholeFeed(http, 100)) n += p.id == id;
    return n;
}
} // namespace

TEST_CASE("creating a post answers 201 with the stored post", "[server][posts]")
{
    auto server = startServer();
    auto bram = signIn(*server, kBram);
    auto anna = signIn(*server, kAnna);
    const QString fietsclub = groupIdNamed(*anna, QStringLiteral("Fietsclub"));
    const QString id = protocol::newUuidV7();
    const qint64 before = QDateTime::currentMSecsSinceEpoch();

    const HttpResult r = bram->post(kPosts, newPost(fietsclub, QStringLiteral("Zondag een rondje Veluwe?"), id));
    REQUIRE(r.status == 201);
    const auto post = protocol::Post::fromJson(r.json());
    REQUIRE(post.ok());
    CHECK(post.value().id == id);
    CHECK(post.value().authorName == QStringLiteral("Bram Jansen"));
    CHECK(post.value().authorId == bram->get(QStringLiteral("/api/v1/me")).json()[QStringLiteral("id")].toString());
    CHECK(post.value().groupId == fietsclub);
    CHECK(post.value().groupName == QStringLiteral("Fietsclub"));
    CHECK(post.value().body == QStringLiteral("Zondag een rondje Veluwe?"));
    CHECK(post.value().version == 1);
    CHECK(post.value().likeCount == 0);
    CHECK(post.value().commentCount == 0);
    CHECK(post.value().editedAt == 0);
    CHECK(post.value().createdAt >= before);
    CHECK(post.value().createdAt <= QDateTime::currentMSecsSinceEpoch());

    // It tops both members' feeds.
    const auto top = protocol::FeedPage::fromJson(anna->get(QStringLiteral("/api/v1/feed?limit=1")).json());
    REQUIRE(top.ok());
    REQUIRE(top.value().items.size() == 1);
    CHECK(top.value().items.first() == post.value());
}

TEST_CASE("repeating a create returns the stored post and creates nothing", "[server][posts]")
{
    auto server = startServer();
    auto bram = signIn(*server, kBram);
    auto anna = signIn(*server, kAnna);
    const QString ict = groupIdNamed(*bram, QStringLiteral("ICT"));
    const QString id = protocol::newUuidV7();
    const qint64 cursor = currentCursor(*bram);

    const HttpResult first = bram->post(kPosts, newPost(ict, QStringLiteral("Server herstart om 12:00"), id));
    REQUIRE(first.status == 201);
    const HttpResult again = bram->post(kPosts, newPost(ict, QStringLiteral("Server herstart om 12:00"), id));
    CHECK(again.status == 200);
    CHECK(again.body == first.body);

    SECTION("even with a different body: the first write wins")
    {
        const HttpResult changed = bram->post(kPosts, newPost(ict, QStringLiteral("iets anders"), id));
        CHECK(changed.status == 200);
        CHECK(changed.body == first.body);
    }
    SECTION("ids are compared case-insensitively")
    {
        const HttpResult upper = bram->post(kPosts, newPost(ict, QStringLiteral("Server herstart om 12:00"), id.toUpper()));
        CHECK(upper.status == 200);
        CHECK(upper.body == first.body);
    }

    CHECK(countInFeed(*bram, id) == 1);
    CHECK(currentCursor(*bram) == cursor + 1); // one change-log event, not two

    SECTION("the same id from another author is a conflict")
    {
        const HttpResult taken = anna->post(kPosts, newPost({}, QStringLiteral("Mijn id!"), id));
        CHECK(taken.status == 409);
        CHECK(taken.errorCode() == QStringLiteral("id_conflict"));
        CHECK(countInFeed(*bram, id) == 1);
    }
}

TEST_CASE("only community managers and admins post to everyone", "[server][posts]")
{
    auto server = startServer();
    auto bram = signIn(*server, kBram);
    const HttpResult refused = bram->post(kPosts, newPost({}, QStringLiteral("Hallo allemaal")));
    CHECK(refused.status == 403);
    CHECK(refused.errorCode() == QStringLiteral("forbidden"));
    CHECK(errorField(refused) == QStringLiteral("groupId"));

    for (const QString &email : {kAnna, kAdmin}) {
        auto http = signIn(*server, email);
        const HttpResult ok = http->post(kPosts, newPost({}, QStringLiteral("Mededeling voor iedereen")));
        INFO(email.toStdString() << ": " << ok.body.toStdString());
        REQUIRE(ok.status == 201);
        CHECK(ok.json().value(QStringLiteral("groupId")).isNull());
        CHECK(ok.json().value(QStringLiteral("groupName")).isNull());
    }
    auto extern_ = signIn(*server, kExtern);
    CHECK(extern_->post(kPosts, newPost({}, QStringLiteral("Hallo"))).status == 403);
}

TEST_CASE("posting into a group needs membership; secret groups do not exist for outsiders", "[server][posts]")
{
    auto server = startServer();
    auto anna = signIn(*server, kAnna);
    auto bram = signIn(*server, kBram);

    SECTION("public or private group I am not in: 403")
    {
        for (const char *name : {"Utrecht", "Klimaat en milieu"}) {
            INFO(name);
            const HttpResult r = bram->post(kPosts, newPost(groupIdNamed(*anna, QString::fromLatin1(name)), QStringLiteral("Hoi")));
            CHECK(r.status == 403);
            CHECK(r.errorCode() == QStringLiteral("forbidden"));
            CHECK(errorField(r) == QStringLiteral("groupId"));
        }
    }
    SECTION("secret group I am not in, or no such group: 404")
    {
        for (const QString &groupId :
             {groupIdNamed(*anna, QStringLiteral("Vertrouwenspersonen")), protocol::newUuidV7(), QStringLiteral("nope")}) {
            INFO(groupId.toStdString());
            const HttpResult r = bram->post(kPosts, newPost(groupId, QStringLiteral("Hoi")));
            CHECK(r.status == 404);
            CHECK(r.errorCode() == QStringLiteral("not_found"));
            CHECK(errorField(r) == QStringLiteral("groupId"));
        }
    }
    SECTION("a member may post into the secret group")
    {
        CHECK(anna->post(kPosts, newPost(groupIdNamed(*anna, QStringLiteral("Vertrouwenspersonen")), QStringLiteral("Hoi")))
                  .status == 201);
    }
}

TEST_CASE("a new post is validated field by field", "[server][posts]")
{
    auto server = startServer();
    auto bram = signIn(*server, kBram);
    const QString ict = groupIdNamed(*bram, QStringLiteral("ICT"));
    const auto expect422 = [&](const QJsonObject &body, const char *field) {
        const HttpResult r = bram->post(kPosts, body);
        INFO(r.body.toStdString());
        CHECK(r.status == 422);
        CHECK(r.errorCode() == QStringLiteral("validation_failed"));
        CHECK(errorField(r) == QString::fromLatin1(field));
    };

    expect422(newPost(ict, QStringLiteral("Hoi"), QStringLiteral("not-a-uuid")), "id");
    expect422(newPost(ict, QStringLiteral("Hoi"), QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301")), "id"); // v4
    expect422(newPost(ict, QString()), "body");
    expect422(newPost(ict, QStringLiteral("   \n ")), "body");
    expect422(newPost(ict, QString(protocol::kMaxPostBodyLength + 1, QLatin1Char('x'))), "body");
    expect422({{QStringLiteral("groupId"), ict}, {QStringLiteral("body"), QStringLiteral("Hoi")}}, "id");
    expect422({{QStringLiteral("id"), protocol::newUuidV7()}, {QStringLiteral("groupId"), ict}, {QStringLiteral("body"), 5}},
              "body");
    expect422({{QStringLiteral("id"), 7}, {QStringLiteral("body"), QStringLiteral("Hoi")}}, "id");
    expect422({{QStringLiteral("id"), protocol::newUuidV7()}, {QStringLiteral("groupId"), true},
               {QStringLiteral("body"), QStringLiteral("Hoi")}},
              "groupId");

    // The longest allowed body and unknown extra fields are fine.
    QJsonObject longest = newPost(ict, QString(protocol::kMaxPostBodyLength, QLatin1Char('x')));
    longest.insert(QStringLiteral("mood"), QStringLiteral("blij"));
    CHECK(bram->post(kPosts, longest).status == 201);
}

TEST_CASE("a post body must be a JSON object under 1 MiB", "[server][posts]")
{
    auto server = startServer();
    auto bram = signIn(*server, kBram);

    const HttpResult malformed = bram->postRaw(kPosts, "{\"id\": \"x\", \"body\": ");
    CHECK(malformed.status == 400);
    CHECK(malformed.errorCode() == QStringLiteral("malformed_json"));

    const HttpResult array = bram->postRaw(kPosts, "[1, 2, 3]");
    CHECK(array.status == 422);
    CHECK(array.errorCode() == QStringLiteral("validation_failed"));

    const HttpResult empty = bram->postRaw(kPosts, "");
    CHECK(empty.status == 400);

    const QByteArray huge = "{\"body\": \"" + QByteArray(1024 * 1024, 'x') + "\"}";
    const HttpResult tooLarge = bram->postRaw(kPosts, huge);
    CHECK(tooLarge.status == 413);
    CHECK(tooLarge.errorCode() == QStringLiteral("payload_too_large"));
}
