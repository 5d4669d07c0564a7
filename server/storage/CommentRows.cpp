#include "storage/CommentRows.h"
#include "storage/ReactionRows.h"
#include "storage/Sql.h"

namespace plein::server::comments {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT c.id, c.post_id, c.author_id, u.name, c.body, c.created_at, c.edited_at, c.version, "
    "(SELECT group_concat(kind || '=' || n) FROM "
    "   (SELECT kind, COUNT(*) AS n FROM comment_reactions r WHERE r.comment_id = c.id GROUP BY kind)), "
    "(SELECT group_concat(kind) FROM comment_reactions r WHERE r.comment_id = c.id AND r.user_id = :viewer) "
    "FROM comments c JOIN users u ON u.id = c.author_id ");

protocol::Comment fromRow(const QSqlQuery &q)
{
    protocol::Comment c;
    c.id = q.value(0).toString();
    c.postId = q.value(1).toString();
    c.authorId = q.value(2).toString();
    c.authorName = q.value(3).toString();
    c.body = q.value(4).toString();
    c.createdAt = q.value(5).toLongLong();
    c.editedAt = q.value(6).toLongLong();
    c.version = q.value(7).toLongLong();
    c.reactions = reactions::parseCounts(q.value(8).toString());
    c.myReactions = reactions::parseKinds(q.value(9).toString());
    return c;
}

} // namespace

std::optional<protocol::Comment> findById(const QSqlDatabase &db, const QString &id, const QString &viewerId)
{
    QSqlQuery q = sql::prepare(db, kSelect + QStringLiteral("WHERE c.id = :id"));
    q.bindValue(QStringLiteral(":viewer"), viewerId);
    q.bindValue(QStringLiteral(":id"), id);
    sql::exec(q);
    if (!q.next()) return std::nullopt;
    return fromRow(q);
}

void insert(const QSqlDatabase &db, const protocol::Comment &c)
{
    sql::execute(db,
             QStringLiteral("INSERT INTO comments (id, post_id, author_id, body, created_at, version) VALUES (?, ?, ?, ?, ?, ?)"),
             {c.id, c.postId, c.authorId, c.body, c.createdAt, c.version});
}

void updateBody(const QSqlDatabase &db, const QString &id, const QString &body, qint64 editedAt, qint64 version)
{
    sql::execute(db, QStringLiteral("UPDATE comments SET body = ?, edited_at = ?, version = ? WHERE id = ?"),
             {body, editedAt, version, id});
}

void remove(const QSqlDatabase &db, const QString &id)
{
    sql::execute(db, QStringLiteral("DELETE FROM comments WHERE id = ?"), {id});
}

std::optional<Position> positionInPost(const QSqlDatabase &db, const QString &postId, const QString &commentId)
{
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT created_at, id FROM comments WHERE id = ? AND post_id = ?"),
                           {commentId, postId});
    if (!q.next()) return std::nullopt;
    return Position{q.value(0).toLongLong(), q.value(1).toString()};
}

QList<protocol::Comment> page(const QSqlDatabase &db, const QString &postId, const QString &viewerId,
                              const std::optional<Position> &after, int limit)
{
    QString statement = kSelect + QStringLiteral("WHERE c.post_id = :post ");
    if (after) statement += QStringLiteral("AND (c.created_at > :time OR (c.created_at = :time AND c.id > :after)) ");
    statement += QStringLiteral("ORDER BY c.created_at, c.id LIMIT :limit");
    QSqlQuery q = sql::prepare(db, statement);
    q.bindValue(QStringLiteral(":viewer"), viewerId);
    q.bindValue(QStringLiteral(":post"), postId);
    if (after) {
        q.bindValue(QStringLiteral(":time"), after->createdAt);
        q.bindValue(QStringLiteral(":after"), after->id);
    }
    q.bindValue(QStringLiteral(":limit"), limit);
    sql::exec(q);
    QList<protocol::Comment> out;
    while (q.next()) out.append(fromRow(q));
    return out;
}

} // namespace plein::server::comments
