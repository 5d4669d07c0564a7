// Groups: create (same-id rule), list and discover, join/request/invite/approve/leave, the
// last admin, edits with versions, and the events each step logs.
#include "GroupWorld.h"
#include "StreamClient.h"
#include "protocol/Group.h"
#include "protocol/Membership.h"
#include "protocol/Sync.h"
#include "protocol/Uuid.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace plein::test;
namespace protocol = plein::protocol;

namespace {

const QString kGroups = QStringLiteral("/api/v1/groups");

QJsonObject newGroup(const QString &id, const QString &name, const QString &visibility)
{
    return protocol::NewGroup{id, name, QStringLiteral("Een groep om te testen"), visibility}.toJson();
}

QStringList namesIn(const HttpResult &r)
{
    QStringList names;
    for (const QJsonValue &v : r.json().value(QStringLiteral("items")).toArray())
        names.append(v.toObject().value(QStringLiteral("name")).toString());
    return names;
}

QString stateIn(const HttpResult &r) { return r.json().value(QStringLiteral("state")).toString(); }

// The names of the events `http` can pull after `since`.
QStringList eventsSince(TestHttp &http, qint64 since)
{
    const HttpResult r = http.get(QStringLiteral("/api/v1/sync?since=%1&limit=1000").arg(since));
    REQUIRE(r.status == 200);
    QStringList names;
    for (const QJsonValue &e : r.json().value(QStringLiteral("events")).toArray())
        names.append(e.toObject().value(QStringLiteral("name")).toString());
    return names;
}

} // namespace

TEST_CASE("creating a group: 201 with the creator as admin, same id repeats and conflicts", "[server][groups]")
{
    auto server = startServer();
    auto bram = signIn(*server, kBram);
    auto anna = signIn(*server, kAnna);
    auto extern_ = signIn(*server, kExtern);
    const qint64 cursor = currentCursor(*anna);
    const QString id = protocol::newUuidV7();

    const HttpResult created = bram->post(kGroups, newGroup(id, QStringLiteral("Kookclub"), QStringLiteral("public")));
    INFO(created.body.toStdString());
    REQUIRE(created.status == 201);
    const auto group = protocol::Group::fromJson(created.json());
    REQUIRE(group.ok());
    CHECK(group.value().id == id);
    CHECK(group.value().membership == protocol::MembershipKind::Admin);
    CHECK(group.value().memberCount == 1);
    CHECK(group.value().version == 1);
    CHECK(group.value().createdAt > 0);

    const HttpResult again = bram->post(kGroups, newGroup(id, QStringLiteral("Other name"), QStringLiteral("secret")));
    CHECK(again.status == 200);
    CHECK(again.json().value(QStringLiteral("name")).toString() == QStringLiteral("Kookclub"));
    const HttpResult stolen = anna->post(kGroups, newGroup(id, QStringLiteral("Kookclub"), QStringLiteral("public")));
    CHECK(stolen.status == 409);
    CHECK(stolen.errorCode() == QStringLiteral("id_conflict"));
    CHECK(extern_->post(kGroups, newGroup(protocol::newUuidV7(), QStringLiteral("X"), QStringLiteral("public"))).status == 403);

    // One group.created, for everyone (org scope), without the caller's membership.
    const QStringList events = eventsSince(*anna, cursor);
    CHECK(events.count(QStringLiteral("group.created")) == 1);
    const HttpResult sync = anna->get(QStringLiteral("/api/v1/sync?since=%1").arg(cursor));
    const QJsonObject data = sync.json().value(QStringLiteral("events")).toArray().first().toObject().value(QStringLiteral("data")).toObject();
    CHECK_FALSE(data.contains(QStringLiteral("membership")));
    CHECK(eventsSince(*extern_, cursor).isEmpty());

    SECTION("bad bodies get the documented errors")
    {
        CHECK(bram->postRaw(kGroups, "{nope").status == 400);
        const HttpResult blank = bram->post(kGroups, newGroup(protocol::newUuidV7(), QStringLiteral("  "), QStringLiteral("public")));
        CHECK(blank.status == 422);
        CHECK(errorField(blank) == QStringLiteral("name"));
        const HttpResult vis = bram->post(kGroups, newGroup(protocol::newUuidV7(), QStringLiteral("A"), QStringLiteral("open")));
        CHECK(errorField(vis) == QStringLiteral("visibility"));
        QJsonObject typed = newGroup(protocol::newUuidV7(), QStringLiteral("A"), QStringLiteral("public"));
        typed.insert(QStringLiteral("name"), 12);
        CHECK(errorField(bram->post(kGroups, typed)) == QStringLiteral("name"));
        CHECK(bram->get(kGroups + QStringLiteral("?scope=all")).status == 422);
    }
}

TEST_CASE("mine and discover lists, with a query", "[server][groups]")
{
    auto server = startServer();
    auto bram = signIn(*server, kBram);
    auto extern_ = signIn(*server, kExtern);
    QStringList mine = namesIn(bram->get(kGroups + QStringLiteral("?scope=mine")));
    mine.sort();
    CHECK(mine == QStringList{QStringLiteral("Fietsclub"), QStringLiteral("Gelderland"), QStringLiteral("ICT")});
    const QStringList discover = namesIn(bram->get(kGroups + QStringLiteral("?scope=discover")));
    CHECK(discover.contains(QStringLiteral("Klimaat en milieu")));   // private: listed
    CHECK_FALSE(discover.contains(QStringLiteral("Vertrouwenspersonen"))); // secret: not
    CHECK_FALSE(discover.contains(QStringLiteral("ICT")));            // already mine
    CHECK(namesIn(bram->get(kGroups + QStringLiteral("?scope=discover&query=KLIMAAT"))) == QStringList{QStringLiteral("Klimaat en milieu")});
    CHECK(namesIn(bram->get(kGroups + QStringLiteral("?scope=discover&query=vertrouwen"))).isEmpty());
    // Externals discover nothing but invitations.
    CHECK(namesIn(extern_->get(kGroups + QStringLiteral("?scope=discover"))).isEmpty());
    CHECK(namesIn(extern_->get(kGroups + QStringLiteral("?scope=mine"))) == QStringList{QStringLiteral("Zorg")});
}

TEST_CASE("joining: public at once, private by request, secret by invitation; all idempotent", "[server][groups]")
{
    auto server = startServer();
    auto bram = signIn(*server, kBram);
    const QString bramId = userIdOf(*bram);
    const QStringList plain = plainMembers(*server, 1);
    auto carol = signIn(*server, plain.first());
    const QString carolId = userIdOf(*carol);
    QHash<QString, QString> ids;
    for (const char *vis : {"public", "private", "secret"}) {
        ids[QString::fromLatin1(vis)] = protocol::newUuidV7();
        REQUIRE(bram->post(kGroups, newGroup(ids[QString::fromLatin1(vis)], QStringLiteral("G ") + QString::fromLatin1(vis),
                                             QString::fromLatin1(vis))).status == 201);
    }
    const auto membership = [&](const QString &vis) { return kGroups + QLatin1Char('/') + ids[vis] + QStringLiteral("/membership"); };
    const qint64 cursor = currentCursor(*carol);

    // Public: member at once; again: same answer.
    CHECK(stateIn(carol->put(membership(QStringLiteral("public")))) == QStringLiteral("member"));
    CHECK(carol->put(membership(QStringLiteral("public"))).status == 200);

    // Private: 202 requested (twice), the admin sees and approves the request.
    const HttpResult asked = carol->put(membership(QStringLiteral("private")));
    CHECK(asked.status == 202);
    CHECK(stateIn(asked) == QStringLiteral("requested"));
    CHECK(carol->put(membership(QStringLiteral("private"))).status == 202);
    const HttpResult requests = bram->get(kGroups + QLatin1Char('/') + ids[QStringLiteral("private")] + QStringLiteral("/requests"));
    REQUIRE(requests.status == 200);
    const auto list = protocol::JoinRequestList::fromJson(requests.json());
    REQUIRE(list.ok());
    REQUIRE(list.value().items.size() == 1);
    CHECK(list.value().items.first().userId == carolId);
    // Carol cannot read the private group until approved.
    CHECK(carol->get(kGroups + QLatin1Char('/') + ids[QStringLiteral("private")] + QStringLiteral("/posts")).status == 403);
    const QString approve = kGroups + QLatin1Char('/') + ids[QStringLiteral("private")] + QStringLiteral("/requests/") + carolId + QStringLiteral("/approve");
    CHECK(stateIn(bram->post(approve, {})) == QStringLiteral("member"));
    CHECK(bram->post(approve, {}).status == 200);
    CHECK(carol->get(kGroups + QLatin1Char('/') + ids[QStringLiteral("private")] + QStringLiteral("/posts")).status == 200);

    // Secret: 404 without an invitation; invited: it shows in discover, and joining works.
    CHECK(carol->put(membership(QStringLiteral("secret"))).status == 404);
    CHECK(bram->put(kGroups + QLatin1Char('/') + ids[QStringLiteral("secret")] + QStringLiteral("/members/") + carolId).status == 200);
    const QStringList discover = namesIn(carol->get(kGroups + QStringLiteral("?scope=discover")));
    CHECK(discover.contains(QStringLiteral("G secret")));
    CHECK(carol->get(kGroups + QLatin1Char('/') + ids[QStringLiteral("secret")]).json().value(QStringLiteral("membership")).toString()
          == QStringLiteral("invited"));
    CHECK(stateIn(carol->put(membership(QStringLiteral("secret")))) == QStringLiteral("member"));

    const QStringList mine = namesIn(carol->get(kGroups + QStringLiteral("?scope=mine")));
    CHECK(mine.contains(QStringLiteral("G public")));
    CHECK(mine.contains(QStringLiteral("G private")));
    CHECK(mine.contains(QStringLiteral("G secret")));
    // Carol's own membership changes reached her.
    CHECK(eventsSince(*carol, cursor).count(QStringLiteral("membership.changed")) >= 4);

    SECTION("leaving, the last admin, and removal")
    {
        const qint64 before = currentCursor(*carol);
        CHECK(stateIn(carol->del(membership(QStringLiteral("public")))) == QStringLiteral("none"));
        CHECK(carol->del(membership(QStringLiteral("public"))).status == 200);
        const HttpResult last = bram->del(membership(QStringLiteral("public")));
        CHECK(last.status == 409);
        CHECK(last.errorCode() == QStringLiteral("last_admin"));
        CHECK(bram->del(kGroups + QLatin1Char('/') + ids[QStringLiteral("public")] + QStringLiteral("/members/") + bramId).status == 409);
        // Removal from the private group: carol loses access and is told.
        CHECK(stateIn(bram->del(kGroups + QLatin1Char('/') + ids[QStringLiteral("private")] + QStringLiteral("/members/") + carolId))
              == QStringLiteral("none"));
        CHECK(carol->get(kGroups + QLatin1Char('/') + ids[QStringLiteral("private")] + QStringLiteral("/posts")).status == 403);
        const QStringList events = eventsSince(*carol, before);
        CHECK(events.count(QStringLiteral("group.removed")) == 2); // left the public one, removed from the private one
        const HttpResult sync = carol->get(QStringLiteral("/api/v1/sync?since=%1").arg(before));
        QStringList reasons;
        for (const QJsonValue &e : sync.json().value(QStringLiteral("events")).toArray())
            if (e.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("group.removed"))
                reasons.append(e.toObject().value(QStringLiteral("data")).toObject().value(QStringLiteral("reason")).toString());
        CHECK(reasons == QStringList{QStringLiteral("left"), QStringLiteral("removed")});
    }
}

TEST_CASE("editing a group: admins only, versions checked, visibility changes announced", "[server][groups]")
{
    auto server = startServer();
    auto bram = signIn(*server, kBram);
    auto anna = signIn(*server, kAnna);
    const QString id = protocol::newUuidV7();
    REQUIRE(bram->post(kGroups, newGroup(id, QStringLiteral("Hardlopen"), QStringLiteral("public"))).status == 201);
    const QString path = kGroups + QLatin1Char('/') + id;
    const qint64 cursor = currentCursor(*anna);

    CHECK(anna->patch(path, {{QStringLiteral("name"), QStringLiteral("Mijn club")}, {QStringLiteral("version"), 1}}).status == 403);
    const HttpResult renamed = bram->patch(path, {{QStringLiteral("name"), QStringLiteral("Hardloopclub")}, {QStringLiteral("version"), 1}});
    REQUIRE(renamed.status == 200);
    CHECK(renamed.json().value(QStringLiteral("version")).toInteger() == 2);
    CHECK(renamed.json().value(QStringLiteral("description")).toString() == QStringLiteral("Een groep om te testen"));

    const HttpResult stale = bram->patch(path, {{QStringLiteral("description"), QStringLiteral("x")}, {QStringLiteral("version"), 1}});
    CHECK(stale.status == 409);
    CHECK(stale.errorCode() == QStringLiteral("version_conflict"));
    CHECK(stale.json().value(QStringLiteral("current")).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Hardloopclub"));

    // Turning secret: anna (not a member) is told to forget it, and it is gone for her.
    REQUIRE(bram->patch(path, {{QStringLiteral("visibility"), QStringLiteral("secret")}, {QStringLiteral("version"), 2}}).status == 200);
    CHECK(anna->get(path).status == 404);
    const QStringList events = eventsSince(*anna, cursor);
    CHECK(events == QStringList{QStringLiteral("group.updated"), QStringLiteral("group.removed")});
    CHECK(namesIn(anna->get(kGroups + QStringLiteral("?scope=discover&query=hardloop"))).isEmpty());

    // Back to public, then private: everyone learns it exists again, then to drop its content.
    const qint64 later = currentCursor(*anna);
    REQUIRE(bram->patch(path, {{QStringLiteral("visibility"), QStringLiteral("public")}, {QStringLiteral("version"), 3}}).status == 200);
    CHECK(anna->get(path).status == 200);
    REQUIRE(bram->patch(path, {{QStringLiteral("visibility"), QStringLiteral("private")}, {QStringLiteral("version"), 4}}).status == 200);
    CHECK(anna->get(path + QStringLiteral("/posts")).status == 403);
    CHECK(eventsSince(*anna, later) == QStringList{QStringLiteral("group.updated"), QStringLiteral("group.updated"), QStringLiteral("group.removed")});
    const HttpResult sync = anna->get(QStringLiteral("/api/v1/sync?since=%1").arg(later));
    const QJsonArray logged = sync.json().value(QStringLiteral("events")).toArray();
    REQUIRE(logged.size() == 3);
    CHECK(logged.at(2).toObject().value(QStringLiteral("data")).toObject().value(QStringLiteral("reason")).toString() == QStringLiteral("private"));
}

TEST_CASE("the tiny seed has what the issue 3 screens and integration tests need", "[server][groups][seed]")
{
    auto server = startServer();
    auto anna = signIn(*server, kAnna);
    auto bram = signIn(*server, kBram);
    auto admin = signIn(*server, kAdmin);
    auto extern_ = signIn(*server, kExtern);

    // Anna administers Klimaat en milieu (private), which has two pending requests.
    const QString klimaat = groupIdNamed(*anna, QStringLiteral("Klimaat en milieu"));
    const auto requests = protocol::JoinRequestList::fromJson(anna->get(kGroups + QLatin1Char('/') + klimaat + QStringLiteral("/requests")).json());
    REQUIRE(requests.ok());
    CHECK(requests.value().items.size() == 2);
    CHECK(anna->get(kGroups + QLatin1Char('/') + klimaat).json().value(QStringLiteral("membership")).toString() == QStringLiteral("admin"));
    // Bram administers Gelderland and ICT and is a plain member of Fietsclub.
    for (const QJsonValue &g : bram->get(kGroups).json().value(QStringLiteral("items")).toArray()) {
        const QString name = g.toObject().value(QStringLiteral("name")).toString();
        CHECK(g.toObject().value(QStringLiteral("membership")).toString()
              == (name == QStringLiteral("Fietsclub") ? QStringLiteral("member") : QStringLiteral("admin")));
    }
    // Two announcements; bram has read neither, the admin the older one.
    const auto pinned = [](TestHttp &http) {
        return http.get(QStringLiteral("/api/v1/bootstrap")).json().value(QStringLiteral("pinned")).toArray().size();
    };
    CHECK(pinned(*bram) == 2);
    CHECK(pinned(*admin) == 1);
    CHECK(pinned(*extern_) == 0);
    // Reactions of other kinds than like exist.
    bool otherKinds = false;
    for (const protocol::Post &p : wholeFeed(*anna, 100))
        for (auto it = p.reactions.cbegin(); it != p.reactions.cend(); ++it) otherKinds = otherKinds || it.key() != QStringLiteral("like");
    CHECK(otherKinds);
    // Some comments have reactions too.
    QSqlDatabase db = openDatabase(server->dataDir());
    {
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM comment_reactions")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() > 5);
    }
    closeDatabase(db);
}

TEST_CASE("routes with ids: 405 lists the methods, unknown sub-paths are 404", "[server][groups]")
{
    auto server = startServer();
    auto bram = signIn(*server, kBram);
    const QString gelderland = groupIdNamed(*bram, QStringLiteral("Gelderland"));
    const HttpResult wrong = bram->post(kGroups + QLatin1Char('/') + gelderland, {});
    CHECK(wrong.status == 405);
    CHECK(wrong.header("Allow") == "GET, PATCH");
    CHECK(bram->get(kGroups + QLatin1Char('/') + gelderland + QStringLiteral("/nope")).status == 404);
    CHECK(bram->get(kGroups + QStringLiteral("//posts")).status == 404);
    // Ids compare case-insensitively in paths too.
    CHECK(bram->get(kGroups + QLatin1Char('/') + gelderland.toUpper()).status == 200);
    // Without a token: 401 before anything else.
    TestHttp anonymous(server->url());
    CHECK(anonymous.get(kGroups + QLatin1Char('/') + gelderland).status == 401);
    CHECK(anonymous.postRaw(QStringLiteral("/api/v1/files?id=x&name=y"), "bytes", "text/plain").status == 401);
}

TEST_CASE("removal from a private group reaches the member's stream live, and its events stop", "[server][groups]")
{
    auto server = startServer();
    auto anna = signIn(*server, kAnna);
    const QString klimaat = groupIdNamed(*anna, QStringLiteral("Klimaat en milieu"));
    const QStringList plain = plainMembers(*server, 1);
    auto carol = signIn(*server, plain.first());
    const QString carolId = userIdOf(*carol);
    REQUIRE(anna->put(kGroups + QLatin1Char('/') + klimaat + QStringLiteral("/members/") + carolId).status == 200);
    REQUIRE(carol->put(kGroups + QLatin1Char('/') + klimaat + QStringLiteral("/membership")).status == 200);

    TestHttp login(server->url());
    const HttpResult session = login.login(plain.first());
    StreamClient stream(server->url());
    REQUIRE(stream.open());
    stream.hello(session.json().value(QStringLiteral("accessToken")).toString(), currentCursor(*carol));
    REQUIRE(stream.waitForType(QStringLiteral("ready")) >= 0);

    REQUIRE(anna->del(kGroups + QLatin1Char('/') + klimaat + QStringLiteral("/members/") + carolId).status == 200);
    const int removed = stream.waitForType(QStringLiteral("event"));
    bool told = false;
    for (int attempt = 0; attempt < 50 && !told; ++attempt) {
        for (const QJsonObject &f : stream.frames())
            told = told || (f.value(QStringLiteral("name")).toString() == QStringLiteral("group.removed")
                            && f.value(QStringLiteral("data")).toObject().value(QStringLiteral("reason")).toString() == QStringLiteral("removed"));
        if (!told) stream.waitForFrames(int(stream.frames().size()) + 1, 100);
    }
    CHECK(removed >= 0);
    CHECK(told);
    // What the group says afterwards no longer reaches her.
    const int before = int(stream.frames().size());
    REQUIRE(anna->post(QStringLiteral("/api/v1/posts"), newPost(klimaat, QStringLiteral("Alleen voor leden"))).status == 201);
    stream.waitForFrames(before + 1, 500);
    for (qsizetype i = before; i < stream.frames().size(); ++i)
        CHECK(stream.frames().at(i).value(QStringLiteral("name")).toString() != QStringLiteral("post.created"));
}

TEST_CASE("a group admin makes a member admin; then the creator may leave; roles need members", "[server][groups]")
{
    auto server = startServer();
    auto bram = signIn(*server, kBram);
    const QStringList plain = plainMembers(*server, 1);
    auto carol = signIn(*server, plain.first());
    const QString carolId = userIdOf(*carol);
    const QString bramId = userIdOf(*bram);
    const QString id = protocol::newUuidV7();
    REQUIRE(bram->post(kGroups, newGroup(id, QStringLiteral("Geheim"), QStringLiteral("secret"))).status == 201);
    const QString members = kGroups + QLatin1Char('/') + id + QStringLiteral("/members/");
    const QJsonObject makeAdmin{{QStringLiteral("role"), QStringLiteral("admin")}};

    // A role is for members only: invite first.
    CHECK(errorField(bram->put(members + carolId, makeAdmin)) == QStringLiteral("role"));
    CHECK(errorField(bram->put(members + carolId, {{QStringLiteral("role"), QStringLiteral("owner")}})) == QStringLiteral("role"));
    REQUIRE(stateIn(bram->put(members + carolId)) == QStringLiteral("invited"));
    REQUIRE(carol->put(kGroups + QLatin1Char('/') + id + QStringLiteral("/membership")).status == 200);
    CHECK(carol->put(members + bramId, {{QStringLiteral("role"), QStringLiteral("member")}}).status == 403);
    CHECK(stateIn(bram->put(members + carolId, makeAdmin)) == QStringLiteral("admin"));
    CHECK(bram->put(members + carolId, makeAdmin).status == 200);

    // Now bram is not the only admin: he may leave, and the creator gets his group back on a
    // repeated create although it is secret and he is no longer in it.
    CHECK(stateIn(bram->del(kGroups + QLatin1Char('/') + id + QStringLiteral("/membership"))) == QStringLiteral("none"));
    CHECK(bram->get(kGroups + QLatin1Char('/') + id).status == 404);
    const HttpResult again = bram->post(kGroups, newGroup(id, QStringLiteral("Geheim"), QStringLiteral("secret")));
    CHECK(again.status == 200);
    CHECK(again.json().value(QStringLiteral("membership")).toString() == QStringLiteral("none"));
    // Carol, now the only admin, cannot step down.
    const HttpResult stepDown = carol->put(members + carolId, {{QStringLiteral("role"), QStringLiteral("member")}});
    CHECK(stepDown.status == 409);
    CHECK(stepDown.errorCode() == QStringLiteral("last_admin"));
}
