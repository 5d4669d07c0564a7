// The comments and groups lists under QAbstractItemModelTester: precise changes as the cache
// changes, in the order the user expects.
#include <catch2/catch.hpp>

#include "Wait.h"
#include "models/CommentsModel.h"
#include "models/GroupsModel.h"
#include "protocol/Uuid.h"
#include "store/CommentStore.h"
#include "store/DirectoryStore.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace plein;
using namespace plein::store;

namespace {
struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Store> store = QCoro::waitFor(Store::open(dir.filePath(QStringLiteral("s.sqlite")))).store;
    template<typename F>
    void write(F job)
    {
        test::resultOf(store->write([job](WriteContext &ctx) {
            job(ctx);
            return true;
        }));
    }
};

protocol::Comment comment(const QString &postId, qint64 at, const QString &body)
{
    protocol::Comment c;
    c.id = protocol::newUuidV7(at);
    c.postId = postId;
    c.authorId = QStringLiteral("u1");
    c.authorName = QStringLiteral("Bram Jansen");
    c.body = body;
    c.createdAt = at;
    c.version = 1;
    return c;
}

protocol::Group group(const QString &name, const QString &membership)
{
    protocol::Group g;
    g.id = protocol::newUuidV7();
    g.name = name;
    g.visibility = protocol::Visibility::Public;
    g.version = 1;
    g.membership = membership;
    return g;
}
}

TEST_CASE("comments show oldest first, follow edits and removals, and only for their post")
{
    Fixture f;
    const QString postId = protocol::newUuidV7();
    const auto first = comment(postId, 1000, QStringLiteral("eerste"));
    const auto third = comment(postId, 3000, QStringLiteral("derde"));
    f.write([&](WriteContext &ctx) {
        comments::upsertFromServer(ctx.db, third, PerUser::Absent);
        comments::upsertFromServer(ctx.db, first, PerUser::Absent);
    });
    models::CommentsModel model(f.store.get(), postId);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.data(model.index(0), models::CommentsModel::BodyRole).toString() == QStringLiteral("eerste"));

    const auto second = comment(postId, 2000, QStringLiteral("tweede"));
    const auto elsewhere = comment(protocol::newUuidV7(), 2500, QStringLiteral("ergens anders"));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    f.write([&](WriteContext &ctx) {
        comments::insertLocal(ctx.db, second);
        comments::upsertFromServer(ctx.db, elsewhere, PerUser::Absent);
        ctx.changes.commentsUpserted = {second.id, elsewhere.id};
    });
    REQUIRE(test::waitUntil([&] { return model.rowCount() == 3; }));
    CHECK(inserted.size() == 1);
    CHECK(reset.isEmpty());
    CHECK(model.indexOf(second.id) == 1);
    CHECK(model.data(model.index(1), models::CommentsModel::PendingRole).toBool());

    f.write([&](WriteContext &ctx) {
        comments::editLocal(ctx.db, first.id, QStringLiteral("eerste, aangepast"), 5000);
        comments::remove(ctx.db, third.id);
        ctx.changes.commentsUpserted = {first.id};
        ctx.changes.commentsRemoved = {third.id};
    });
    REQUIRE(test::waitUntil([&] { return model.rowCount() == 2; }));
    CHECK(model.data(model.index(0), models::CommentsModel::BodyRole).toString() == QStringLiteral("eerste, aangepast"));
    CHECK(model.data(model.index(0), models::CommentsModel::EditedRole).toBool());

    // The post itself went away (deleted, or its group no longer visible): so do its comments.
    f.write([&](WriteContext &ctx) { ctx.changes.postsRemoved = {postId}; });
    CHECK(test::waitUntil([&] { return model.rowCount() == 0; }));
}

TEST_CASE("groups: mine and discoverable, searchable offline, updated in place when membership changes")
{
    Fixture f;
    const auto ict = group(QStringLiteral("ICT"), QStringLiteral("member"));
    const auto fiets = group(QStringLiteral("Fietsclub"), QStringLiteral("none"));
    const auto kook = group(QStringLiteral("Kookclub"), QStringLiteral("requested"));
    f.write([&](WriteContext &ctx) {
        for (const auto &g : {ict, fiets, kook}) directory::upsertGroup(ctx.db, g);
    });
    models::GroupsModel model(f.store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.data(model.index(0), models::GroupsModel::NameRole).toString() == QStringLiteral("ICT"));

    model.setScope(QStringLiteral("discover"));
    REQUIRE(model.rowCount() == 2);
    CHECK(model.data(model.index(0), models::GroupsModel::NameRole).toString() == QStringLiteral("Fietsclub"));
    CHECK(model.data(model.index(1), models::GroupsModel::MembershipRole).toString() == QStringLiteral("requested"));
    model.setQuery(QStringLiteral("kook"));
    REQUIRE(model.rowCount() == 1);
    model.setQuery(QString());
    REQUIRE(model.rowCount() == 2);

    // Joining the cycling club moves it out of "discover" without resetting the list.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    f.write([&](WriteContext &ctx) {
        directory::setMembership(ctx.db, fiets.id, QStringLiteral("member"));
        ctx.changes.groupsChanged = true;
    });
    REQUIRE(test::waitUntil([&] { return model.rowCount() == 1; }));
    CHECK(model.indexOf(kook.id) == 0);
    CHECK(reset.isEmpty());
}
