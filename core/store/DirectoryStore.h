#pragma once
// The signed-in user and the groups they belong to, as last seen from the server.
#include "Database.h"
#include "protocol/Group.h"
#include "protocol/User.h"

#include <QList>
#include <optional>

namespace plein::store::directory {

bool upsertUser(Database &db, const protocol::User &user);
std::optional<protocol::User> user(Database &db, const QString &id);
// Replaces my memberships with exactly these groups.
void replaceMyGroups(Database &db, const QList<protocol::Group> &groups);
bool upsertGroup(Database &db, const protocol::Group &group);
QList<protocol::Group> myGroups(Database &db);

} // namespace plein::store::directory
