#pragma once
// The visibility rules of groups, in one place, for every route, list and stream:
// - public: known to and readable by every non-external user;
// - private: known to non-externals (name, description, member count); content for members;
// - secret: unknown to non-members (404 everywhere) unless invited;
// - externals know only the groups they are in or invited to;
// - organisation admins know, read and administer every group.
#include "protocol/Group.h"
#include "protocol/User.h"

#include <QSqlDatabase>
#include <optional>

namespace plein::server {

struct GroupAccess {
    // The group with the caller's `membership`; nullopt when it does not exist or the caller
    // may not know it exists (answer 404).
    std::optional<protocol::Group> group;
    bool readsContent = false; // posts, comments, members, files
    bool administers = false;  // edit, invite, remove, decide requests, moderate content

    bool known() const { return group.has_value(); }
    bool isMember() const;     // member or admin of the group
};

GroupAccess groupAccess(const QSqlDatabase &db, const protocol::User &caller, const QString &groupId);

// Organisation-wide rules by role.
bool isOrgAdmin(const protocol::User &user);
bool isExternal(const protocol::User &user);
bool mayPostToEveryone(const protocol::User &user); // community managers and admins

} // namespace plein::server
