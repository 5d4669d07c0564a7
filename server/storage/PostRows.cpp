#include "storage/PostRows.h"
#include "storage/FileRows.h"
#include "storage/ReactionRows.h"
#include "storage/Sql.h"

namespace plein::server::posts {

namespace {

// Counts are derived, not stored, so they can never drift from the comment, reaction and
// acknowledgement rows.
const QString kSelect = QStringLiteral(
    "SELECT p.id, p.author_id, u.name, p.group_id, g.name, p.body, p.created_at, p.edited_at, "
    "(SELECT COUNT(*) FROM comments c WHERE c.post_id = p.id), p.version, p.announcement, "
    "(SELECT COUNT(*) FROM acknowledgements a WHERE a.post_id = p.id), "
    "(SELECT group_concat(kind || '=' || n) FROM "
    "   (SELECT kind, COUNT(*) AS n FROM reactions r WHERE r.post_id = p.id GROUP BY kind)), "
    "(SELECT group_concat(kind) FROM reactions r WHERE r.post_id = p.id AND r.user_id = :viewer), "
    "EXISTS (SELECT 1 FROM acknowledgements a WHERE a.post_id = p.id AND a.user_id = :viewer), "
    "EXISTS (SELECT 1 FROM files f WHERE f.post_id = p.id) "
    "FROM posts p JOIN users u ON u.id = p.author_id LEFT JOIN groups g ON g.id = p.group_id ");

// Externals do not see posts to everyone.
const QString kInFeed = QStringLiteral(
    "((p.group_id IS NULL AND :external = 0) OR p.group_id IN (SELECT group_id FROM memberships WHERE user_id = :viewer)) ");

protocol::Post fromRow(const QSqlDatabase &db, const QSqlQuery &q)
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
    p.commentCount = q.value(8).toLongLong();
    p.version = q.value(9).toLongLong();
    p.announcement = q.value(10).toBool();
    p.readCount = q.value(11).toLongLong();
    p.reactions = reactions::parseCounts(q.value(12).toString());
    p.likeCount = p.reactions.value(protocol::ReactionKind::Like);
    p.myReactions = reactions::parseKinds(q.value(13).toString());
    p.acknowledged = q.value(14).toBool();
    if (q.value(15).toBool()) p.attachments = files::forPost(db, p.id);
    return p;
}

QList<protocol::Post> readAll(const QSqlDatabase &db, QSqlQuery &q)
{
    sql::exec(q);
    QList<protocol::Post> out;
    while (q.next()) out.append(fromRow(db, q));
    return out;
}

const QString kAfter = QStringLiteral("AND (p.created_at < :time OR (p.created_at = :time AND p.id < :id)) ");
const QString kOrder = QStringLiteral("ORDER BY p.created_at DESC, p.id DESC LIMIT :limit");

void bindPage(QSqlQuery &q, const std::optional<FeedPosition> &after, int limit)
{
    if (after) {
        q.bindValue(QStringLiteral(":time"), after->createdAt);
        q.bindValue(QStringLiteral(":id"), after->id);
    }
    q.bindValue(QStringLiteral(":limit"), limit);
}

void bindViewer(QSqlQuery &q, const protocol::User &viewer)
{
    q.bindValue(QStringLiteral(":viewer"), viewer.id);
    q.bindValue(QStringLiteral(":external"), viewer.role == protocol::Role::External ? 1 : 0);
}

} // namespace

std::optional<protocol::Post> findById(const QSqlDatabase &db, const QString &id, const QString &viewerId)
{
    QSqlQuery q = sql::prepare(db, kSelect + QStringLiteral("WHERE p.id = :post"));
    q.bindValue(QStringLiteral(":viewer"), viewerId);
    q.bindValue(QStringLiteral(":post"), id);
    sql::exec(q);
    if (!q.next()) return std::nullopt;
    return fromRow(db, q);
}

void insert(const QSqlDatabase &db, const protocol::Post &post)
{
    sql::execute(db,
             QStringLiteral("INSERT INTO posts (id, author_id, group_id, body, created_at, edited_at, version, announcement) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {post.id, post.authorId, sql::nullIfEmpty(post.groupId), post.body, post.createdAt,
              sql::nullIfZero(post.editedAt), post.version, post.announcement ? 1 : 0});
}

void updateBody(const QSqlDatabase &db, const QString &id, const QString &body, qint64 editedAt, qint64 version)
{
    sql::execute(db, QStringLiteral("UPDATE posts SET body = ?, edited_at = ?, version = ? WHERE id = ?"),
             {body, editedAt, version, id});
}

void remove(const QSqlDatabase &db, const QString &id)
{
    sql::execute(db, QStringLiteral("DELETE FROM posts WHERE id = ?"), {id});
}

std::optional<FeedPosition> positionInFeed(const QSqlDatabase &db, const protocol::User &viewer, const QString &postId)
{
    QSqlQuery q = sql::prepare(db, QStringLiteral("SELECT p.created_at, p.id FROM posts p WHERE p.id = :post AND ") + kInFeed);
    q.bindValue(QStringLiteral(":post"), postId);
    bindViewer(q, viewer);
    sql::exec(q);
    if (!q.next()) return std::nullopt;
    return FeedPosition{q.value(0).toLongLong(), q.value(1).toString()};
}

QList<protocol::Post> feed(const QSqlDatabase &db, const protocol::User &viewer, const std::optional<FeedPosition> &after,
                           int limit)
{
    QSqlQuery q = sql::prepare(db, kSelect + QStringLiteral("WHERE ") + kInFeed + (after ? kAfter : QString()) + kOrder);
    bindViewer(q, viewer);
    bindPage(q, after, limit);
    return readAll(db, q);
}

std::optional<FeedPosition> positionInGroup(const QSqlDatabase &db, const QString &groupId, const QString &postId)
{
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT created_at, id FROM posts WHERE id = ? AND group_id = ?"),
                           {postId, groupId});
    if (!q.next()) return std::nullopt;
    return FeedPosition{q.value(0).toLongLong(), q.value(1).toString()};
}

QList<protocol::Post> groupPosts(const QSqlDatabase &db, const QString &viewerId, const QString &groupId,
                                 const std::optional<FeedPosition> &after, int limit)
{
    QSqlQuery q = sql::prepare(db, kSelect + QStringLiteral("WHERE p.group_id = :group ") + (after ? kAfter : QString()) + kOrder);
    q.bindValue(QStringLiteral(":viewer"), viewerId);
    q.bindValue(QStringLiteral(":group"), groupId);
    bindPage(q, after, limit);
    return readAll(db, q);
}

QList<protocol::Post> pinnedFor(const QSqlDatabase &db, const protocol::User &viewer)
{
    QSqlQuery q = sql::prepare(db, kSelect + QStringLiteral("WHERE p.announcement = 1 AND ") + kInFeed
                                       + QStringLiteral("AND NOT EXISTS (SELECT 1 FROM acknowledgements a "
                                                        "WHERE a.post_id = p.id AND a.user_id = :viewer) "
                                                        "ORDER BY p.created_at DESC, p.id DESC LIMIT 100"));
    bindViewer(q, viewer);
    return readAll(db, q);
}

} // namespace plein::server::posts
