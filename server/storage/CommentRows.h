#pragma once
// Reading and writing comments, oldest first per post.
#include "protocol/Comment.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace plein::server::comments {

std::optional<protocol::Comment> findById(const QSqlDatabase &db, const QString &id, const QString &viewerId = {});
void insert(const QSqlDatabase &db, const protocol::Comment &comment);
void updateBody(const QSqlDatabase &db, const QString &id, const QString &body, qint64 editedAt, qint64 version);
void remove(const QSqlDatabase &db, const QString &id);

struct Position {
    qint64 createdAt = 0;
    QString id;
};
std::optional<Position> positionInPost(const QSqlDatabase &db, const QString &postId, const QString &commentId);
// Up to `limit` comments of the post strictly after `after` (from the first when nullopt).
QList<protocol::Comment> page(const QSqlDatabase &db, const QString &postId, const QString &viewerId,
                              const std::optional<Position> &after, int limit);

} // namespace plein::server::comments
