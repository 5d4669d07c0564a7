// GET /feed: visibility, ordering and paging.
#include "ServerFixture.h"
#include "protocol/Feed.h"
#include "protocol/Uuid.h"

#include <QSet>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace plein::test;
namespace protocol = plein::protocol;

namespace {

QSet<QString> groupIdsOf(TestHttp &http)
{
    const auto b = protocol::Bootstrap::fromJson(http.get(QStringLiteral("/api/v1/bootstrap")).json());
    REQUIRE(b.ok());
    QSet<QString> ids;
    for (const protocol::Group &g : b.value().groups) ids.insert(g.id);
    return ids;
}

// Newest first by (createdAt, id), each post once.
void requireStrictlyOrdered(const QList<protocol::Post> &posts)
{
    QSet<QString> seen;
    for (int i = 0; i < posts.size(); ++i) {
        INFO("item " << i);
        REQUIRE_FALSE(seen.contains(posts[i].id));
        seen.insert(posts[i].id);
        if (i > 0) {
            const bool before = posts[i].createdAt < posts[i - 1].createdAt ||
                                (posts[i].createdAt == posts[i - 1].createdAt && posts[i].id < posts[i - 1].id);
            REQUIRE(before);
        }
    }
}

} // namespace

TEST_CASE("the feed pages through every visible post without gaps or repeats", "[server][feed]")
{
    auto server = startServer();
    auto bram = signIn(*server, kBram);
    const QSet<QString> mine = groupIdsOf(*bram);

    const QList<protocol::Post> all = wholeFeed(*bram, 100);
    CHECK(all.size() >= 40);
    requireStrictlyOrdered(all);
    for (const protocol::Post &p : all) {
        INFO(p.id.toStdString() << " in " << p.groupName.toStdString());
        CHECK((p.groupId.isEmpty() || mine.contains(p.groupId)));
        CHECK(p.version >= 1);
        CHECK_FALSE(p.authorName.isEmpty());
        CHECK(p.groupName.isEmpty() == p.groupId.isEmpty());
    }

    for (int limit : {1, 7, 30}) {
        INFO("limit " << limit);
        const QList<protocol::Post> paged = wholeFeed(*bram, limit);
        REQUIRE(paged.size() == all.size());
        for (int i = 0; i < all.size(); ++i) REQUIRE(paged[i] == all[i]);
    }
}

TEST_CASE("the feed never shows posts from groups I am not in", "[server][feed]")
{
    auto server = startServer();
    auto anna = signIn(*server, kAnna);
    auto bram = signIn(*server, kBram);
    for (const char *group : {"Utrecht", "Klimaat en milieu", "Vertrouwenspersonen"}) {
        REQUIRE(anna->post(QStringLiteral("/api/v1/posts"),
                           newPost(groupIdNamed(*anna, QString::fromLatin1(group)), QStringLiteral("Alleen voor ons")))
                    .status == 201);
    }
    const QSet<QString> mine = groupIdsOf(*bram);
    for (const protocol::Post &p : wholeFeed(*bram, 100)) {
        CHECK((p.groupId.isEmpty() || mine.contains(p.groupId)));
        CHECK(p.body != QStringLiteral("Alleen voor ons"));
    }
    int annaSees = 0;
    for (const protocol::Post &p : wholeFeed(*anna, 100)) annaSees += p.body == QStringLiteral("Alleen voor ons");
    CHECK(annaSees == 3);
}

TEST_CASE("posts with equal createdAt page by id without gaps or repeats", "[server][feed]")
{
    auto server = startServer();
    auto anna = signIn(*server, kAnna);
    auto bram = signIn(*server, kBram);
    const QString fietsclub = groupIdNamed(*anna, QStringLiteral("Fietsclub"));
    const QString annaId = anna->get(QStringLiteral("/api/v1/me")).json().value(QStringLiteral("id")).toString();

    // The API stamps createdAt itself, so five posts with one timestamp are arranged in the
    // database directly; they are the newest, so the first pages cross them.
    const qint64 at = QDateTime::currentMSecsSinceEpoch() + 60000;
    {
        QSqlDatabase db = openDatabase(server->dataDir());
        for (int i = 0; i < 5; ++i) {
            QSqlQuery q(db);
            REQUIRE(q.prepare(QStringLiteral("INSERT INTO posts (id, author_id, group_id, body, created_at, version) "
                                             "VALUES (?, ?, ?, ?, ?, 1)")));
            q.addBindValue(protocol::newUuidV7(at));
            q.addBindValue(annaId);
            q.addBindValue(fietsclub);
            q.addBindValue(QStringLiteral("Gelijktijdig %1").arg(i));
            q.addBindValue(at);
            REQUIRE(q.exec());
        }
        closeDatabase(db);
    }
    for (int limit : {1, 2, 3}) {
        INFO("limit " << limit);
        const QList<protocol::Post> all = wholeFeed(*bram, limit);
        requireStrictlyOrdered(all);
        int tied = 0;
        for (const protocol::Post &p : all) tied += p.createdAt == at;
        CHECK(tied == 5);
    }
}

TEST_CASE("feed parameters are validated", "[server][feed]")
{
    auto server = startServer();
    auto bram = signIn(*server, kBram);
    for (const char *limit : {"0", "101", "abc", "1.5", "-3", ""}) {
        INFO("limit=" << limit);
        const HttpResult r = bram->get(QStringLiteral("/api/v1/feed?limit=") + QString::fromLatin1(limit));
        CHECK(r.status == 422);
        CHECK(r.errorCode() == QStringLiteral("validation_failed"));
        CHECK(errorField(r) == QStringLiteral("limit"));
    }
    CHECK(bram->get(QStringLiteral("/api/v1/feed?limit=100")).status == 200);

    const HttpResult unknown = bram->get(QStringLiteral("/api/v1/feed?before=") + protocol::newUuidV7());
    CHECK(unknown.status == 422);
    CHECK(errorField(unknown) == QStringLiteral("before"));

    // A post bram cannot see is as unknown to him as one that does not exist.
    auto anna = signIn(*server, kAnna);
    const HttpResult hidden = anna->post(QStringLiteral("/api/v1/posts"),
                                         newPost(groupIdNamed(*anna, QStringLiteral("Utrecht")), QStringLiteral("Hoi")));
    REQUIRE(hidden.status == 201);
    const HttpResult r = bram->get(QStringLiteral("/api/v1/feed?before=") + hidden.json()[QStringLiteral("id")].toString());
    CHECK(r.status == 422);
    CHECK(errorField(r) == QStringLiteral("before"));
}
