#include "storage/PostRows.h"
#include "storage/Sql.h"

namespace plein::server::posts {

namespace {

// Counts are derived, not stored, so they can never drift from the comment and like rows.
const QString kSelect = QStringLiteral(
    "SELECT p.id, p.author_id, u.name, p.group_id, g.name, p.body, p.created_at, p.edited_at, "
    "(SELECT COUNT(*) FROM reactions r WHERE r.post_id = p.id AND r.kind = 'like'), "
    "(SELECT COUNT(*) FROM comments c WHERE c.post_id = p.id), p.version "
    "FROM posts p JOIN users u ON u.id = p.author_id LEFT JOIN groups g ON g.id = p.group_id ");

const QString kVisibleTo = QStringLiteral(
    "(p.group_id IS NULL OR p.group_id IN (SELECT group_id FROM memberships WHERE user_id = :user)) ");

protocol::Post fromRow(const QSqlQuery &q)
{
    protocol::Post p;
    p.id = q.value(0).toString();
    p.authorId = q.value(1).toString();
    p.authorName = q.value(2).toString();
    p.groupId = q.value(3).toString();
    p.groupName = q.value(4).toString();
    p.body = q.value(5).toString();
    p.createdAt = q.value(6).toLongLong();
    p.editedAt = q.value(7).toLongLong();
    p.likeCount = q.value(8).toLongLong();
    p.commentCount = q.value(9).toLongLong();
    p.version = q.value(10).toLongLong();
    return p;
}

} // namespace

std::optional<protocol::Post> findById(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery q = sql::run(db, kSelect + QStringLiteral("WHERE p.id = ?"), {id});
    if (!q.next()) return std::nullopt;
    return fromRow(q);
}

void insert(const QSqlDatabase &db, const protocol::Post &post)
{
    sql::run(db,
             QStringLiteral("INSERT INTO posts (id, author_id, group_id, body, created_at, edited_at, version) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {post.id, post.authorId, sql::nullIfEmpty(post.groupId), post.body, post.createdAt,
              sql::nullIfZero(post.editedAt), post.version});
}

std::optional<FeedPosition> positionInFeed(const QSqlDatabase &db, const QString &userId, const QString &postId)
{
    QSqlQuery q = sql::prepare(db, QStringLiteral("SELECT p.created_at, p.id FROM posts p WHERE p.id = :id AND ") + kVisibleTo);
    q.bindValue(QStringLiteral(":id"), postId);
    q.bindValue(QStringLiteral(":user"), userId);
    sql::exec(q);
    if (!q.next()) return std::nullopt;
    return FeedPosition{q.value(0).toLongLong(), q.value(1).toString()};
}

QList<protocol::Post> feed(const QSqlDatabase &db, const QString &userId, const std::optional<FeedPosition> &after,
                           int limit)
{
    QString statement = kSelect + QStringLiteral("WHERE ") + kVisibleTo;
    if (after)
        statement += QStringLiteral("AND (p.created_at < :time OR (p.created_at = :time AND p.id < :id)) ");
    statement += QStringLiteral("ORDER BY p.created_at DESC, p.id DESC LIMIT :limit");
    QSqlQuery q = sql::prepare(db, statement);
    q.bindValue(QStringLiteral(":user"), userId);
    if (after) {
        q.bindValue(QStringLiteral(":time"), after->createdAt);
        q.bindValue(QStringLiteral(":id"), after->id);
    }
    q.bindValue(QStringLiteral(":limit"), limit);
    sql::exec(q);
    QList<protocol::Post> out;
    while (q.next()) out.append(fromRow(q));
    return out;
}

} // namespace plein::server::posts
