#include "storage/InteractionRows.h"
#include "storage/Sql.h"

namespace plein::server::interactions {

void addComment(const QSqlDatabase &db, const QString &id, const QString &postId, const QString &authorId,
                const QString &body, qint64 createdAt)
{
    sql::execute(db,
             QStringLiteral("INSERT INTO comments (id, post_id, author_id, body, created_at, version) "
                            "VALUES (?, ?, ?, ?, ?, 1)"),
             {id, postId, authorId, body, createdAt});
}

void addLike(const QSqlDatabase &db, const QString &postId, const QString &userId, qint64 createdAt)
{
    sql::execute(db,
             QStringLiteral("INSERT OR IGNORE INTO reactions (post_id, user_id, kind, created_at) VALUES (?, ?, 'like', ?)"),
             {postId, userId, createdAt});
}

} // namespace plein::server::interactions
