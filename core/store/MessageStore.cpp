#include "MessageStore.h"
#include "ReactionToggle.h"
#include "JsonColumns.h"

#include <limits>

namespace plein::store::messages {

namespace {
constexpr const char *kColumns =
    "id, conversation_id, author_id, author_name, body, position, sort_key, created_at, edited_at, version, "
    "reply_to, attachments, reactions, my_reactions, state, error";

// NOT NULL text columns: an empty QString may be a null one, which SQLite would store as NULL.
QString text(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }

MessageRow readRow(const Statement &s)
{
    MessageRow r;
    auto &m = r.message;
    m.id = s.text(0);
    m.conversationId = s.text(1);
    m.authorId = s.text(2);
    m.authorName = s.text(3);
    m.body = s.text(4);
    m.position = s.integer(5);
    r.sortKey = s.integer(6);
    m.createdAt = s.integer(7);
    m.editedAt = s.integer(8);
    m.version = s.integer(9);
    m.replyTo = columns::toReply(s.text(10));
    m.attachments = columns::toAttachments(s.text(11));
    m.reactions = columns::toCounts(s.text(12));
    m.myReactions = columns::toList(s.text(13));
    r.state = PostState(s.integer(14));
    r.error = s.text(15);
    return r;
}

QList<MessageRow> readAll(Statement &s)
{
    QList<MessageRow> rows;
    while (s.step()) rows.append(readRow(s));
    return rows;
}

std::optional<MessageRow> one(Database &db, const char *sql, const QString &conversationId)
{
    Statement &s = db.prepare(sql);
    s.bind(1, conversationId);
    std::optional<MessageRow> row;
    if (s.step()) row = readRow(s);
    s.reset();
    return row;
}
}

bool upsertFromServer(Database &db, const protocol::Message &m, PerUser perUser, bool *inserted, Counts counts)
{
    // New messages are the common case (a stream of them): one insert, and an update only when
    // the id was there already.
    db.prepare("INSERT OR IGNORE INTO messages(id, conversation_id, author_id, author_name, body, position, sort_key, "
               "created_at, edited_at, version, reply_to, attachments, reactions, state, error) "
               "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,0,NULL)")
        .bind(1, m.id).bind(2, m.conversationId).bind(3, m.authorId).bind(4, text(m.authorName)).bind(5, text(m.body))
        .bind(6, m.position).bind(7, m.position).bind(8, m.createdAt).bind(9, m.editedAt).bind(10, m.version)
        .bind(11, columns::fromReply(m.replyTo)).bind(12, columns::fromAttachments(m.attachments))
        .bind(13, columns::fromCounts(m.reactions))
        .run();
    const bool isNew = db.changes() > 0;
    if (inserted) *inserted = isNew;
    if (!isNew) {
        db.prepare("UPDATE messages SET body = ?1, author_name = ?2, position = ?3, sort_key = ?3, created_at = ?4, "
                   "edited_at = ?5, version = ?6, reply_to = ?7, attachments = ?8, "
                   "reactions = CASE WHEN ?11 THEN reactions ELSE ?9 END, state = 0, error = NULL "
                   "WHERE id = ?10 AND (?6 > version OR state != 0 OR position = 0)")
            .bind(1, text(m.body)).bind(2, text(m.authorName)).bind(3, m.position).bind(4, m.createdAt)
            .bind(5, m.editedAt).bind(6, m.version).bind(7, columns::fromReply(m.replyTo))
            .bind(8, columns::fromAttachments(m.attachments)).bind(9, columns::fromCounts(m.reactions)).bind(10, m.id)
            .bind(11, counts == Counts::KeepCached ? 1 : 0)
            .run();
    }
    bool changed = db.changes() > 0;
    if (perUser == PerUser::Included && (isNew || counts == Counts::FromCopy)) {
        const QString mine = columns::fromList(m.myReactions);
        const QString counts = columns::fromCounts(m.reactions);
        db.prepare("UPDATE messages SET my_reactions = ?1, reactions = ?2 WHERE id = ?3 AND version <= ?4 AND "
                   "(my_reactions != ?1 OR reactions != ?2)")
            .bind(1, mine).bind(2, counts).bind(3, m.id).bind(4, m.version).run();
        changed = changed || db.changes() > 0;
    }
    return changed;
}

void insertLocal(Database &db, const protocol::Message &m)
{
    Statement &s = db.prepare("SELECT MAX(sort_key) FROM messages WHERE conversation_id = ? AND sort_key >= ?");
    s.bind(1, m.conversationId).bind(2, kLocalSortBase);
    qint64 key = kLocalSortBase;
    if (s.step() && !s.isNull(0)) key = s.integer(0) + 1;
    s.reset();
    db.prepare("INSERT INTO messages(id, conversation_id, author_id, author_name, body, position, sort_key, created_at, "
               "edited_at, version, reply_to, attachments, state) VALUES(?,?,?,?,?,0,?,?,0,0,?,?,1)")
        .bind(1, m.id).bind(2, m.conversationId).bind(3, m.authorId).bind(4, text(m.authorName)).bind(5, text(m.body))
        .bind(6, key).bind(7, m.createdAt).bind(8, columns::fromReply(m.replyTo))
        .bind(9, columns::fromAttachments(m.attachments))
        .run();
}

void setState(Database &db, const QString &id, PostState state, const QString &error)
{
    db.prepare("UPDATE messages SET state = ?, error = ? WHERE id = ?")
        .bind(1, int(state)).bind(2, error.isEmpty() ? QString() : error).bind(3, id).run();
}

bool editLocal(Database &db, const QString &id, const QString &body, qint64 editedAt)
{
    db.prepare("UPDATE messages SET body = ?, edited_at = ?, state = 1, error = NULL WHERE id = ?")
        .bind(1, text(body)).bind(2, editedAt).bind(3, id).run();
    return db.changes() > 0;
}

bool setReactions(Database &db, const QString &id, const protocol::ReactionCounts &counts)
{
    db.prepare("UPDATE messages SET reactions = ?1 WHERE id = ?2 AND reactions != ?1")
        .bind(1, columns::fromCounts(counts)).bind(2, id).run();
    return db.changes() > 0;
}

bool setMyReaction(Database &db, const QString &id, const QString &kind, bool active)
{
    auto row = byId(db, id);
    if (!row) return false;
    QStringList mine = row->message.myReactions;
    protocol::ReactionCounts counts = row->message.reactions;
    if (!toggleMyReaction(mine, &counts, kind, active)) return false;
    db.prepare("UPDATE messages SET my_reactions = ?, reactions = ? WHERE id = ?")
        .bind(1, columns::fromList(mine)).bind(2, columns::fromCounts(counts)).bind(3, id).run();
    return true;
}

bool setMyReactionFlag(Database &db, const QString &id, const QString &kind, bool active)
{
    auto row = byId(db, id);
    if (!row) return false;
    QStringList mine = row->message.myReactions;
    if (!toggleMyReaction(mine, nullptr, kind, active)) return false;
    db.prepare("UPDATE messages SET my_reactions = ? WHERE id = ?").bind(1, columns::fromList(mine)).bind(2, id).run();
    return true;
}

bool setAttachments(Database &db, const QString &id, const QList<protocol::Attachment> &attachments)
{
    db.prepare("UPDATE messages SET attachments = ? WHERE id = ?").bind(1, columns::fromAttachments(attachments)).bind(2, id).run();
    return db.changes() > 0;
}

bool remove(Database &db, const QString &id)
{
    db.prepare("DELETE FROM messages WHERE id = ?").bind(1, id).run();
    return db.changes() > 0;
}

QStringList markQuotedDeleted(Database &db, const QString &conversationId, const QString &deletedId)
{
    Statement &s = db.prepare("SELECT id, reply_to FROM messages WHERE conversation_id = ? AND reply_to IS NOT NULL "
                              "AND json_extract(reply_to, '$.id') = ?");
    s.bind(1, conversationId).bind(2, deletedId);
    QList<std::pair<QString, protocol::ReplyQuote>> found;
    while (s.step()) found.append({s.text(0), columns::toReply(s.text(1))});
    QStringList changed;
    for (auto &[id, quote] : found) {
        if (quote.deleted) continue;
        quote.deleted = true;
        quote.excerpt.clear();
        db.prepare("UPDATE messages SET reply_to = ? WHERE id = ?").bind(1, columns::fromReply(quote)).bind(2, id).run();
        changed.append(id);
    }
    return changed;
}

QStringList removeConversation(Database &db, const QString &conversationId, QStringList *fileIds)
{
    Statement &s = db.prepare("SELECT id, attachments FROM messages WHERE conversation_id = ?");
    s.bind(1, conversationId);
    QStringList ids;
    while (s.step()) {
        ids.append(s.text(0));
        if (fileIds)
            for (const auto &a : columns::toAttachments(s.text(1))) fileIds->append(a.id);
    }
    db.prepare("DELETE FROM messages WHERE conversation_id = ?").bind(1, conversationId).run();
    return ids;
}

QStringList removeSyncedBelow(Database &db, const QString &conversationId, qint64 position)
{
    Statement &s = db.prepare("SELECT id FROM messages WHERE conversation_id = ? AND state = 0 AND position < ?");
    s.bind(1, conversationId).bind(2, position);
    QStringList ids;
    while (s.step()) ids.append(s.text(0));
    db.prepare("DELETE FROM messages WHERE conversation_id = ? AND state = 0 AND position < ?")
        .bind(1, conversationId).bind(2, position).run();
    return ids;
}

std::optional<MessageRow> byId(Database &db, const QString &id)
{
    static const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM messages WHERE id = ?";
    Statement &s = db.prepare(sql.constData());
    s.bind(1, id);
    std::optional<MessageRow> row;
    if (s.step()) row = readRow(s);
    s.reset();
    return row;
}

QList<MessageRow> page(Database &db, const QString &conversationId, qint64 beforeKey, int limit)
{
    static const QByteArray sql = QByteArray("SELECT ") + kColumns +
        " FROM messages WHERE conversation_id = ? AND sort_key < ? ORDER BY sort_key DESC LIMIT ?";
    Statement &s = db.prepare(sql.constData());
    s.bind(1, conversationId).bind(2, beforeKey > 0 ? beforeKey : std::numeric_limits<qint64>::max()).bind(3, limit);
    return readAll(s);
}

QList<MessageRow> from(Database &db, const QString &conversationId, qint64 fromKey)
{
    static const QByteArray sql = QByteArray("SELECT ") + kColumns +
        " FROM messages WHERE conversation_id = ? AND sort_key >= ? ORDER BY sort_key DESC";
    Statement &s = db.prepare(sql.constData());
    s.bind(1, conversationId).bind(2, fromKey);
    return readAll(s);
}

std::optional<MessageRow> oldestSynced(Database &db, const QString &conversationId)
{
    static const QByteArray sql = QByteArray("SELECT ") + kColumns +
        " FROM messages WHERE conversation_id = ? AND position > 0 ORDER BY sort_key ASC LIMIT 1";
    return one(db, sql.constData(), conversationId);
}

std::optional<MessageRow> newestSynced(Database &db, const QString &conversationId)
{
    static const QByteArray sql = QByteArray("SELECT ") + kColumns +
        " FROM messages WHERE conversation_id = ? AND position > 0 ORDER BY sort_key DESC LIMIT 1";
    return one(db, sql.constData(), conversationId);
}

std::optional<MessageRow> firstUnread(Database &db, const QString &conversationId, qint64 position, const QString &me)
{
    static const QByteArray sql = QByteArray("SELECT ") + kColumns +
        " FROM messages WHERE conversation_id = ? AND position > ? AND author_id != ? ORDER BY sort_key ASC LIMIT 1";
    Statement &s = db.prepare(sql.constData());
    s.bind(1, conversationId).bind(2, position).bind(3, me);
    std::optional<MessageRow> row;
    if (s.step()) row = readRow(s);
    s.reset();
    return row;
}

qint64 count(Database &db, const QString &conversationId)
{
    Statement &s = db.prepare("SELECT COUNT(*) FROM messages WHERE conversation_id = ?");
    s.bind(1, conversationId);
    const qint64 n = s.step() ? s.integer(0) : 0;
    s.reset();
    return n;
}

QSet<QString> idsIn(Database &db, const QString &conversationId, const QStringList &ids)
{
    QSet<QString> found;
    if (ids.isEmpty()) return found;
    Statement &s = db.prepare("SELECT id FROM messages WHERE conversation_id = ? AND id IN (SELECT value FROM json_each(?))");
    s.bind(1, conversationId).bind(2, columns::fromList(ids));
    while (s.step()) found.insert(s.text(0));
    return found;
}

} // namespace plein::store::messages
