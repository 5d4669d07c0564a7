#include "access/GroupAccess.h"
#include "storage/GroupRows.h"
#include "storage/MembershipRows.h"

namespace plein::server {

bool isOrgAdmin(const protocol::User &user) { return user.role == protocol::Role::Admin; }
bool isExternal(const protocol::User &user) { return user.role == protocol::Role::External; }
bool mayPostToEveryone(const protocol::User &user)
{
    return user.role == protocol::Role::CommunityManager || user.role == protocol::Role::Admin;
}

bool GroupAccess::isMember() const
{
    return group && (group->membership == protocol::MembershipKind::Member || group->membership == protocol::MembershipKind::Admin);
}

GroupAccess groupAccess(const QSqlDatabase &db, const protocol::User &caller, const QString &groupId)
{
    GroupAccess access;
    auto group = groups::findById(db, groupId);
    if (!group) return access;
    group->membership = memberships::stateOf(db, caller.id, groupId);
    const bool member = group->membership == protocol::MembershipKind::Member
        || group->membership == protocol::MembershipKind::Admin;
    const bool invited = group->membership == protocol::MembershipKind::Invited;
    const bool known = isOrgAdmin(caller) || member || invited
        || (!isExternal(caller) && group->visibility != protocol::Visibility::Secret);
    if (!known) return access;
    access.readsContent = isOrgAdmin(caller) || member
        || (!isExternal(caller) && group->visibility == protocol::Visibility::Public);
    access.administers = isOrgAdmin(caller) || group->membership == protocol::MembershipKind::Admin;
    access.group = std::move(group);
    return access;
}

} // namespace plein::server
