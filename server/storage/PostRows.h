#pragma once
// Reading and writing posts, and the feed query over them.
#include "protocol/Post.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace plein::server::posts {

std::optional<protocol::Post> findById(const QSqlDatabase &db, const QString &id);
void insert(const QSqlDatabase &db, const protocol::Post &post);

// The feed of `userId`: posts to everyone and posts in the user's groups, newest first by
// (createdAt, id) so equal times still page without gaps or repeats.
struct FeedPosition {
    qint64 createdAt = 0;
    QString id;
};
// The position of a post in the user's feed; nullopt when the user cannot see it.
std::optional<FeedPosition> positionInFeed(const QSqlDatabase &db, const QString &userId, const QString &postId);
// Up to `limit` posts strictly after `after` (or from the top when nullopt).
QList<protocol::Post> feed(const QSqlDatabase &db, const QString &userId, const std::optional<FeedPosition> &after,
                           int limit);

} // namespace plein::server::posts
