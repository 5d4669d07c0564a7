// Groups, comments, reactions and announcements as the change stream delivers them, applied
// to a real cache file: what the user would see in the feed, and what is left on disk.
#include <catch2/catch.hpp>

#include "Wait.h"
#include "models/FeedModel.h"
#include "protocol/Comment.h"
#include "protocol/Group.h"
#include "protocol/Membership.h"
#include "protocol/Reaction.h"
#include "protocol/Sync.h"
#include "protocol/Uuid.h"
#include "store/CommentStore.h"
#include "store/DirectoryStore.h"
#include "store/MetaStore.h"
#include "store/PostStore.h"
#include "store/Store.h"
#include "sync/EventApplier.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace plein;
using namespace plein::store;
using sync::FrameOutcome;

namespace {
const QString kMe = QStringLiteral("0190a000-0000-7000-8000-00000000000a");
const QString kOther = QStringLiteral("0190a000-0000-7000-8000-00000000000b");

protocol::Group group(const QString &id, const QString &visibility)
{
    protocol::Group g;
    g.id = id;
    g.name = QStringLiteral("Fietsclub ") + id.right(2);
    g.visibility = visibility;
    g.memberCount = 3;
    g.version = 1;
    return g;
}

protocol::Post post(const QString &groupId, qint64 at)
{
    protocol::Post p;
    p.id = protocol::newUuidV7(at);
    p.authorId = kOther;
    p.authorName = QStringLiteral("Anna de Vries");
    p.groupId = groupId;
    p.body = QStringLiteral("post at %1").arg(at);
    p.createdAt = at;
    p.version = 1;
    return p;
}

protocol::Comment comment(const QString &postId, qint64 at)
{
    protocol::Comment c;
    c.id = protocol::newUuidV7(at);
    c.postId = postId;
    c.authorId = kOther;
    c.authorName = QStringLiteral("Anna de Vries");
    c.body = QStringLiteral("comment");
    c.createdAt = at;
    c.version = 1;
    return c;
}

struct Fixture {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("s.sqlite"));
    std::unique_ptr<Store> store = QCoro::waitFor(Store::open(path)).store;
    qint64 seq = 0;

    Fixture()
    {
        test::resultOf(store->write([](WriteContext &ctx) {
            meta::set(ctx.db, meta::MeId, kMe);
            return true;
        }));
    }
    FrameOutcome send(const QString &name, const QJsonObject &data)
    {
        const qint64 prev = seq++;
        const QString text = QString::fromUtf8(
            QJsonDocument(protocol::eventFrame({seq, prev, name, data})).toJson(QJsonDocument::Compact));
        return test::resultOf(store->write([text](WriteContext &ctx) { return sync::apply::frame(ctx, text); }));
    }
    void joinAsMember(const protocol::Group &g)
    {
        test::resultOf(store->write([g](WriteContext &ctx) {
            protocol::Group mine = g;
            mine.membership = QStringLiteral("member");
            directory::upsertGroup(ctx.db, mine);
            ctx.changes.groupsChanged = true;
            return true;
        }));
    }
    // Counted straight from the file with a connection of its own: what is really on disk.
    qint64 countOnDisk(const char *sql, const QString &arg)
    {
        Database db(path, Database::Mode::ReadOnly);
        Statement &s = db.prepare(sql);
        s.bind(1, arg);
        s.step();
        const qint64 n = s.integer(0);
        s.reset();
        return n;
    }
};
}

TEST_CASE("removal from a private group purges its posts and comments from the cache file in the same step")
{
    Fixture f;
    const auto g = group(QStringLiteral("0190a000-0000-7000-8000-0000000000c1"), protocol::Visibility::Private);
    f.joinAsMember(g);
    const auto p1 = post(g.id, 1000);
    const auto p2 = post(g.id, 2000);
    const auto everyone = post(QString(), 3000);
    f.send(protocol::EventName::PostCreated, p1.toJson());
    f.send(protocol::EventName::PostCreated, p2.toJson());
    f.send(protocol::EventName::PostCreated, everyone.toJson());
    f.send(protocol::EventName::CommentCreated, comment(p1.id, 1500).toJson());
    REQUIRE(f.countOnDisk("SELECT count(*) FROM posts WHERE group_id = ?", g.id) == 2);
    REQUIRE(f.countOnDisk("SELECT count(*) FROM comments WHERE post_id = ?", p1.id) == 1);

    const auto out = f.send(protocol::EventName::GroupRemoved, {{QStringLiteral("id"), g.id}, {QStringLiteral("reason"), QStringLiteral("removed")}});
    CHECK(out.kind == FrameOutcome::Kind::Applied);
    CHECK(f.countOnDisk("SELECT count(*) FROM posts WHERE group_id = ?", g.id) == 0);
    CHECK(f.countOnDisk("SELECT count(*) FROM comments WHERE post_id = ?", p1.id) == 0);
    CHECK(f.countOnDisk("SELECT count(*) FROM org_groups WHERE id = ? AND membership = 'none'", g.id) == 1);
    CHECK(f.countOnDisk("SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?", QStringLiteral("cursor")) == out.cursor);
    // Posts to everyone stay.
    CHECK(f.countOnDisk("SELECT count(*) FROM posts WHERE id = ?", everyone.id) == 1);
}

TEST_CASE("a group turning private purges it only for those who are not members")
{
    Fixture f;
    const auto mine = group(QStringLiteral("0190a000-0000-7000-8000-0000000000c2"), protocol::Visibility::Public);
    const auto browsed = group(QStringLiteral("0190a000-0000-7000-8000-0000000000c3"), protocol::Visibility::Public);
    f.joinAsMember(mine);
    f.send(protocol::EventName::GroupCreated, browsed.toJson());
    f.send(protocol::EventName::PostCreated, post(mine.id, 1000).toJson());
    f.send(protocol::EventName::PostCreated, post(browsed.id, 2000).toJson());

    f.send(protocol::EventName::GroupRemoved, {{QStringLiteral("id"), mine.id}, {QStringLiteral("reason"), QStringLiteral("private")}});
    f.send(protocol::EventName::GroupRemoved, {{QStringLiteral("id"), browsed.id}, {QStringLiteral("reason"), QStringLiteral("hidden")}});
    CHECK(f.countOnDisk("SELECT count(*) FROM posts WHERE group_id = ?", mine.id) == 1);
    CHECK(f.countOnDisk("SELECT count(*) FROM posts WHERE group_id = ?", browsed.id) == 0);
    // A group that became secret is not even listed any more.
    CHECK(f.countOnDisk("SELECT count(*) FROM org_groups WHERE id = ?", browsed.id) == 0);
}

TEST_CASE("the home feed shows posts to everyone and my groups; joining and leaving change it precisely")
{
    Fixture f;
    const auto g = group(QStringLiteral("0190a000-0000-7000-8000-0000000000c4"), protocol::Visibility::Public);
    f.send(protocol::EventName::GroupCreated, g.toJson());
    const auto inGroup = post(g.id, 2000);
    f.send(protocol::EventName::PostCreated, post(QString(), 1000).toJson());
    f.send(protocol::EventName::PostCreated, inGroup.toJson());

    models::FeedModel home(f.store.get());
    models::FeedModel groupFeed(f.store.get(), FeedScope::group(g.id));
    QAbstractItemModelTester t1(&home, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&groupFeed, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(home.rowCount() == 1);
    CHECK(groupFeed.rowCount() == 1);

    f.send(protocol::EventName::MembershipChanged,
           protocol::MembershipState{g.id, kMe, QStringLiteral("member")}.toJson());
    CHECK(test::waitUntil([&] { return home.rowCount() == 2; }));
    CHECK(home.indexOf(inGroup.id) == 0);

    f.send(protocol::EventName::MembershipChanged, protocol::MembershipState{g.id, kMe, QStringLiteral("none")}.toJson());
    CHECK(test::waitUntil([&] { return home.rowCount() == 1; }));
    CHECK(home.indexOf(inGroup.id) < 0);
}

TEST_CASE("comments count once, whether they arrive as events or replace my own echo")
{
    Fixture f;
    const auto p = post(QString(), 1000);
    f.send(protocol::EventName::PostCreated, p.toJson());
    const auto c = comment(p.id, 1100);
    f.send(protocol::EventName::CommentCreated, c.toJson());
    f.send(protocol::EventName::CommentUpdated, c.toJson()); // a repeat (same version) changes nothing
    CHECK(posts::byId(f.store->reader(), p.id)->post.commentCount == 1);

    // My comment: local echo first (counted then), then the server's event for it.
    protocol::Comment mine = comment(p.id, 1200);
    mine.authorId = kMe;
    test::resultOf(f.store->write([mine](WriteContext &ctx) {
        comments::insertLocal(ctx.db, mine);
        posts::addCommentCount(ctx.db, mine.postId, 1);
        return true;
    }));
    f.send(protocol::EventName::CommentCreated, mine.toJson());
    CHECK(posts::byId(f.store->reader(), p.id)->post.commentCount == 2);
    CHECK(comments::byId(f.store->reader(), mine.id)->state == PostState::Synced);

    f.send(protocol::EventName::CommentDeleted, {{QStringLiteral("id"), c.id}, {QStringLiteral("postId"), p.id}});
    CHECK(posts::byId(f.store->reader(), p.id)->post.commentCount == 1);
    CHECK(comments::forPost(f.store->reader(), p.id).size() == 1);
}

TEST_CASE("reactions: others change the counts, mine also mark what I chose, and later post updates keep it")
{
    Fixture f;
    const auto p = post(QString(), 1000);
    f.send(protocol::EventName::PostCreated, p.toJson());
    protocol::ReactionChange r;
    r.target = QStringLiteral("post");
    r.id = p.id;
    r.postId = p.id;
    r.userId = kOther;
    r.kind = QStringLiteral("love");
    r.active = true;
    r.counts = {{QStringLiteral("love"), 1}};
    f.send(protocol::EventName::ReactionChanged, r.toJson());
    auto row = posts::byId(f.store->reader(), p.id);
    CHECK(row->post.reactions.value(QStringLiteral("love")) == 1);
    CHECK(row->post.myReactions.isEmpty());

    r.userId = kMe;
    r.kind = QStringLiteral("like");
    r.counts = {{QStringLiteral("love"), 1}, {QStringLiteral("like"), 1}};
    f.send(protocol::EventName::ReactionChanged, r.toJson());
    protocol::Post edited = p;
    edited.body = QStringLiteral("edited");
    edited.editedAt = 5000;
    edited.version = 2;
    edited.reactions = r.counts;
    f.send(protocol::EventName::PostUpdated, edited.toJson());
    row = posts::byId(f.store->reader(), p.id);
    CHECK(row->post.body == QStringLiteral("edited"));
    CHECK(row->post.myReactions == QStringList{QStringLiteral("like")});
    CHECK(row->post.likeCount == 1);
}

TEST_CASE("an announcement stays pinned until I read it; others reading only moves the count")
{
    Fixture f;
    auto a = post(QString(), 1000);
    a.announcement = true;
    f.send(protocol::EventName::PostCreated, a.toJson());
    models::FeedModel pinned(f.store.get(), FeedScope::pinned());
    QAbstractItemModelTester tester(&pinned, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(pinned.rowCount() == 1);

    f.send(protocol::EventName::AnnouncementRead, {{QStringLiteral("postId"), a.id}, {QStringLiteral("userId"), kOther}, {QStringLiteral("readCount"), 1}});
    CHECK(pinned.rowCount() == 1);
    CHECK(pinned.data(pinned.index(0), models::FeedModel::ReadCountRole).toInt() == 1);

    f.send(protocol::EventName::AnnouncementRead, {{QStringLiteral("postId"), a.id}, {QStringLiteral("userId"), kMe}, {QStringLiteral("readCount"), 2}});
    CHECK(test::waitUntil([&] { return pinned.rowCount() == 0; }));
    CHECK(posts::byId(f.store->reader(), a.id)->post.acknowledged);
}
