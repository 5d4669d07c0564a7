// Groups and everything posted in them, between real clients and the real server over
// loopback: removal purges the cache file, stale edits conflict visibly, deletes travel live
// and after a reconnect, and what is written offline (files included) arrives once, in order.
#include <catch2/catch.hpp>

#include "ServerProcess.h"
#include "TcpProxy.h"
#include "TestClient.h"
#include "TestHttp.h"
#include "Wait.h"
#include "protocol/Uuid.h"
#include "store/DirectoryStore.h"
#include "store/OutboxStore.h"
#include "store/PostStore.h"

#include <QCoroTask>
#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QRandomGenerator>

using namespace plein;
using namespace plein::test;

namespace {
const QString kAnna = QStringLiteral("anna@plein.demo"); // community manager
const QString kBram = QStringLiteral("bram@plein.demo"); // member

QString myId(const QUrl &server, const QString &email)
{
    TestHttp http(server);
    http.login(email);
    return http.get(QStringLiteral("/api/v1/me")).json().value(QStringLiteral("id")).toString();
}

QString groupIdByName(TestClient &c, const QString &name)
{
    for (const auto &g : store::directory::myGroups(c.account().store()->reader()))
        if (g.name == name) return g.id;
    return {};
}

int outboxSize(TestClient &c) { return int(c.countInCache("SELECT count(*) FROM outbox")); }

// A photo-sized PNG of noise (it does not compress): a few MB, so an upload can be cut halfway.
QString writeNoisePng(const QString &dir, const QString &name, int side)
{
    QImage image(side, side, QImage::Format_RGB32);
    auto *rng = QRandomGenerator::global();
    for (int y = 0; y < side; ++y) {
        auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
        for (int x = 0; x < side; ++x) line[x] = rng->generate() | 0xff000000u;
    }
    const QString path = QDir(dir).filePath(name);
    image.save(path, "PNG");
    return path;
}

QByteArray sha(const QByteArray &bytes) { return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256); }
}

TEST_CASE("removal from a private group deletes its posts and comments from the member's cache file")
{
    ServerProcess server;
    REQUIRE(server.start());
    TestHttp anna(server.url());
    anna.login(kAnna);
    const QString bramId = myId(server.url(), kBram);

    const QString groupId = protocol::newUuidV7();
    const auto created = anna.post(QStringLiteral("/api/v1/groups"),
        {{QStringLiteral("id"), groupId}, {QStringLiteral("name"), QStringLiteral("Werkgroep begroting")},
         {QStringLiteral("description"), QStringLiteral("Vertrouwelijk tot de raad beslist")},
         {QStringLiteral("visibility"), QStringLiteral("private")}});
    REQUIRE(created.status == 201);
    REQUIRE(anna.put(QStringLiteral("/api/v1/groups/%1/members/%2").arg(groupId, bramId)).status == 200);

    TestClient bram;
    REQUIRE(bram.signIn(server.url(), kBram));
    // The invitation is in the discover list; accepting it makes Bram a member at once.
    REQUIRE(QCoro::waitFor(bram.sync().refreshGroups(QStringLiteral("discover"), QString())));
    REQUIRE(QCoro::waitFor(bram.sync().joinGroup(groupId)));
    REQUIRE(waitUntil([&] { return outboxSize(bram) == 0; }, 5000));
    CHECK(bram.countInCache("SELECT count(*) FROM org_groups WHERE id = ?1 AND membership = 'member'", groupId) == 1);

    QStringList postIds;
    for (int i = 0; i < 2; ++i) {
        const QString id = protocol::newUuidV7();
        REQUIRE(anna.post(QStringLiteral("/api/v1/posts"), {{QStringLiteral("id"), id}, {QStringLiteral("groupId"), groupId},
            {QStringLiteral("body"), QStringLiteral("Concept %1").arg(i + 1)}}).status == 201);
        postIds.append(id);
    }
    REQUIRE(anna.post(QStringLiteral("/api/v1/posts/%1/comments").arg(postIds[0]),
        {{QStringLiteral("id"), protocol::newUuidV7()}, {QStringLiteral("body"), QStringLiteral("Graag voor vrijdag")}}).status == 201);
    REQUIRE(waitUntil([&] { return bram.countInCache("SELECT count(*) FROM posts WHERE group_id = ?1", groupId) == 2; }, 5000));
    REQUIRE(waitUntil([&] { return bram.countInCache("SELECT count(*) FROM comments WHERE post_id = ?1", postIds[0]) == 1; }, 5000));
    // The model follows the file through a queued notice: wait for what the user would see.
    CHECK(waitUntil([&] { return bram.feed().indexOf(postIds[1]) >= 0; }, 2000));

    REQUIRE(anna.del(QStringLiteral("/api/v1/groups/%1/members/%2").arg(groupId, bramId)).status == 200);
    REQUIRE(waitUntil([&] { return bram.countInCache("SELECT count(*) FROM posts WHERE group_id = ?1", groupId) == 0; }, 5000));
    CHECK(bram.countInCache("SELECT count(*) FROM comments WHERE post_id = ?1", postIds[0]) == 0);
    CHECK(waitUntil([&] { return bram.feed().indexOf(postIds[0]) < 0 && bram.feed().indexOf(postIds[1]) < 0; }, 2000));
    // And nothing comes back: the group's posts are no longer Bram's to read.
    TestHttp asBram(server.url());
    asBram.login(kBram);
    CHECK(asBram.get(QStringLiteral("/api/v1/groups/%1/posts").arg(groupId)).status == 403);
}

TEST_CASE("an edit based on a stale version is refused with 409 and the client shows the conflict")
{
    ServerProcess server;
    REQUIRE(server.start());
    TcpProxy proxy(server.port());
    TestClient bram;
    REQUIRE(bram.signIn(proxy.url(), kBram));
    const QString fietsclub = groupIdByName(bram, QStringLiteral("Fietsclub"));
    REQUIRE_FALSE(fietsclub.isEmpty());
    const QString id = bram.post(QStringLiteral("Zaterdag rit naar de Veluwe, 60 km"), fietsclub);
    REQUIRE(waitUntil([&] { return !bram.isPending(id); }, 5000));

    // Bram's phone is offline; his desktop changes the post meanwhile.
    proxy.setOffline(true);
    REQUIRE(waitUntil([&] { return bram.sync().isOffline(); }, 5000));
    TestHttp desktop(server.url());
    desktop.login(kBram);
    REQUIRE(desktop.patch(QStringLiteral("/api/v1/posts/") + id,
        {{QStringLiteral("body"), QStringLiteral("Zaterdag rit naar de Veluwe, 80 km")}, {QStringLiteral("version"), 1}}).status == 200);

    REQUIRE(QCoro::waitFor(bram.sync().editPost(id, QStringLiteral("Zondag rit naar de Veluwe, 60 km"))));
    proxy.setOffline(false);
    auto &feed = bram.feed();
    REQUIRE(waitUntil([&] {
        const int row = feed.indexOf(id);
        return row >= 0 && feed.data(feed.index(row), models::FeedModel::ConflictRole).toBool();
    }, 8000));
    const int row = feed.indexOf(id);
    // Theirs is shown, mine is kept for the user to decide.
    CHECK(feed.data(feed.index(row), models::FeedModel::BodyRole).toString() == QStringLiteral("Zaterdag rit naar de Veluwe, 80 km"));
    CHECK(feed.data(feed.index(row), models::FeedModel::ConflictBodyRole).toString() == QStringLiteral("Zondag rit naar de Veluwe, 60 km"));

    REQUIRE(QCoro::waitFor(bram.sync().resolveEditConflict(id, true)));
    REQUIRE(waitUntil([&] { return outboxSize(bram) == 0; }, 5000));
    const auto onServer = desktop.get(QStringLiteral("/api/v1/groups/%1/posts").arg(fietsclub)).json().value(QStringLiteral("items")).toArray();
    QString serverBody;
    for (const auto &p : onServer)
        if (p.toObject().value(QStringLiteral("id")).toString() == id) serverBody = p.toObject().value(QStringLiteral("body")).toString();
    CHECK(serverBody == QStringLiteral("Zondag rit naar de Veluwe, 60 km"));
    CHECK(waitUntil([&] { return !feed.data(feed.index(feed.indexOf(id)), models::FeedModel::ConflictRole).toBool(); }, 2000));
}

TEST_CASE("a deleted post leaves other clients live, and after they reconnect")
{
    ServerProcess server;
    REQUIRE(server.start());
    TcpProxy proxy(server.port());
    TestClient anna, bram;
    REQUIRE(anna.signIn(server.url(), kAnna));
    REQUIRE(bram.signIn(proxy.url(), kBram));

    const QString live = anna.post(QStringLiteral("Verkeerd bericht, wordt verwijderd"));
    REQUIRE(waitUntil([&] { return bram.feed().indexOf(live) >= 0; }, 3000));
    REQUIRE(QCoro::waitFor(anna.sync().deletePost(live)));
    CHECK(waitUntil([&] { return bram.feed().indexOf(live) < 0; }, 3000));
    CHECK(bram.cachedCount(live) == 0);

    const QString later = anna.post(QStringLiteral("Ook dit bericht verdwijnt"));
    REQUIRE(waitUntil([&] { return bram.feed().indexOf(later) >= 0; }, 3000));
    proxy.setOffline(true);
    REQUIRE(waitUntil([&] { return bram.sync().isOffline(); }, 5000));
    REQUIRE(QCoro::waitFor(anna.sync().deletePost(later)));
    REQUIRE(waitUntil([&] { return outboxSize(anna) == 0; }, 3000));
    CHECK(bram.feed().indexOf(later) >= 0); // Bram could not know yet
    proxy.setOffline(false);
    CHECK(waitUntil([&] { return bram.feed().indexOf(later) < 0; }, 8000));
    CHECK(bram.cachedCount(later) == 0);
}

TEST_CASE("a post with two images and a comment written offline arrive once each, in order; a cut upload is retried without a second file")
{
    ServerProcess server;
    REQUIRE(server.start());
    TcpProxy proxy(server.port());
    TestClient bram;
    REQUIRE(bram.signIn(proxy.url(), kBram));
    const QString ict = groupIdByName(bram, QStringLiteral("ICT"));
    REQUIRE_FALSE(ict.isEmpty());
    const QString first = writeNoisePng(bram.dir(), QStringLiteral("serverruimte.png"), 1000);
    const QString second = writeNoisePng(bram.dir(), QStringLiteral("bekabeling.png"), 300);
    QFile f1(first), f2(second);
    REQUIRE(f1.open(QIODevice::ReadOnly));
    REQUIRE(f2.open(QIODevice::ReadOnly));
    const QByteArray bytes1 = f1.readAll(), bytes2 = f2.readAll();
    REQUIRE(bytes1.size() > 2 * 1024 * 1024);

    proxy.setOffline(true);
    REQUIRE(waitUntil([&] { return bram.sync().isOffline(); }, 5000));
    const QString postId = QCoro::waitFor(bram.sync().createPost(ict, QStringLiteral("ICT"),
        QStringLiteral("Nieuwe serverruimte is klaar"), false, {first, second}));
    const QString commentId = QCoro::waitFor(bram.sync().addComment(postId, QStringLiteral("Foto's volgen")));
    REQUIRE_FALSE(commentId.isEmpty());
    // The originals may go: the outbox sends its own copies.
    QFile::remove(first);
    QFile::remove(second);
    CHECK(outboxSize(bram) == 4);

    // The first upload is broken off after 1 MB; it must go again, as the same file.
    proxy.cutOnceAfterUpstreamBytes(1024 * 1024);
    proxy.setOffline(false);
    REQUIRE(waitUntil([&] { return outboxSize(bram) == 0; }, 30000));
    CHECK(proxy.cuts() == 1);

    TestHttp http(server.url());
    http.login(kBram);
    const auto items = http.get(QStringLiteral("/api/v1/groups/%1/posts?limit=100").arg(ict)).json().value(QStringLiteral("items")).toArray();
    int copies = 0;
    QJsonArray attachments;
    for (const auto &p : items) {
        if (p.toObject().value(QStringLiteral("id")).toString() != postId) continue;
        ++copies;
        attachments = p.toObject().value(QStringLiteral("attachments")).toArray();
    }
    CHECK(copies == 1);
    REQUIRE(attachments.size() == 2);
    CHECK(attachments[0].toObject().value(QStringLiteral("name")).toString() == QStringLiteral("serverruimte.png"));
    CHECK(attachments[1].toObject().value(QStringLiteral("name")).toString() == QStringLiteral("bekabeling.png"));
    CHECK(attachments[0].toObject().value(QStringLiteral("mime")).toString() == QStringLiteral("image/png"));
    const auto file1 = http.get(QStringLiteral("/api/v1/files/") + attachments[0].toObject().value(QStringLiteral("id")).toString());
    const auto file2 = http.get(QStringLiteral("/api/v1/files/") + attachments[1].toObject().value(QStringLiteral("id")).toString());
    CHECK(sha(file1.body) == sha(bytes1));
    CHECK(sha(file2.body) == sha(bytes2));
    // Exactly the two files are stored: the cut upload did not leave a second copy.
    CHECK(QDir(server.dataDir() + QStringLiteral("/files")).entryList(QDir::Files).filter(QRegularExpression(QStringLiteral("^[0-9a-f-]{36}$"))).size() == 2);

    const auto comments = http.get(QStringLiteral("/api/v1/posts/%1/comments").arg(postId)).json().value(QStringLiteral("items")).toArray();
    REQUIRE(comments.size() == 1);
    CHECK(comments[0].toObject().value(QStringLiteral("id")).toString() == commentId);
    // The client's copies of the uploaded files are gone; its post shows the server's files.
    CHECK(bram.countInCache("SELECT count(*) FROM uploads") == 0);
    CHECK(QDir(bram.sync().uploadsDir()).entryList(QDir::Files).isEmpty());
    auto shown = [&] {
        return bram.feed().data(bram.feed().index(bram.feed().indexOf(postId)), models::FeedModel::AttachmentsRole).toList();
    };
    CHECK(waitUntil([&] { return shown().size() == 2 && !shown()[1].toMap().value(QStringLiteral("url")).toString().isEmpty(); }, 2000));
    CHECK(shown()[0].toMap().value(QStringLiteral("uploadState")).toString().isEmpty());
}

TEST_CASE("leaving and joining offline change the feed at once and reach the server when the connection is back")
{
    ServerProcess server;
    REQUIRE(server.start());
    TcpProxy proxy(server.port());
    TestClient bram;
    REQUIRE(bram.signIn(proxy.url(), kBram));
    const QString fietsclub = groupIdByName(bram, QStringLiteral("Fietsclub"));
    REQUIRE_FALSE(fietsclub.isEmpty());
    QCoro::waitFor(bram.sync().loadGroupPosts(fietsclub));
    auto fietsclubRows = [&] {
        int n = 0;
        for (int r = 0; r < bram.feed().rowCount(); ++r) n += bram.feed().at(r).post.groupId == fietsclub;
        return n;
    };
    REQUIRE(waitUntil([&] { return fietsclubRows() > 0; }, 3000));
    REQUIRE(QCoro::waitFor(bram.sync().refreshGroups(QStringLiteral("discover"), QString())));
    QString zorg;
    for (const auto &g : store::directory::otherGroups(bram.account().store()->reader(), QStringLiteral("Zorg"))) zorg = g.id;
    REQUIRE_FALSE(zorg.isEmpty());

    proxy.setOffline(true);
    REQUIRE(waitUntil([&] { return bram.sync().isOffline(); }, 5000));
    REQUIRE(QCoro::waitFor(bram.sync().leaveGroup(fietsclub)));
    CHECK(waitUntil([&] { return fietsclubRows() == 0; }, 2000));
    REQUIRE(QCoro::waitFor(bram.sync().joinGroup(zorg)));
    CHECK(bram.countInCache("SELECT count(*) FROM org_groups WHERE id = ?1 AND membership = 'member'", zorg) == 1);
    CHECK(outboxSize(bram) == 2);

    proxy.setOffline(false);
    REQUIRE(waitUntil([&] { return outboxSize(bram) == 0; }, 8000));
    TestHttp http(server.url());
    http.login(kBram);
    QStringList mine;
    for (const auto &g : http.get(QStringLiteral("/api/v1/groups?scope=mine")).json().value(QStringLiteral("items")).toArray())
        mine.append(g.toObject().value(QStringLiteral("id")).toString());
    CHECK_FALSE(mine.contains(fietsclub));
    CHECK(mine.contains(zorg));
    // The server's confirmation of the leave purges what was cached of the club.
    CHECK(waitUntil([&] { return bram.countInCache("SELECT count(*) FROM posts WHERE group_id = ?1", fietsclub) == 0; }, 5000));
    // And the group just joined brings its posts into the feed.
    CHECK(waitUntil([&] { return bram.countInCache("SELECT count(*) FROM posts WHERE group_id = ?1", zorg) > 0; }, 5000));
}

TEST_CASE("two edits written offline reach the server as the last text, without a conflict with each other")
{
    ServerProcess server;
    REQUIRE(server.start());
    TcpProxy proxy(server.port());
    TestClient bram;
    REQUIRE(bram.signIn(proxy.url(), kBram));
    const QString ict = groupIdByName(bram, QStringLiteral("ICT"));
    const QString id = bram.post(QStringLiteral("Storing mail opgelost"), ict);
    REQUIRE(waitUntil([&] { return !bram.isPending(id); }, 5000));

    proxy.setOffline(true);
    REQUIRE(waitUntil([&] { return bram.sync().isOffline(); }, 5000));
    REQUIRE(QCoro::waitFor(bram.sync().editPost(id, QStringLiteral("Storing mail bijna opgelost"))));
    REQUIRE(QCoro::waitFor(bram.sync().editPost(id, QStringLiteral("Storing mail opgelost om 14:10"))));
    proxy.setOffline(false);
    REQUIRE(waitUntil([&] { return outboxSize(bram) == 0; }, 8000));

    TestHttp http(server.url());
    http.login(kBram);
    QString body;
    for (const auto &p : http.get(QStringLiteral("/api/v1/groups/%1/posts").arg(ict)).json().value(QStringLiteral("items")).toArray())
        if (p.toObject().value(QStringLiteral("id")).toString() == id) body = p.toObject().value(QStringLiteral("body")).toString();
    CHECK(body == QStringLiteral("Storing mail opgelost om 14:10"));
    auto &feed = bram.feed();
    CHECK(waitUntil([&] {
        const int row = feed.indexOf(id);
        return row >= 0 && !feed.data(feed.index(row), models::FeedModel::ConflictRole).toBool() &&
            feed.data(feed.index(row), models::FeedModel::EditedRole).toBool();
    }, 2000));
}

TEST_CASE("asking to join a private group waits for an admin; the approval brings its posts into the feed")
{
    ServerProcess server;
    REQUIRE(server.start());
    TestClient bram;
    REQUIRE(bram.signIn(server.url(), kBram));
    REQUIRE(QCoro::waitFor(bram.sync().refreshGroups(QStringLiteral("discover"), QStringLiteral("Klimaat"))));
    QString klimaat;
    for (const auto &g : store::directory::otherGroups(bram.account().store()->reader(), QStringLiteral("Klimaat"))) klimaat = g.id;
    REQUIRE_FALSE(klimaat.isEmpty());
    // Private: the name is listed, the content is not.
    CHECK(bram.countInCache("SELECT count(*) FROM posts WHERE group_id = ?1", klimaat) == 0);

    REQUIRE(QCoro::waitFor(bram.sync().joinGroup(klimaat)));
    REQUIRE(waitUntil([&] { return outboxSize(bram) == 0; }, 5000));
    CHECK(bram.countInCache("SELECT count(*) FROM org_groups WHERE id = ?1 AND membership = 'requested'", klimaat) == 1);

    TestHttp anna(server.url());
    anna.login(kAnna);
    const QString bramId = myId(server.url(), kBram);
    REQUIRE(anna.post(QStringLiteral("/api/v1/groups/%1/requests/%2/approve").arg(klimaat, bramId), {}).status == 200);
    CHECK(waitUntil([&] { return bram.countInCache("SELECT count(*) FROM org_groups WHERE id = ?1 AND membership = 'member'", klimaat) == 1; }, 5000));
    CHECK(waitUntil([&] { return bram.countInCache("SELECT count(*) FROM posts WHERE group_id = ?1", klimaat) > 0; }, 5000));
    CHECK(waitUntil([&] {
        for (int r = 0; r < bram.feed().rowCount(); ++r)
            if (bram.feed().at(r).post.groupId == klimaat) return true;
        return false;
    }, 3000));
}
