// Issue 3's authorisation matrix: every group and content route, for every role against a
// public, a private and a secret group. Each cell checks the status; afterwards every role's
// feed, bootstrap, /sync, group lists, searches and live stream are checked for content of
// groups that role may not see.
#include "GroupWorld.h"
#include "protocol/Post.h"

#include <QJsonObject>
#include <catch2/catch.hpp>
#include <functional>

using namespace plein::test;

namespace {

// Expected statuses by role, in kRoles order:
//            member  group admin  community mgr  org admin  external  non-member
using Row = std::array<int, kRoles.size()>;

struct Cell {
    const char *route;
    std::function<HttpResult(TestHttp &, const WorldGroup &, GroupWorld &)> call;
    std::array<Row, kVisibilities.size()> expected; // public, private, secret
};

QString g(const WorldGroup &w) { return QStringLiteral("/api/v1/groups/") + w.id; }
QString p(const WorldGroup &w) { return QStringLiteral("/api/v1/posts/") + w.postId; }
QString c(const WorldGroup &w) { return QStringLiteral("/api/v1/comments/") + w.commentId; }
QJsonObject staleEdit() { return plein::protocol::PostEdit{QStringLiteral("edited"), 999}.toJson(); }

// Reading a group's content: everyone but externals for public groups, members (and org admins)
// otherwise; secret groups do not exist for outsiders.
const Row kOpenRead{200, 200, 200, 200, 404, 200};
const Row kPrivateRead{200, 200, 403, 200, 404, 403};
const Row kSecretRead{200, 200, 404, 200, 404, 404};
// Reading a post: 404 for whoever may not read it, private or secret alike.
const Row kPostHidden{200, 200, 404, 200, 404, 404};
// Administering: group admin and org admin; others 403 where they know the group, else 404.
const Row kAdminOpen{403, 200, 403, 200, 404, 403};
const Row kAdminSecret{403, 200, 404, 200, 404, 404};

Row replace(Row row, int from, int to)
{
    for (int &s : row) s = s == from ? to : s;
    return row;
}

std::vector<Cell> cells()
{
    return {
        {"GET /groups/{id}", [](TestHttp &h, const WorldGroup &w, GroupWorld &) { return h.get(g(w)); },
         {kOpenRead, kOpenRead, kSecretRead}},
        {"GET /groups/{id}/posts", [](TestHttp &h, const WorldGroup &w, GroupWorld &) { return h.get(g(w) + QStringLiteral("/posts")); },
         {kOpenRead, kPrivateRead, kSecretRead}},
        {"GET /groups/{id}/members", [](TestHttp &h, const WorldGroup &w, GroupWorld &) { return h.get(g(w) + QStringLiteral("/members")); },
         {kOpenRead, kPrivateRead, kSecretRead}},
        {"GET /groups/{id}/requests", [](TestHttp &h, const WorldGroup &w, GroupWorld &) { return h.get(g(w) + QStringLiteral("/requests")); },
         {kAdminOpen, kAdminOpen, kAdminSecret}},
        {"PATCH /groups/{id} (stale)",
         [](TestHttp &h, const WorldGroup &w, GroupWorld &) { return h.patch(g(w), {{QStringLiteral("version"), 999}}); },
         {replace(kAdminOpen, 200, 409), replace(kAdminOpen, 200, 409), replace(kAdminSecret, 200, 409)}},
        {"DELETE /groups/{id}/members/{outsider}",
         [](TestHttp &h, const WorldGroup &w, GroupWorld &world) {
             return h.del(g(w) + QStringLiteral("/members/") + world.actor(Role::External).id);
         },
         {kAdminOpen, kAdminOpen, kAdminSecret}},
        {"POST /groups/{id}/requests/{outsider}/decline",
         [](TestHttp &h, const WorldGroup &w, GroupWorld &world) {
             return h.post(g(w) + QStringLiteral("/requests/") + world.actor(Role::External).id + QStringLiteral("/decline"), {});
         },
         {kAdminOpen, kAdminOpen, kAdminSecret}},
        {"POST /posts into the group",
         [](TestHttp &h, const WorldGroup &w, GroupWorld &) { return h.post(QStringLiteral("/api/v1/posts"), newPost(w.id, QStringLiteral("probe"))); },
         {Row{201, 201, 403, 403, 404, 403}, Row{201, 201, 403, 403, 404, 403}, Row{201, 201, 404, 403, 404, 404}}},
        {"GET /posts/{id}/comments", [](TestHttp &h, const WorldGroup &w, GroupWorld &) { return h.get(p(w) + QStringLiteral("/comments")); },
         {kOpenRead, kPostHidden, kPostHidden}},
        {"GET /posts/{id}/reactions", [](TestHttp &h, const WorldGroup &w, GroupWorld &) { return h.get(p(w) + QStringLiteral("/reactions")); },
         {kOpenRead, kPostHidden, kPostHidden}},
        {"GET /comments/{id}/reactions", [](TestHttp &h, const WorldGroup &w, GroupWorld &) { return h.get(c(w) + QStringLiteral("/reactions")); },
         {kOpenRead, kPostHidden, kPostHidden}},
        {"GET /files/{id}", [](TestHttp &h, const WorldGroup &w, GroupWorld &) { return h.get(QStringLiteral("/api/v1/files/") + w.fileId); },
         {kOpenRead, kPostHidden, kPostHidden}},
        {"GET /files/{id}/thumbnail",
         [](TestHttp &h, const WorldGroup &w, GroupWorld &) { return h.get(QStringLiteral("/api/v1/files/") + w.fileId + QStringLiteral("/thumbnail")); },
         {kOpenRead, kPostHidden, kPostHidden}},
        {"PUT /posts/{id}/reactions/{unknown kind}",
         [](TestHttp &h, const WorldGroup &w, GroupWorld &) { return h.put(p(w) + QStringLiteral("/reactions/angry")); },
         {replace(kOpenRead, 200, 422), replace(kPostHidden, 200, 422), replace(kPostHidden, 200, 422)}},
        {"PUT /posts/{id}/acknowledgement (not an announcement)",
         [](TestHttp &h, const WorldGroup &w, GroupWorld &) { return h.put(p(w) + QStringLiteral("/acknowledgement")); },
         {replace(kOpenRead, 200, 422), replace(kPostHidden, 200, 422), replace(kPostHidden, 200, 422)}},
        // Edits and deletes: the author (the group admin), or an admin of the group or the org.
        {"PATCH /posts/{id} (stale)", [](TestHttp &h, const WorldGroup &w, GroupWorld &) { return h.patch(p(w), staleEdit()); },
         {Row{403, 409, 403, 409, 404, 403}, Row{403, 409, 404, 409, 404, 404}, Row{403, 409, 404, 409, 404, 404}}},
        // Comments are edited by their author only; admins may delete but not reword them.
        {"PATCH /comments/{id} (stale)", [](TestHttp &h, const WorldGroup &w, GroupWorld &) { return h.patch(c(w), staleEdit()); },
         {Row{403, 409, 403, 403, 404, 403}, Row{403, 409, 404, 403, 404, 404}, Row{403, 409, 404, 403, 404, 404}}},
        {"DELETE /posts/{unknown id}",
         [](TestHttp &h, const WorldGroup &, GroupWorld &) { return h.del(QStringLiteral("/api/v1/posts/0190a000-0000-7000-8000-000000000000")); },
         {Row{404, 404, 404, 404, 404, 404}, Row{404, 404, 404, 404, 404, 404}, Row{404, 404, 404, 404, 404, 404}}},
    };
}

} // namespace

TEST_CASE("authorisation matrix: every role against public, private and secret groups", "[server][matrix]")
{
    auto server = startServer();
    GroupWorld world(*server);

    for (const Cell &cell : cells()) {
        for (Vis vis : kVisibilities) {
            for (Role role : kRoles) {
                const HttpResult r = cell.call(world.http(role), world.group(vis), world);
                const int expected = cell.expected[int(vis)][int(role)];
                INFO(cell.route << " as " << roleName(role) << " on the " << visName(vis) << " group: "
                                << r.body.left(300).toStdString());
                CHECK(r.status == expected);
                // A refusal never carries the group's content or, for 404s, its name. (A 409
                // carries the current object on purpose: only those who may edit get one.)
                if (r.status == 403 || r.status == 404 || r.status == 422) {
                    CHECK_FALSE(r.body.contains(world.group(vis).contentMarker.toUtf8()));
                    if (r.status == 404) CHECK_FALSE(r.body.contains(world.group(vis).nameMarker.toUtf8()));
                }
            }
        }
    }

    SECTION("no group content leaks into feeds, bootstrap, sync, lists, searches or streams")
    {
        for (Role role : kRoles) {
            const QString seen = world.everythingSeenBy(role);
            const bool member = role == Role::Member || role == Role::GroupAdmin;
            for (Vis vis : kVisibilities) {
                const WorldGroup &w = world.group(vis);
                INFO(roleName(role) << " / " << visName(vis));
                // The feed is posts to everyone plus my groups: members see the content (the
                // positive control), nobody else does, not even where they could read it.
                CHECK(seen.contains(w.contentMarker) == member);
                // Group names: secret ones for members and org admins only; none for externals.
                const bool knowsName = member || role == Role::OrgAdmin
                    || (vis != Vis::Secret && role != Role::External);
                CHECK(seen.contains(w.nameMarker) == knowsName);
            }
        }
    }
}
