#pragma once
// Who may read a post (and so its comments, reactions and files) and who may moderate it.
#include "access/GroupAccess.h"
#include "protocol/Post.h"

#include <QSqlDatabase>
#include <optional>

namespace plein::server {

struct PostAccess {
    // The post with the caller's per-caller fields; nullopt when it does not exist or the
    // caller may not read it (answer 404: a post id must not reveal that the post exists).
    std::optional<protocol::Post> post;
    // May edit or delete what others wrote here: the group's admins (organisation admins
    // included) for a group post, organisation admins for a post to everyone.
    bool moderates = false;

    bool mayChange(const QString &authorId, const protocol::User &caller) const
    {
        return authorId == caller.id || moderates;
    }
};

PostAccess postAccess(const QSqlDatabase &db, const protocol::User &caller, const QString &postId);

// The change-log scope of events about a post and its comments, reactions and readers.
QString scopeOfPost(const QString &groupId);

} // namespace plein::server
