// The write half of the authorisation matrix: creating, reacting, deleting, joining and
// administering, for every role against a public, a private and a secret group. Each cell
// works on objects made for it (or undoes what it did), so cells do not depend on each other.
#include "GroupWorld.h"
#include "protocol/Comment.h"
#include "protocol/Post.h"
#include "protocol/Uuid.h"

#include <QJsonObject>
#include <catch2/catch.hpp>
#include <functional>

using namespace plein::test;
namespace protocol = plein::protocol;

namespace {

//            member  group admin  community mgr  org admin  external  non-member
using Row = std::array<int, kRoles.size()>;

struct Cell {
    const char *route;
    std::function<int(GroupWorld &, Role, const WorldGroup &)> call; // returns the status
    std::array<Row, kVisibilities.size()> expected;                 // public, private, secret
};

QString g(const WorldGroup &w) { return QStringLiteral("/api/v1/groups/") + w.id; }

// A fresh post (or comment) by the group's plain member, for one cell to act on.
QString freshPost(GroupWorld &world, const WorldGroup &w)
{
    const QString id = protocol::newUuidV7();
    REQUIRE(world.http(Role::Member).post(QStringLiteral("/api/v1/posts"), newPost(w.id, QStringLiteral("fresh"), id)).status == 201);
    return id;
}

QString freshComment(GroupWorld &world, const WorldGroup &w)
{
    const QString id = protocol::newUuidV7();
    REQUIRE(world.http(Role::Member).post(QStringLiteral("/api/v1/posts/%1/comments").arg(w.postId),
                                          protocol::NewComment{id, QStringLiteral("fresh")}.toJson()).status == 201);
    return id;
}

std::vector<Cell> cells()
{
    return {
        {"POST /posts/{id}/comments",
         [](GroupWorld &world, Role role, const WorldGroup &w) {
             return world.http(role).post(QStringLiteral("/api/v1/posts/%1/comments").arg(w.postId),
                                          protocol::NewComment{protocol::newUuidV7(), QStringLiteral("probe")}.toJson()).status;
         },
         {Row{201, 201, 201, 201, 404, 201}, Row{201, 201, 404, 201, 404, 404}, Row{201, 201, 404, 201, 404, 404}}},
        {"PUT then DELETE /posts/{id}/reactions/like",
         [](GroupWorld &world, Role role, const WorldGroup &w) {
             const QString path = QStringLiteral("/api/v1/posts/%1/reactions/like").arg(w.postId);
             const int status = world.http(role).put(path).status;
             CHECK(world.http(role).del(path).status == status);
             return status;
         },
         {Row{200, 200, 200, 200, 404, 200}, Row{200, 200, 404, 200, 404, 404}, Row{200, 200, 404, 200, 404, 404}}},
        {"PUT /comments/{id}/reactions/wow",
         [](GroupWorld &world, Role role, const WorldGroup &w) {
             return world.http(role).put(QStringLiteral("/api/v1/comments/%1/reactions/wow").arg(w.commentId)).status;
         },
         {Row{200, 200, 200, 200, 404, 200}, Row{200, 200, 404, 200, 404, 404}, Row{200, 200, 404, 200, 404, 404}}},
        // The member's own post: the author, the group's admins and org admins may delete it.
        {"DELETE /posts/{id} (a member's post)",
         [](GroupWorld &world, Role role, const WorldGroup &w) {
             return world.http(role).del(QStringLiteral("/api/v1/posts/") + freshPost(world, w)).status;
         },
         {Row{204, 204, 403, 204, 404, 403}, Row{204, 204, 404, 204, 404, 404}, Row{204, 204, 404, 204, 404, 404}}},
        {"PATCH /posts/{id} (a member's post)",
         [](GroupWorld &world, Role role, const WorldGroup &w) {
             return world.http(role).patch(QStringLiteral("/api/v1/posts/") + freshPost(world, w),
                                           protocol::PostEdit{QStringLiteral("edited"), 1}.toJson()).status;
         },
         {Row{200, 200, 403, 200, 404, 403}, Row{200, 200, 404, 200, 404, 404}, Row{200, 200, 404, 200, 404, 404}}},
        {"DELETE /comments/{id} (a member's comment)",
         [](GroupWorld &world, Role role, const WorldGroup &w) {
             return world.http(role).del(QStringLiteral("/api/v1/comments/") + freshComment(world, w)).status;
         },
         {Row{204, 204, 403, 204, 404, 403}, Row{204, 204, 404, 204, 404, 404}, Row{204, 204, 404, 204, 404, 404}}},
        // Joining, undone at once (leaving, or cancelling the request).
        {"PUT /groups/{id}/membership (then DELETE)",
         [](GroupWorld &world, Role role, const WorldGroup &w) {
             const int status = world.http(role).put(g(w) + QStringLiteral("/membership")).status;
             if ((status == 200 || status == 202) && role != Role::Member && role != Role::GroupAdmin)
                 CHECK(world.http(role).del(g(w) + QStringLiteral("/membership")).status == 200);
             return status;
         },
         {Row{200, 200, 200, 200, 404, 200}, Row{200, 200, 202, 200, 404, 202}, Row{200, 200, 404, 200, 404, 404}}},
        {"DELETE /groups/{id}/membership as the only admin / others not in it",
         [](GroupWorld &world, Role role, const WorldGroup &w) {
             if (role == Role::Member) return 200; // leaving is covered by the group tests
             return world.http(role).del(g(w) + QStringLiteral("/membership")).status;
         },
         {Row{200, 409, 200, 200, 404, 200}, Row{200, 409, 200, 200, 404, 200}, Row{200, 409, 404, 200, 404, 404}}},
        // Inviting the community manager, withdrawn at once.
        {"PUT /groups/{id}/members/{userId} (then DELETE)",
         [](GroupWorld &world, Role role, const WorldGroup &w) {
             const QString path = g(w) + QStringLiteral("/members/") + world.actor(Role::CommunityManager).id;
             const int status = world.http(role).put(path).status;
             if (status == 200) CHECK(world.http(role).del(path).status == 200);
             return status;
         },
         {Row{403, 200, 403, 200, 404, 403}, Row{403, 200, 403, 200, 404, 403}, Row{403, 200, 404, 200, 404, 404}}},
        {"POST /groups/{id}/requests/{userId}/approve (no such request)",
         [](GroupWorld &world, Role role, const WorldGroup &w) {
             return world.http(role).post(g(w) + QStringLiteral("/requests/") + world.actor(Role::CommunityManager).id
                                              + QStringLiteral("/approve"), {}).status;
         },
         {Row{403, 404, 403, 404, 404, 403}, Row{403, 404, 403, 404, 404, 403}, Row{403, 404, 404, 404, 404, 404}}},
        {"PATCH /groups/{id} (current version)",
         [](GroupWorld &world, Role role, const WorldGroup &w) {
             TestHttp &h = world.http(role);
             const qint64 version = world.http(Role::GroupAdmin).get(g(w)).json().value(QStringLiteral("version")).toInteger();
             return h.patch(g(w), {{QStringLiteral("description"), QStringLiteral("edited")}, {QStringLiteral("version"), version}}).status;
         },
         {Row{403, 200, 403, 200, 404, 403}, Row{403, 200, 403, 200, 404, 403}, Row{403, 200, 404, 200, 404, 404}}},
        {"POST /files then attach to a post in the group",
         [](GroupWorld &world, Role role, const WorldGroup &w) {
             TestHttp &h = world.http(role);
             const QString fileId = protocol::newUuidV7();
             REQUIRE(h.postRaw(QStringLiteral("/api/v1/files?id=%1&name=a.png").arg(fileId), kTinyPng, "image/png").status == 201);
             return h.post(QStringLiteral("/api/v1/posts"),
                           protocol::NewPost{protocol::newUuidV7(), w.id, QStringLiteral("with file"), false, {fileId}}.toJson()).status;
         },
         {Row{201, 201, 403, 403, 404, 403}, Row{201, 201, 403, 403, 404, 403}, Row{201, 201, 404, 403, 404, 404}}},
    };
}

} // namespace

TEST_CASE("authorisation matrix, writes: every role against public, private and secret groups", "[server][matrix]")
{
    auto server = startServer();
    GroupWorld world(*server);
    for (const Cell &cell : cells()) {
        for (Vis vis : kVisibilities) {
            for (Role role : kRoles) {
                INFO(cell.route << " as " << roleName(role) << " on the " << visName(vis) << " group");
                CHECK(cell.call(world, role, world.group(vis)) == cell.expected[int(vis)][int(role)]);
            }
        }
    }
    // The undo steps left every role where it was: nobody outside gained the secret group.
    for (Role role : {Role::CommunityManager, Role::External, Role::NonMember})
        CHECK(world.http(role).get(QStringLiteral("/api/v1/groups/") + world.group(Vis::Secret).id).status == 404);
}
