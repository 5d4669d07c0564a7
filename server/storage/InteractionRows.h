#pragma once
// Comments and likes on posts. Only the seeder writes them for now; posts derive their
// commentCount and likeCount from these rows.
#include <QSqlDatabase>
#include <QString>

namespace plein::server::interactions {

void addComment(const QSqlDatabase &db, const QString &id, const QString &postId, const QString &authorId,
                const QString &body, qint64 createdAt);
void addLike(const QSqlDatabase &db, const QString &postId, const QString &userId, qint64 createdAt);

} // namespace plein::server::interactions
