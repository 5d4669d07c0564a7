#pragma once
// A small organisation built through the API on top of the tiny seed, for the issue 3 tests:
// one public, one private and one secret group created by a plain member (so group admin is
// a role of its own, not a seeded privilege), each with a second member, a post with an
// attached file and a comment, all carrying marker strings that must never leak.
#include "ServerFixture.h"
#include "StreamClient.h"

#include <QHash>
#include <QStringList>
#include <array>
#include <memory>

namespace plein::test {

enum class Role { Member, GroupAdmin, CommunityManager, OrgAdmin, External, NonMember };
inline constexpr std::array kRoles{Role::Member, Role::GroupAdmin, Role::CommunityManager,
                                   Role::OrgAdmin, Role::External, Role::NonMember};
const char *roleName(Role role);

enum class Vis { Public, Private, Secret };
inline constexpr std::array kVisibilities{Vis::Public, Vis::Private, Vis::Secret};
const char *visName(Vis vis);

struct Actor {
    QString email;
    QString id;
    std::unique_ptr<TestHttp> http;
    std::unique_ptr<StreamClient> stream; // opened before the world was built
};

struct WorldGroup {
    QString id;
    QString name;        // contains nameMarker
    QString nameMarker;  // only those who may know the group exists may ever see this
    QString postId;
    QString commentId;
    QString fileId;
    QString contentMarker; // in the post and comment bodies: only members' feeds carry it
};

// A valid 4x3 red PNG.
inline const QByteArray kTinyPng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAEElEQVR4nGP4z8AARww4OQD1MQv1NXv7ggAAAABJRU5ErkJggg==");

// Two ordinary seeded members other than bram (read from the database).
QStringList plainMembers(const ServerProcess &server, int count);
QString userIdOf(TestHttp &http); // GET /me

class GroupWorld {
public:
    // Signs everyone in and opens their streams at the current cursor, then builds the groups.
    explicit GroupWorld(const ServerProcess &server);

    Actor &actor(Role role) { return m_actors[int(role)]; }
    TestHttp &http(Role role) { return *m_actors[int(role)].http; }
    const WorldGroup &group(Vis vis) const { return m_groups[int(vis)]; }

    // Everything `role` can pull without naming a group: feed pages, bootstrap, the whole
    // /sync, group lists (mine, discover, searches) and the live stream's frames so far.
    QString everythingSeenBy(Role role);

private:
    void build();
    WorldGroup makeGroup(Vis vis);

    const ServerProcess &m_server;
    std::array<Actor, kRoles.size()> m_actors;
    std::array<WorldGroup, kVisibilities.size()> m_groups;
};

} // namespace plein::test
