#pragma once
// Comments in the cache: server copies and my local echoes, oldest first per post.
#include "Database.h"
#include "PostStore.h"
#include "protocol/Comment.h"

#include <QList>
#include <optional>

namespace plein::store {

struct CommentRow {
    protocol::Comment comment;
    PostState state = PostState::Synced;
    QString error;
};

namespace comments {

// Same rules as posts: a newer version or a local echo is replaced. `inserted` tells whether
// the comment was new to the cache (the post's count grows only then).
bool upsertFromServer(Database &db, const protocol::Comment &comment, PerUser perUser, bool *inserted = nullptr,
                      Counts counts = Counts::FromCopy);
void insertLocal(Database &db, const protocol::Comment &comment);
void setState(Database &db, const QString &id, PostState state, const QString &error = {});
bool editLocal(Database &db, const QString &id, const QString &body, qint64 editedAt);
bool setReactions(Database &db, const QString &id, const protocol::ReactionCounts &counts);
// My reaction toggled here, ahead of the server: my list and the counts change together.
bool setMyReaction(Database &db, const QString &id, const QString &kind, bool active);
// My reaction as the server reported it (the counts came with it): only my list changes.
bool setMyReactionFlag(Database &db, const QString &id, const QString &kind, bool active);
bool remove(Database &db, const QString &id);
std::optional<CommentRow> byId(Database &db, const QString &id);
QList<CommentRow> forPost(Database &db, const QString &postId);

} // namespace comments
} // namespace plein::store
