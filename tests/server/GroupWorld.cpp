#include "GroupWorld.h"
#include "protocol/Auth.h"
#include "protocol/Comment.h"
#include "protocol/Group.h"
#include "protocol/Post.h"
#include "protocol/Uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <catch2/catch.hpp>

namespace plein::test {

namespace {


QString text(const HttpResult &r) { return QString::fromUtf8(r.body); }
}

const char *roleName(Role role)
{
    switch (role) {
    case Role::Member: return "member";
    case Role::GroupAdmin: return "group admin";
    case Role::CommunityManager: return "community manager";
    case Role::OrgAdmin: return "org admin";
    case Role::External: return "external";
    case Role::NonMember: return "non-member";
    }
    return "?";
}

const char *visName(Vis vis)
{
    switch (vis) {
    case Vis::Public: return "public";
    case Vis::Private: return "private";
    case Vis::Secret: return "secret";
    }
    return "?";
}

QStringList plainMembers(const ServerProcess &server, int count)
{
    QSqlDatabase db = openDatabase(server.dataDir());
    QStringList emails;
    {
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT email FROM users WHERE role = 'member' AND email <> 'bram@plein.demo' "
                                      "ORDER BY email LIMIT %1").arg(count)));
        while (q.next()) emails.append(q.value(0).toString());
    }
    closeDatabase(db);
    REQUIRE(emails.size() == count);
    return emails;
}

QString userIdOf(TestHttp &http)
{
    const HttpResult r = http.get(QStringLiteral("/api/v1/me"));
    REQUIRE(r.status == 200);
    return r.json().value(QStringLiteral("id")).toString();
}

GroupWorld::GroupWorld(const ServerProcess &server) : m_server(server)
{
    const QStringList plain = plainMembers(server, 2);
    const QHash<Role, QString> emails{{Role::Member, plain.at(0)}, {Role::GroupAdmin, kBram},
                                      {Role::CommunityManager, kAnna}, {Role::OrgAdmin, kAdmin},
                                      {Role::External, kExtern}, {Role::NonMember, plain.at(1)}};
    auto probe = signIn(server, kAnna);
    const qint64 cursor = currentCursor(*probe);
    for (Role role : kRoles) {
        Actor &a = m_actors[int(role)];
        a.email = emails.value(role);
        a.http = std::make_unique<TestHttp>(server.url());
        const HttpResult login = a.http->login(a.email);
        REQUIRE(login.status == 200);
        a.id = login.json().value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString();
        a.stream = std::make_unique<StreamClient>(server.url());
        REQUIRE(a.stream->open());
        a.stream->hello(login.json().value(QStringLiteral("accessToken")).toString(), cursor);
        REQUIRE(a.stream->waitForType(QStringLiteral("ready")) >= 0);
    }
    build();
}

WorldGroup GroupWorld::makeGroup(Vis vis)
{
    WorldGroup g;
    g.nameMarker = QStringLiteral("NAMEMARK%1").arg(visName(vis));
    g.contentMarker = QStringLiteral("BODYMARK%1").arg(visName(vis));
    g.name = QStringLiteral("Matrix %1 ").arg(visName(vis)) + g.nameMarker;
    g.id = protocol::newUuidV7();
    TestHttp &admin = http(Role::GroupAdmin);
    TestHttp &member = http(Role::Member);
    const HttpResult created = admin.post(QStringLiteral("/api/v1/groups"),
                                          protocol::NewGroup{g.id, g.name, QStringLiteral("about ") + g.nameMarker,
                                                             QString::fromLatin1(visName(vis))}.toJson());
    INFO(created.body.toStdString());
    REQUIRE(created.status == 201);

    const QString base = QStringLiteral("/api/v1/groups/") + g.id;
    switch (vis) {
    case Vis::Public:
        REQUIRE(member.put(base + QStringLiteral("/membership")).status == 200);
        break;
    case Vis::Private:
        REQUIRE(member.put(base + QStringLiteral("/membership")).status == 202);
        REQUIRE(admin.post(base + QStringLiteral("/requests/") + actor(Role::Member).id + QStringLiteral("/approve"), {}).status == 200);
        break;
    case Vis::Secret:
        REQUIRE(admin.put(base + QStringLiteral("/members/") + actor(Role::Member).id).status == 200);
        REQUIRE(member.put(base + QStringLiteral("/membership")).status == 200);
        break;
    }

    g.fileId = protocol::newUuidV7();
    const HttpResult upload = admin.postRaw(QStringLiteral("/api/v1/files?id=%1&name=plan.png").arg(g.fileId), kTinyPng, "image/png");
    INFO(upload.body.toStdString());
    REQUIRE(upload.status == 201);
    g.postId = protocol::newUuidV7();
    protocol::NewPost post{g.postId, g.id, QStringLiteral("post ") + g.contentMarker, false, {g.fileId}};
    const HttpResult posted = admin.post(QStringLiteral("/api/v1/posts"), post.toJson());
    INFO(posted.body.toStdString());
    REQUIRE(posted.status == 201);
    g.commentId = protocol::newUuidV7();
    const HttpResult commented = admin.post(QStringLiteral("/api/v1/posts/%1/comments").arg(g.postId),
                                            protocol::NewComment{g.commentId, QStringLiteral("comment ") + g.contentMarker}.toJson());
    INFO(commented.body.toStdString());
    REQUIRE(commented.status == 201);
    REQUIRE(member.put(QStringLiteral("/api/v1/posts/%1/reactions/love").arg(g.postId)).status == 200);
    return g;
}

void GroupWorld::build()
{
    for (Vis vis : kVisibilities) m_groups[int(vis)] = makeGroup(vis);
    // A marker event everyone sees last (a post to everyone), so each stream has caught up
    // with everything before it once it arrives... except externals, who never see it.
    const HttpResult done = http(Role::CommunityManager).post(QStringLiteral("/api/v1/posts"),
                                                             newPost({}, QStringLiteral("world built")));
    REQUIRE(done.status == 201);
    for (Role role : kRoles) {
        StreamClient &s = *actor(role).stream;
        if (role == Role::External) {
            // Nothing to wait for; give live frames a moment to arrive.
            s.waitForFrames(s.frames().size() + 1000, 300);
            continue;
        }
        bool seen = false;
        for (int attempt = 0; attempt < 50 && !seen; ++attempt) {
            for (const QJsonObject &f : s.frames())
                seen = seen || QJsonDocument(f).toJson().contains("world built");
            if (!seen) s.waitForFrames(s.frames().size() + 1, 100);
        }
        INFO(roleName(role));
        REQUIRE(seen);
    }
}

QString GroupWorld::everythingSeenBy(Role role)
{
    TestHttp &h = http(role);
    QString all;
    QString before;
    for (int page = 0; page < 100; ++page) {
        const HttpResult r = h.get(QStringLiteral("/api/v1/feed?limit=100") + (before.isEmpty() ? QString() : QStringLiteral("&before=") + before));
        REQUIRE(r.status == 200);
        all += text(r);
        before = r.json().value(QStringLiteral("next")).toString();
        if (before.isEmpty()) break;
    }
    all += text(h.get(QStringLiteral("/api/v1/bootstrap")));
    qint64 since = 0;
    for (int batch = 0; batch < 100; ++batch) {
        const HttpResult r = h.get(QStringLiteral("/api/v1/sync?since=%1&limit=1000").arg(since));
        REQUIRE(r.status == 200);
        all += text(r);
        if (!r.json().value(QStringLiteral("hasMore")).toBool()) break;
        since = r.json().value(QStringLiteral("cursor")).toInteger();
    }
    for (const char *query : {"scope=mine", "scope=discover", "scope=discover&query=matrix", "scope=mine&query=NAMEMARK",
                              "scope=discover&query=NAMEMARKsecret"}) {
        const HttpResult r = h.get(QStringLiteral("/api/v1/groups?") + QString::fromLatin1(query));
        REQUIRE(r.status == 200);
        all += text(r);
    }
    all += text(h.get(QStringLiteral("/api/v1/users?query=a&limit=100")));
    for (const QJsonObject &f : actor(role).stream->frames()) all += QString::fromUtf8(QJsonDocument(f).toJson());
    return all;
}

} // namespace plein::test
