#pragma once
// Reading and writing posts, and the feed queries over them. Reads take the viewer's id to
// fill the per-caller fields (myReactions, acknowledged); an empty viewer leaves them empty.
#include "protocol/Post.h"
#include "protocol/User.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace plein::server::posts {

std::optional<protocol::Post> findById(const QSqlDatabase &db, const QString &id, const QString &viewerId = {});
void insert(const QSqlDatabase &db, const protocol::Post &post);
void updateBody(const QSqlDatabase &db, const QString &id, const QString &body, qint64 editedAt, qint64 version);
void remove(const QSqlDatabase &db, const QString &id);

// Newest first by (createdAt, id), so equal times still page without gaps or repeats.
struct FeedPosition {
    qint64 createdAt = 0;
    QString id;
};

// The feed of `viewer`: posts to everyone (not for externals) and posts in the viewer's groups.
// The position of a post in it; nullopt when it is not in the viewer's feed.
std::optional<FeedPosition> positionInFeed(const QSqlDatabase &db, const protocol::User &viewer, const QString &postId);
// Up to `limit` posts strictly after `after` (or from the top when nullopt).
QList<protocol::Post> feed(const QSqlDatabase &db, const protocol::User &viewer, const std::optional<FeedPosition> &after,
                           int limit);

// The posts of one group (the caller checked that the viewer may read them).
std::optional<FeedPosition> positionInGroup(const QSqlDatabase &db, const QString &groupId, const QString &postId);
QList<protocol::Post> groupPosts(const QSqlDatabase &db, const QString &viewerId, const QString &groupId,
                                 const std::optional<FeedPosition> &after, int limit);

// Announcements in the viewer's feed that the viewer has not acknowledged, newest first.
QList<protocol::Post> pinnedFor(const QSqlDatabase &db, const protocol::User &viewer);

} // namespace plein::server::posts
