#include "storage/MessageRows.h"
#include "storage/FileRows.h"
#include "storage/ReactionRows.h"
#include "storage/Sql.h"

#include <algorithm>

namespace plein::server::messages {

namespace {

// The quoted message comes from a self-join: its current body (so edits show) and whether it
// has been deleted since.
const QString kSelect = QStringLiteral(
    "SELECT m.id, m.conversation_id, m.author_id, u.name, m.body, m.position, m.created_at, m.edited_at, m.version, "
    "m.deleted_at, m.reply_to, q.author_id, qu.name, q.body, q.deleted_at, m.attachment_count, "
    "(SELECT group_concat(kind || '=' || n) FROM "
    "   (SELECT kind, COUNT(*) AS n FROM message_reactions r WHERE r.message_id = m.id GROUP BY kind)), "
    "(SELECT group_concat(kind) FROM message_reactions r WHERE r.message_id = m.id AND r.user_id = :viewer) "
    "FROM messages m JOIN users u ON u.id = m.author_id "
    "LEFT JOIN messages q ON q.id = m.reply_to LEFT JOIN users qu ON qu.id = q.author_id ");

StoredMessage fromRow(const QSqlDatabase &db, const QSqlQuery &q)
{
    StoredMessage s;
    protocol::Message &m = s.message;
    m.id = q.value(0).toString();
    m.conversationId = q.value(1).toString();
    m.authorId = q.value(2).toString();
    m.authorName = q.value(3).toString();
    m.body = q.value(4).toString();
    m.position = q.value(5).toLongLong();
    m.createdAt = q.value(6).toLongLong();
    m.editedAt = q.value(7).toLongLong();
    m.version = q.value(8).toLongLong();
    s.deleted = !q.value(9).isNull();
    s.replyToId = q.value(10).toString();
    if (!s.replyToId.isEmpty()) {
        m.replyTo.id = s.replyToId;
        m.replyTo.authorId = q.value(11).toString();
        m.replyTo.authorName = q.value(12).toString();
        m.replyTo.deleted = !q.value(14).isNull();
        if (!m.replyTo.deleted) m.replyTo.excerpt = excerptOf(q.value(13).toString());
    }
    m.reactions = reactions::parseCounts(q.value(16).toString());
    m.myReactions = reactions::parseKinds(q.value(17).toString());
    if (q.value(15).toInt() > 0) m.attachments = files::forMessage(db, m.id);
    return s;
}

QList<protocol::Message> collect(const QSqlDatabase &db, QSqlQuery &q)
{
    QList<protocol::Message> out;
    while (q.next()) out.append(fromRow(db, q).message);
    return out;
}

} // namespace

QString excerptOf(const QString &body)
{
    if (body.size() <= protocol::kMaxReplyExcerptLength) return body;
    int n = protocol::kMaxReplyExcerptLength;
    if (body.at(n - 1).isHighSurrogate()) --n;
    return body.left(n);
}

std::optional<StoredMessage> find(const QSqlDatabase &db, const QString &id, const QString &viewerId)
{
    static const QString statement = kSelect + QStringLiteral("WHERE m.id = :id");
    sql::Statement s(db, statement);
    QSqlQuery &q = s.query();
    q.bindValue(QStringLiteral(":viewer"), viewerId);
    q.bindValue(QStringLiteral(":id"), id);
    sql::exec(q);
    if (!q.next()) return std::nullopt;
    return fromRow(db, q);
}

std::optional<protocol::Message> latest(const QSqlDatabase &db, const QString &conversationId, const QString &viewerId)
{
    QSqlQuery q = sql::prepare(db, kSelect + QStringLiteral("WHERE m.conversation_id = :c AND m.deleted_at IS NULL "
                                                            "ORDER BY m.position DESC LIMIT 1"));
    q.bindValue(QStringLiteral(":viewer"), viewerId);
    q.bindValue(QStringLiteral(":c"), conversationId);
    sql::exec(q);
    if (!q.next()) return std::nullopt;
    return fromRow(db, q).message;
}

QString idAtPosition(const QSqlDatabase &db, const QString &conversationId, qint64 position)
{
    return sql::scalar(db, QStringLiteral("SELECT id FROM messages WHERE conversation_id = ? AND position = ?"),
                       {conversationId, position})
        .toString();
}

QList<protocol::Message> page(const QSqlDatabase &db, const QString &conversationId, const QString &viewerId,
                              std::optional<qint64> beforePosition, std::optional<qint64> afterPosition, int limit)
{
    QString statement = kSelect + QStringLiteral("WHERE m.conversation_id = :c AND m.deleted_at IS NULL ");
    if (beforePosition) statement += QStringLiteral("AND m.position < :before ");
    if (afterPosition) statement += QStringLiteral("AND m.position > :after ");
    // After: the oldest above the mark; otherwise the newest, reversed below.
    statement += afterPosition ? QStringLiteral("ORDER BY m.position ASC LIMIT :limit")
                               : QStringLiteral("ORDER BY m.position DESC LIMIT :limit");
    QSqlQuery q = sql::prepare(db, statement);
    q.bindValue(QStringLiteral(":viewer"), viewerId);
    q.bindValue(QStringLiteral(":c"), conversationId);
    if (beforePosition) q.bindValue(QStringLiteral(":before"), *beforePosition);
    if (afterPosition) q.bindValue(QStringLiteral(":after"), *afterPosition);
    q.bindValue(QStringLiteral(":limit"), limit);
    sql::exec(q);
    QList<protocol::Message> out = collect(db, q);
    if (!afterPosition) std::reverse(out.begin(), out.end());
    return out;
}

bool anyBefore(const QSqlDatabase &db, const QString &conversationId, qint64 position)
{
    return sql::scalar(db,
                       QStringLiteral("SELECT EXISTS (SELECT 1 FROM messages WHERE conversation_id = ? AND position < ? "
                                      "AND deleted_at IS NULL)"),
                       {conversationId, position}, 0)
        .toBool();
}

bool anyAfter(const QSqlDatabase &db, const QString &conversationId, qint64 position)
{
    return sql::scalar(db,
                       QStringLiteral("SELECT EXISTS (SELECT 1 FROM messages WHERE conversation_id = ? AND position > ? "
                                      "AND deleted_at IS NULL)"),
                       {conversationId, position}, 0)
        .toBool();
}

void insert(const QSqlDatabase &db, const protocol::Message &m, const QString &replyToId, int attachmentCount)
{
    sql::execute(db,
             QStringLiteral("INSERT INTO messages (id, conversation_id, position, author_id, body, reply_to, "
                            "attachment_count, created_at, version) VALUES (?, ?, ?, ?, COALESCE(?, ''), ?, ?, ?, ?)"),
             {m.id, m.conversationId, m.position, m.authorId, m.body, sql::nullIfEmpty(replyToId), attachmentCount,
              m.createdAt, m.version});
}

void updateBody(const QSqlDatabase &db, const QString &id, const QString &body, qint64 editedAt, qint64 version)
{
    sql::execute(db, QStringLiteral("UPDATE messages SET body = COALESCE(?, ''), edited_at = ?, version = ? WHERE id = ?"),
             {body, editedAt, version, id});
}

void markDeleted(const QSqlDatabase &db, const QString &id, qint64 at, qint64 version)
{
    sql::execute(db, QStringLiteral("DELETE FROM message_reactions WHERE message_id = ?"), {id});
    sql::execute(db, QStringLiteral("DELETE FROM message_files WHERE message_id = ?"), {id});
    sql::execute(db,
             QStringLiteral("UPDATE messages SET body = '', attachment_count = 0, deleted_at = ?, version = ? WHERE id = ?"),
             {at, version, id});
}

} // namespace plein::server::messages
