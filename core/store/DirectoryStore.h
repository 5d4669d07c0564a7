#pragma once
// People and groups as last seen from the server, with my relation to each group.
#include "Database.h"
#include "protocol/Group.h"
#include "protocol/User.h"

#include <QList>
#include <optional>

namespace plein::store::directory {

namespace MembershipState {
inline const QString None = QStringLiteral("none");
inline const QString Member = QStringLiteral("member");
inline const QString Admin = QStringLiteral("admin");
inline const QString Requested = QStringLiteral("requested");
inline const QString Invited = QStringLiteral("invited");
bool isMember(const QString &state); // member or admin
}

bool upsertUser(Database &db, const protocol::User &user);
std::optional<protocol::User> user(Database &db, const QString &id);
// Replaces my memberships with exactly these groups (bootstrap): groups not listed are no
// longer mine.
void replaceMyGroups(Database &db, const QList<protocol::Group> &groups);
// Writes a group; its `membership` is taken when the server sent one (REST), kept otherwise
// (events are shared and carry none). Returns true when anything changed.
bool upsertGroup(Database &db, const protocol::Group &group);
bool setMembership(Database &db, const QString &groupId, const QString &state);
QString membership(Database &db, const QString &groupId);
bool removeGroup(Database &db, const QString &groupId);
std::optional<protocol::Group> group(Database &db, const QString &id);
QList<protocol::Group> myGroups(Database &db);
// Groups I may discover (not mine), as last listed by the server; `query` filters by name
// and description, so search keeps working offline.
QList<protocol::Group> otherGroups(Database &db, const QString &query);
QList<protocol::Group> searchMyGroups(Database &db, const QString &query);

} // namespace plein::store::directory
