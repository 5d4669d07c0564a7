// Posts, comments, reactions and announcements: edits with versions, deletes that reach other
// clients live and after reconnect, the same-id rule, idempotent reactions and reads.
#include "ServerFixture.h"
#include "StreamClient.h"
#include "protocol/Acknowledgement.h"
#include "protocol/Comment.h"
#include "protocol/Post.h"
#include "protocol/Reaction.h"
#include "protocol/Sync.h"
#include "protocol/Uuid.h"

#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace plein::test;
namespace protocol = plein::protocol;

namespace {

const QString kPosts = QStringLiteral("/api/v1/posts");

QString tokenFor(const ServerProcess &server, const QString &email)
{
    TestHttp http(server.url());
    const HttpResult r = http.login(email);
    REQUIRE(r.status == 200);
    return r.json().value(QStringLiteral("accessToken")).toString();
}

// Waits for an event frame with this name; returns its data.
QJsonObject waitForEvent(StreamClient &stream, const QString &name)
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        for (const QJsonObject &f : stream.frames())
            if (f.value(QStringLiteral("name")).toString() == name) return f.value(QStringLiteral("data")).toObject();
        stream.waitForFrames(int(stream.frames().size()) + 1, 100);
    }
    FAIL("no " << name.toStdString() << " event arrived");
    return {};
}

QList<QJsonObject> eventsNamed(TestHttp &http, qint64 since, const QString &name)
{
    const HttpResult r = http.get(QStringLiteral("/api/v1/sync?since=%1&limit=1000").arg(since));
    REQUIRE(r.status == 200);
    QList<QJsonObject> out;
    for (const QJsonValue &e : r.json().value(QStringLiteral("events")).toArray())
        if (e.toObject().value(QStringLiteral("name")).toString() == name) out.append(e.toObject().value(QStringLiteral("data")).toObject());
    return out;
}

QString createPost(TestHttp &http, const QString &groupId, const QString &body, bool announcement = false)
{
    const QString id = protocol::newUuidV7();
    const HttpResult r = http.post(kPosts, protocol::NewPost{id, groupId, body, announcement, {}}.toJson());
    INFO(r.body.toStdString());
    REQUIRE(r.status == 201);
    return id;
}

} // namespace

// In the tiny seed anna administers Fietsclub (she joined it first) and bram is a member.
TEST_CASE("editing a post bumps its version; a stale edit gets 409 with the current post", "[server][content]")
{
    auto server = startServer();
    auto bram = signIn(*server, kBram);
    auto anna = signIn(*server, kAnna);
    const QString fietsclub = groupIdNamed(*anna, QStringLiteral("Fietsclub"));
    const QString id = createPost(*anna, fietsclub, QStringLiteral("Zondag fietsen?"));
    const QString path = kPosts + QLatin1Char('/') + id;
    const qint64 cursor = currentCursor(*bram);

    const HttpResult edited = anna->patch(path, protocol::PostEdit{QStringLiteral("Zaterdag fietsen?"), 1}.toJson());
    REQUIRE(edited.status == 200);
    const auto post = protocol::Post::fromJson(edited.json());
    REQUIRE(post.ok());
    CHECK(post.value().version == 2);
    CHECK(post.value().editedAt > 0);
    CHECK(post.value().body == QStringLiteral("Zaterdag fietsen?"));

    const HttpResult stale = anna->patch(path, protocol::PostEdit{QStringLiteral("Toch zondag"), 1}.toJson());
    CHECK(stale.status == 409);
    CHECK(stale.errorCode() == QStringLiteral("version_conflict"));
    const auto current = protocol::Post::fromJson(stale.json().value(QStringLiteral("current")).toObject());
    REQUIRE(current.ok());
    CHECK(current.value().version == 2);
    CHECK(current.value().body == QStringLiteral("Zaterdag fietsen?"));

    const QList<QJsonObject> updates = eventsNamed(*bram, cursor, QStringLiteral("post.updated"));
    REQUIRE(updates.size() == 1);
    CHECK(updates.first().value(QStringLiteral("version")).toInteger() == 2);
    CHECK_FALSE(updates.first().contains(QStringLiteral("myReactions")));

    // Bodies: wrong types and blanks are 422 naming the field; bram (a plain member) gets 403.
    CHECK(errorField(anna->patch(path, {{QStringLiteral("body"), QStringLiteral(" ")}, {QStringLiteral("version"), 2}})) == QStringLiteral("body"));
    CHECK(errorField(anna->patch(path, {{QStringLiteral("body"), QStringLiteral("x")}, {QStringLiteral("version"), QStringLiteral("2")}}))
          == QStringLiteral("version"));
    CHECK(anna->send("PATCH", path, "[1,2]").status == 422);
    CHECK(anna->send("PATCH", path, "{").status == 400);
    CHECK(bram->patch(path, protocol::PostEdit{QStringLiteral("mine now"), 2}.toJson()).status == 403);
    // A group admin may edit a member's post: anna on bram's.
    const QString bramsPost = createPost(*bram, fietsclub, QStringLiteral("Typfout"));
    CHECK(anna->patch(kPosts + QLatin1Char('/') + bramsPost, protocol::PostEdit{QStringLiteral("Geen typfout"), 1}.toJson()).status == 200);
}

TEST_CASE("a deleted post reaches another user's stream live and /sync afterwards", "[server][content]")
{
    auto server = startServer();
    auto bram = signIn(*server, kBram);
    auto anna = signIn(*server, kAnna);
    const QString fietsclub = groupIdNamed(*anna, QStringLiteral("Fietsclub"));
    const QString id = createPost(*anna, fietsclub, QStringLiteral("Wordt zo verwijderd"));
    const qint64 cursor = currentCursor(*bram);
    StreamClient stream(server->url());
    REQUIRE(stream.open());
    stream.hello(tokenFor(*server, kBram), cursor);
    REQUIRE(stream.waitForType(QStringLiteral("ready")) >= 0);

    // Comments go with the post.
    const QString commentId = protocol::newUuidV7();
    REQUIRE(bram->post(kPosts + QLatin1Char('/') + id + QStringLiteral("/comments"),
                       protocol::NewComment{commentId, QStringLiteral("Jammer")}.toJson()).status == 201);
    CHECK(bram->del(kPosts + QLatin1Char('/') + id).status == 403); // not his, and not a group admin
    const HttpResult deleted = anna->del(kPosts + QLatin1Char('/') + id);
    CHECK(deleted.status == 204);
    CHECK(deleted.body.isEmpty());
    const QJsonObject live = waitForEvent(stream, QStringLiteral("post.deleted"));
    CHECK(live.value(QStringLiteral("id")).toString() == id);
    CHECK(live.value(QStringLiteral("groupId")).toString() == fietsclub);

    const QList<QJsonObject> later = eventsNamed(*bram, cursor, QStringLiteral("post.deleted"));
    REQUIRE(later.size() == 1);
    CHECK(later.first().value(QStringLiteral("id")).toString() == id);
    CHECK(anna->del(kPosts + QLatin1Char('/') + id).status == 404);
    CHECK(bram->get(kPosts + QLatin1Char('/') + id + QStringLiteral("/comments")).status == 404);
    CHECK(bram->patch(QStringLiteral("/api/v1/comments/") + commentId, protocol::PostEdit{QStringLiteral("x"), 1}.toJson()).status == 404);
    for (const protocol::Post &p : wholeFeed(*bram, 100)) CHECK(p.id != id);
}

TEST_CASE("comments: same-id rule, paging oldest first, edits and deletes with events", "[server][content]")
{
    auto server = startServer();
    auto bram = signIn(*server, kBram);
    auto anna = signIn(*server, kAnna);
    const QString fietsclub = groupIdNamed(*anna, QStringLiteral("Fietsclub"));
    const QString postId = createPost(*bram, fietsclub, QStringLiteral("Wie gaat er mee?"));
    const QString comments = kPosts + QLatin1Char('/') + postId + QStringLiteral("/comments");
    const qint64 cursor = currentCursor(*bram);

    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        ids.append(protocol::newUuidV7());
        const HttpResult r = anna->post(comments, protocol::NewComment{ids.last(), QStringLiteral("Ik! %1").arg(i)}.toJson());
        REQUIRE(r.status == 201);
    }
    const HttpResult repeat = anna->post(comments, protocol::NewComment{ids.first(), QStringLiteral("anders")}.toJson());
    CHECK(repeat.status == 200);
    CHECK(repeat.json().value(QStringLiteral("body")).toString() == QStringLiteral("Ik! 0"));
    CHECK(bram->post(comments, protocol::NewComment{ids.first(), QStringLiteral("x")}.toJson()).status == 409);
    CHECK(errorField(anna->post(comments, {{QStringLiteral("id"), QStringLiteral("nope")}, {QStringLiteral("body"), QStringLiteral("x")}})) == QStringLiteral("id"));
    CHECK(errorField(anna->post(comments, protocol::NewComment{protocol::newUuidV7(), QString()}.toJson())) == QStringLiteral("body"));

    // Paging: 2 + 2 + 1, oldest first, `next` chaining with `after`.
    QStringList seen;
    QString after;
    for (int page = 0; page < 5; ++page) {
        const HttpResult r = bram->get(comments + QStringLiteral("?limit=2") + (after.isEmpty() ? QString() : QStringLiteral("&after=") + after));
        REQUIRE(r.status == 200);
        const auto decoded = protocol::CommentPage::fromJson(r.json());
        REQUIRE(decoded.ok());
        for (const protocol::Comment &c : decoded.value().items) seen.append(c.id);
        after = decoded.value().next;
        if (after.isEmpty()) break;
    }
    CHECK(seen == ids);
    CHECK(bram->get(comments + QStringLiteral("?limit=0")).status == 422);
    CHECK(errorField(bram->get(comments + QStringLiteral("?after=") + postId)) == QStringLiteral("after"));

    // The post's commentCount is right in REST answers.
    const auto feed = wholeFeed(*bram, 100);
    for (const protocol::Post &p : feed)
        if (p.id == postId) CHECK(p.commentCount == 5);

    const QString one = QStringLiteral("/api/v1/comments/") + ids.at(1);
    CHECK(bram->patch(one, protocol::PostEdit{QStringLiteral("Bram was here"), 1}.toJson()).status == 403); // not his words
    const HttpResult edited = anna->patch(one, protocol::PostEdit{QStringLiteral("Ik misschien"), 1}.toJson());
    REQUIRE(edited.status == 200);
    CHECK(edited.json().value(QStringLiteral("version")).toInteger() == 2);
    CHECK(anna->patch(one, protocol::PostEdit{QStringLiteral("stale"), 1}.toJson()).status == 409);
    // Bram is an admin of Gelderland and ICT, not Fietsclub (anna is): he cannot delete it...
    CHECK(bram->del(one).status == 403);
    // ...but anna, the author, can.
    CHECK(anna->del(one).status == 204);

    CHECK(eventsNamed(*bram, cursor, QStringLiteral("comment.created")).size() == 5);
    CHECK(eventsNamed(*bram, cursor, QStringLiteral("comment.updated")).size() == 1);
    const QList<QJsonObject> gone = eventsNamed(*bram, cursor, QStringLiteral("comment.deleted"));
    REQUIRE(gone.size() == 1);
    CHECK(gone.first().value(QStringLiteral("postId")).toString() == postId);
}

TEST_CASE("reactions are idempotent, counted per kind, and say who", "[server][content]")
{
    auto server = startServer();
    auto bram = signIn(*server, kBram);
    auto anna = signIn(*server, kAnna);
    const QString fietsclub = groupIdNamed(*anna, QStringLiteral("Fietsclub"));
    const QString postId = createPost(*bram, fietsclub, QStringLiteral("Nieuwe fiets!"));
    const QString base = kPosts + QLatin1Char('/') + postId + QStringLiteral("/reactions/");
    const qint64 cursor = currentCursor(*bram);

    for (int i = 0; i < 2; ++i) {
        const HttpResult r = anna->put(base + QStringLiteral("celebrate"));
        REQUIRE(r.status == 200);
        const auto state = protocol::ReactionState::fromJson(r.json());
        REQUIRE(state.ok());
        CHECK(state.value().reactions.value(QStringLiteral("celebrate")) == 1);
        CHECK(state.value().myReactions == QStringList{QStringLiteral("celebrate")});
    }
    REQUIRE(anna->put(base + QStringLiteral("like")).status == 200);
    REQUIRE(bram->put(base + QStringLiteral("like")).status == 200);
    const HttpResult invalid = anna->put(base + QStringLiteral("angry"));
    CHECK(invalid.status == 422);
    CHECK(errorField(invalid) == QStringLiteral("kind"));
    CHECK(anna->put(base + QStringLiteral("LIKE")).status == 422);

    // likeCount stays the number of "like" reactions.
    for (const protocol::Post &p : wholeFeed(*anna, 100)) {
        if (p.id != postId) continue;
        CHECK(p.likeCount == 2);
        CHECK(p.reactions.value(QStringLiteral("like")) == 2);
        CHECK(p.myReactions == QStringList{QStringLiteral("like"), QStringLiteral("celebrate")});
    }
    const auto who = protocol::ReactorList::fromJson(bram->get(kPosts + QLatin1Char('/') + postId + QStringLiteral("/reactions")).json());
    REQUIRE(who.ok());
    CHECK(who.value().items.size() == 3);

    CHECK(anna->del(base + QStringLiteral("celebrate")).status == 200);
    const HttpResult again = anna->del(base + QStringLiteral("celebrate"));
    CHECK(again.status == 200);
    CHECK(protocol::ReactionState::fromJson(again.json()).value().reactions.value(QStringLiteral("celebrate")) == 0);
    // Four real changes, four events; the repeats logged nothing.
    const QList<QJsonObject> changes = eventsNamed(*bram, cursor, QStringLiteral("reaction.changed"));
    CHECK(changes.size() == 4);

    SECTION("on comments too")
    {
        const QString commentId = protocol::newUuidV7();
        REQUIRE(anna->post(kPosts + QLatin1Char('/') + postId + QStringLiteral("/comments"),
                           protocol::NewComment{commentId, QStringLiteral("Mooi")}.toJson()).status == 201);
        const QString path = QStringLiteral("/api/v1/comments/") + commentId + QStringLiteral("/reactions/");
        CHECK(bram->put(path + QStringLiteral("wow")).status == 200);
        CHECK(bram->put(path + QStringLiteral("wow")).status == 200);
        const HttpResult list = anna->get(kPosts + QLatin1Char('/') + postId + QStringLiteral("/comments"));
        const auto page = protocol::CommentPage::fromJson(list.json());
        REQUIRE(page.ok());
        CHECK(page.value().items.first().reactions.value(QStringLiteral("wow")) == 1);
        const QList<QJsonObject> onComment = eventsNamed(*bram, cursor, QStringLiteral("reaction.changed"));
        CHECK(onComment.last().value(QStringLiteral("target")).toString() == QStringLiteral("comment"));
        CHECK(onComment.last().value(QStringLiteral("postId")).toString() == postId);
    }
}

TEST_CASE("announcements: only community managers and admins, pinned until read, who read it", "[server][content]")
{
    auto server = startServer();
    auto bram = signIn(*server, kBram);
    auto anna = signIn(*server, kAnna);
    auto extern_ = signIn(*server, kExtern);
    const QString ict = groupIdNamed(*bram, QStringLiteral("ICT"));

    const HttpResult refused = bram->post(kPosts, protocol::NewPost{protocol::newUuidV7(), ict, QStringLiteral("Let op"), true, {}}.toJson());
    CHECK(refused.status == 403);
    CHECK(errorField(refused) == QStringLiteral("announcement"));
    const QString id = createPost(*anna, QString(), QStringLiteral("Het kantoor is vrijdag dicht"), true);
    const qint64 cursor = currentCursor(*anna);

    const auto pinned = [&](TestHttp &http) {
        const auto b = protocol::Bootstrap::fromJson(http.get(QStringLiteral("/api/v1/bootstrap")).json());
        REQUIRE(b.ok());
        QStringList ids;
        for (const protocol::Post &p : b.value().pinned) ids.append(p.id);
        return ids;
    };
    CHECK(pinned(*bram).contains(id));
    CHECK_FALSE(pinned(*extern_).contains(id)); // not for externals: a post to everyone
    CHECK(extern_->put(kPosts + QLatin1Char('/') + id + QStringLiteral("/acknowledgement")).status == 404);

    for (int i = 0; i < 2; ++i) {
        const HttpResult read = bram->put(kPosts + QLatin1Char('/') + id + QStringLiteral("/acknowledgement"));
        REQUIRE(read.status == 200);
        CHECK(read.json().value(QStringLiteral("readCount")).toInteger() == 1);
    }
    CHECK_FALSE(pinned(*bram).contains(id));
    const QList<QJsonObject> reads = eventsNamed(*anna, cursor, QStringLiteral("announcement.read"));
    REQUIRE(reads.size() == 1);
    CHECK(reads.first().value(QStringLiteral("readCount")).toInteger() == 1);

    CHECK(bram->get(kPosts + QLatin1Char('/') + id + QStringLiteral("/acknowledgements")).status == 403);
    const HttpResult who = anna->get(kPosts + QLatin1Char('/') + id + QStringLiteral("/acknowledgements"));
    REQUIRE(who.status == 200);
    const auto acks = protocol::Acknowledgements::fromJson(who.json());
    REQUIRE(acks.ok());
    CHECK(acks.value().readCount == 1);
    CHECK(acks.value().read.size() == 1);
    CHECK(acks.value().read.first().name == QStringLiteral("Bram Jansen"));
    // Audience: everyone but the 3 externals of the tiny seed.
    CHECK(acks.value().audienceCount == 34 - 3);
    CHECK(acks.value().unread.size() == 34 - 3 - 1);
}

TEST_CASE("people search: by name, department or expertise; externals only see people they share a group with", "[server][content]")
{
    auto server = startServer();
    auto bram = signIn(*server, kBram);
    auto extern_ = signIn(*server, kExtern);
    const auto names = [](const HttpResult &r) {
        QStringList out;
        for (const QJsonValue &v : r.json().value(QStringLiteral("items")).toArray())
            out.append(v.toObject().value(QStringLiteral("name")).toString());
        return out;
    };
    CHECK(names(bram->get(QStringLiteral("/api/v1/users?query=anna"))).contains(QStringLiteral("Anna de Vries")));
    CHECK(names(bram->get(QStringLiteral("/api/v1/users?query=LINUX"))).contains(QStringLiteral("Bram Jansen")));
    CHECK(names(bram->get(QStringLiteral("/api/v1/users?limit=3"))).size() == 3);
    CHECK(bram->get(QStringLiteral("/api/v1/users?limit=0")).status == 422);
    // Joost (external) is in Zorg with anna, not with bram.
    const QStringList forExtern = names(extern_->get(QStringLiteral("/api/v1/users?limit=100")));
    CHECK(forExtern.contains(QStringLiteral("Anna de Vries")));
    CHECK_FALSE(forExtern.contains(QStringLiteral("Bram Jansen")));
}

TEST_CASE("externals see no posts to everyone: not in the feed, sync, stream or bootstrap", "[server][content]")
{
    auto server = startServer();
    auto anna = signIn(*server, kAnna);
    auto extern_ = signIn(*server, kExtern);
    const qint64 cursor = currentCursor(*extern_);
    StreamClient stream(server->url());
    REQUIRE(stream.open());
    stream.hello(tokenFor(*server, kExtern), 0);
    REQUIRE(stream.waitForType(QStringLiteral("ready")) >= 0);
    const int replayed = int(stream.frames().size());

    const QString id = createPost(*anna, QString(), QStringLiteral("Voor iedereen behalve gasten"));
    const QString zorg = groupIdNamed(*anna, QStringLiteral("Zorg"));
    createPost(*anna, zorg, QStringLiteral("Voor de groep Zorg")); // this one the external does see
    REQUIRE(stream.waitForFrames(replayed + 1));

    const auto feed = wholeFeed(*extern_, 100);
    CHECK_FALSE(feed.isEmpty());
    for (const protocol::Post &p : feed) CHECK(p.groupId == zorg);
    for (const QJsonObject &f : stream.frames()) {
        const QJsonObject data = f.value(QStringLiteral("data")).toObject();
        if (f.value(QStringLiteral("name")).toString().startsWith(QStringLiteral("post."))) CHECK(data.value(QStringLiteral("groupId")).toString() == zorg);
        CHECK(data.value(QStringLiteral("id")).toString() != id);
    }
    const HttpResult sync = extern_->get(QStringLiteral("/api/v1/sync?since=0&limit=1000"));
    for (const QJsonValue &e : sync.json().value(QStringLiteral("events")).toArray())
        CHECK(e.toObject().value(QStringLiteral("data")).toObject().value(QStringLiteral("groupId")).toString() == zorg);
    CHECK(eventsNamed(*extern_, cursor, QStringLiteral("post.created")).size() == 1);
    CHECK(extern_->get(kPosts + QLatin1Char('/') + id + QStringLiteral("/comments")).status == 404);
    const auto b = protocol::Bootstrap::fromJson(extern_->get(QStringLiteral("/api/v1/bootstrap")).json());
    REQUIRE(b.ok());
    for (const protocol::Post &p : b.value().feed.items) CHECK(p.groupId == zorg);
}
