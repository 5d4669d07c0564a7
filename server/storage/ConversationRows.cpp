#include "storage/ConversationRows.h"
#include "storage/MessageRows.h"
#include "storage/Sql.h"

namespace plein::server::conversations {

namespace {

const QString kColumns = QStringLiteral(
    "c.id, c.title, c.direct, c.created_by, c.created_at, c.last_activity_at, c.last_position, c.version");

protocol::Conversation fromRow(const QSqlQuery &q)
{
    protocol::Conversation c;
    c.id = q.value(0).toString();
    c.title = q.value(1).toString();
    c.direct = q.value(2).toBool();
    c.createdBy = q.value(3).toString();
    c.createdAt = q.value(4).toLongLong();
    c.lastActivityAt = q.value(5).toLongLong();
    c.lastPosition = q.value(6).toLongLong();
    c.version = q.value(7).toLongLong();
    return c;
}

QList<protocol::ConversationMember> membersOf(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT m.user_id, u.name, m.read_position FROM conversation_members m "
                                          "JOIN users u ON u.id = m.user_id WHERE m.conversation_id = ? "
                                          "ORDER BY m.joined_at, u.name, m.user_id"),
                           {id});
    QList<protocol::ConversationMember> out;
    while (q.next()) out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    return out;
}

// Members and last message, for a row already read.
void complete(const QSqlDatabase &db, protocol::Conversation &c, const QString &viewerId)
{
    c.members = membersOf(db, c.id);
    if (auto last = messages::latest(db, c.id, viewerId)) c.lastMessage = std::move(*last);
}

} // namespace

QString directKey(const QString &userA, const QString &userB)
{
    return userA < userB ? userA + QLatin1Char(':') + userB : userB + QLatin1Char(':') + userA;
}

std::optional<protocol::Conversation> find(const QSqlDatabase &db, const QString &id, const QString &viewerId)
{
    QSqlQuery q = viewerId.isEmpty()
        ? sql::run(db, QStringLiteral("SELECT %1, 0 FROM conversations c WHERE c.id = ?").arg(kColumns), {id})
        : sql::run(db,
                   QStringLiteral("SELECT %1, me.muted FROM conversations c JOIN conversation_members me "
                                  "ON me.conversation_id = c.id AND me.user_id = ? WHERE c.id = ?")
                       .arg(kColumns),
                   {viewerId, id});
    if (!q.next()) return std::nullopt;
    protocol::Conversation c = fromRow(q);
    c.muted = q.value(8).toBool();
    complete(db, c, viewerId);
    return c;
}

std::optional<QString> creatorOf(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT created_by FROM conversations WHERE id = ?"), {id});
    if (!q.next()) return std::nullopt;
    return q.value(0).toString();
}

std::optional<QString> findDirect(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT id FROM conversations WHERE direct_key = ?"), {key});
    if (!q.next()) return std::nullopt;
    return q.value(0).toString();
}

QList<protocol::Conversation> listFor(const QSqlDatabase &db, const QString &userId)
{
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT %1, me.muted FROM conversations c JOIN conversation_members me "
                                          "ON me.conversation_id = c.id AND me.user_id = ? "
                                          "ORDER BY c.last_activity_at DESC, c.id DESC")
                               .arg(kColumns),
                           {userId});
    QList<protocol::Conversation> out;
    while (q.next()) {
        protocol::Conversation c = fromRow(q);
        c.muted = q.value(8).toBool();
        out.append(c);
    }
    for (protocol::Conversation &c : out) complete(db, c, userId);
    return out;
}

bool isMember(const QSqlDatabase &db, const QString &conversationId, const QString &userId)
{
    return sql::scalar(db,
                       QStringLiteral("SELECT EXISTS (SELECT 1 FROM conversation_members WHERE conversation_id = ? "
                                      "AND user_id = ?)"),
                       {conversationId, userId}, 0)
        .toBool();
}

QSet<QString> memberIds(const QSqlDatabase &db, const QString &conversationId)
{
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT user_id FROM conversation_members WHERE conversation_id = ?"),
                           {conversationId});
    QSet<QString> out;
    while (q.next()) out.insert(q.value(0).toString());
    return out;
}

int memberCount(const QSqlDatabase &db, const QString &conversationId)
{
    return sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM conversation_members WHERE conversation_id = ?"),
                       {conversationId}, 0)
        .toInt();
}

void insert(const QSqlDatabase &db, const protocol::Conversation &c, const QString &key)
{
    sql::execute(db,
             QStringLiteral("INSERT INTO conversations (id, title, direct, direct_key, created_by, created_at, "
                            "last_activity_at, last_position, version) VALUES (?, COALESCE(?, ''), ?, ?, ?, ?, ?, ?, ?)"),
             {c.id, c.title, c.direct ? 1 : 0, sql::nullIfEmpty(key), c.createdBy, c.createdAt, c.lastActivityAt,
              c.lastPosition, c.version});
}

void addMember(const QSqlDatabase &db, const QString &conversationId, const QString &userId, qint64 readPosition,
               qint64 at)
{
    sql::execute(db,
             QStringLiteral("INSERT INTO conversation_members (conversation_id, user_id, read_position, joined_at) "
                            "VALUES (?, ?, ?, ?)"),
             {conversationId, userId, readPosition, at});
}

void removeMember(const QSqlDatabase &db, const QString &conversationId, const QString &userId)
{
    sql::execute(db, QStringLiteral("DELETE FROM conversation_members WHERE conversation_id = ? AND user_id = ?"),
             {conversationId, userId});
}

void setTitle(const QSqlDatabase &db, const QString &id, const QString &title)
{
    sql::execute(db, QStringLiteral("UPDATE conversations SET title = COALESCE(?, ''), version = version + 1 WHERE id = ?"), {title, id});
}

void bumpVersion(const QSqlDatabase &db, const QString &id)
{
    sql::execute(db, QStringLiteral("UPDATE conversations SET version = version + 1 WHERE id = ?"), {id});
}

qint64 nextPosition(const QSqlDatabase &db, const QString &id, qint64 at)
{
    // Inside the caller's write transaction (BEGIN IMMEDIATE), so no two writers interleave.
    sql::execute(db,
             QStringLiteral("UPDATE conversations SET last_position = last_position + 1, "
                            "last_activity_at = MAX(last_activity_at, ?) WHERE id = ?"),
             {at, id});
    return sql::scalar(db, QStringLiteral("SELECT last_position FROM conversations WHERE id = ?"), {id}, 0).toLongLong();
}

qint64 readPosition(const QSqlDatabase &db, const QString &conversationId, const QString &userId)
{
    return sql::scalar(db,
                       QStringLiteral("SELECT read_position FROM conversation_members WHERE conversation_id = ? AND user_id = ?"),
                       {conversationId, userId}, 0)
        .toLongLong();
}

bool advanceReadPosition(const QSqlDatabase &db, const QString &conversationId, const QString &userId, qint64 position)
{
    return sql::execute(db,
                        QStringLiteral("UPDATE conversation_members SET read_position = ? "
                                       "WHERE conversation_id = ? AND user_id = ? AND read_position < ?"),
                        {position, conversationId, userId, position})
        > 0;
}

bool setMuted(const QSqlDatabase &db, const QString &conversationId, const QString &userId, bool muted)
{
    QSqlQuery q = sql::run(db,
                           QStringLiteral("UPDATE conversation_members SET muted = ? "
                                          "WHERE conversation_id = ? AND user_id = ? AND muted <> ?"),
                           {muted ? 1 : 0, conversationId, userId, muted ? 1 : 0});
    return q.numRowsAffected() > 0;
}

} // namespace plein::server::conversations
