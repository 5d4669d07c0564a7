#include "access/PostAccess.h"
#include "storage/ChangeLog.h"
#include "storage/PostRows.h"

namespace plein::server {

PostAccess postAccess(const QSqlDatabase &db, const protocol::User &caller, const QString &postId)
{
    PostAccess access;
    auto post = posts::findById(db, postId, caller.id);
    if (!post) return access;
    if (post->groupId.isEmpty()) {
        // Posts to everyone are for the organisation's own people, not externals.
        if (isExternal(caller)) return access;
        access.moderates = isOrgAdmin(caller);
    } else {
        const GroupAccess group = groupAccess(db, caller, post->groupId);
        if (!group.readsContent) return access;
        access.moderates = group.administers;
    }
    access.post = std::move(post);
    return access;
}

QString scopeOfPost(const QString &groupId)
{
    return groupId.isEmpty() ? Scope::org() : Scope::group(groupId);
}

} // namespace plein::server
