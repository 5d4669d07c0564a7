#include "ConversationStore.h"
#include "JsonColumns.h"
#include "MessageStore.h"

namespace plein::store::conversations {

namespace {
constexpr const char *kColumns =
    "id, title, direct, created_by, created_at, last_activity_at, last_position, version, members, "
    "my_read_position, last_message, muted, history_from, history_complete";

ConversationRow readRow(const Statement &s)
{
    ConversationRow r;
    auto &c = r.conversation;
    c.id = s.text(0);
    c.title = s.text(1);
    c.direct = s.integer(2) != 0;
    c.createdBy = s.text(3);
    c.createdAt = s.integer(4);
    c.lastActivityAt = s.integer(5);
    c.lastPosition = s.integer(6);
    c.version = s.integer(7);
    c.members = columns::toMembers(s.text(8));
    r.myReadPosition = s.integer(9);
    c.lastMessage = columns::toMessage(s.text(10));
    c.muted = s.integer(11) != 0;
    r.historyFrom = s.integer(12);
    r.historyComplete = s.integer(13) != 0;
    return r;
}

// NOT NULL text columns: an empty QString may be a null one, which SQLite would store as NULL.
QString text(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }

qint64 readPositionOf(const QList<protocol::ConversationMember> &members, const QString &userId)
{
    for (const auto &m : members)
        if (m.userId == userId) return m.readPosition;
    return 0;
}

// Read markers never move back, whichever copy arrives first.
QList<protocol::ConversationMember> mergeMembers(const QList<protocol::ConversationMember> &incoming,
                                                 const QList<protocol::ConversationMember> &cached)
{
    QList<protocol::ConversationMember> out = incoming;
    for (auto &m : out) m.readPosition = std::max(m.readPosition, readPositionOf(cached, m.userId));
    return out;
}

void writeMembers(Database &db, const QString &id, const QList<protocol::ConversationMember> &members)
{
    db.prepare("UPDATE conversations SET members = ? WHERE id = ?").bind(1, columns::fromMembers(members)).bind(2, id).run();
}
}

bool upsertFromServer(Database &db, const protocol::Conversation &c, const QString &me, bool withMuted)
{
    const auto cached = byId(db, c.id);
    const qint64 myRead = readPositionOf(c.members, me);
    if (!cached) {
        db.prepare("INSERT INTO conversations(id, title, direct, created_by, created_at, last_activity_at, last_position, "
                   "version, members, my_read_position, last_message, muted, history_from, history_complete) "
                   "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,0)")
            .bind(1, c.id).bind(2, text(c.title)).bind(3, c.direct ? 1 : 0).bind(4, text(c.createdBy)).bind(5, c.createdAt)
            .bind(6, c.lastActivityAt).bind(7, c.lastPosition).bind(8, c.version)
            .bind(9, columns::fromMembers(c.members)).bind(10, myRead).bind(11, columns::fromMessage(c.lastMessage))
            .bind(12, withMuted && c.muted ? 1 : 0).bind(13, c.lastPosition + 1)
            .run();
        return true;
    }
    const auto &old = cached->conversation;
    bool changed = false;
    if (c.version > old.version) {
        db.prepare("UPDATE conversations SET title = ?, direct = ?, created_by = ?, version = ? WHERE id = ?")
            .bind(1, text(c.title)).bind(2, c.direct ? 1 : 0).bind(3, text(c.createdBy)).bind(4, c.version).bind(5, c.id).run();
        writeMembers(db, c.id, mergeMembers(c.members, old.members));
        changed = true;
    } else {
        // Same membership: only read markers may have moved on.
        const auto merged = mergeMembers(old.members, c.members);
        if (merged != old.members) {
            writeMembers(db, c.id, merged);
            changed = true;
        }
    }
    if (myRead > cached->myReadPosition) {
        db.prepare("UPDATE conversations SET my_read_position = ? WHERE id = ?").bind(1, myRead).bind(2, c.id).run();
        changed = true;
    }
    if (c.lastPosition > old.lastPosition ||
        (c.lastPosition == old.lastPosition && !c.lastMessage.id.isEmpty() && c.lastMessage.version > old.lastMessage.version)) {
        db.prepare("UPDATE conversations SET last_position = ?, last_message = ?, "
                   "last_activity_at = MAX(last_activity_at, ?) WHERE id = ?")
            .bind(1, c.lastPosition).bind(2, columns::fromMessage(c.lastMessage)).bind(3, c.lastActivityAt).bind(4, c.id).run();
        changed = true;
    }
    if (withMuted && c.muted != old.muted) changed = setMuted(db, c.id, c.muted) || changed;
    return changed;
}

std::optional<ConversationRow> byId(Database &db, const QString &id)
{
    static const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM conversations WHERE id = ?";
    Statement &s = db.prepare(sql.constData());
    s.bind(1, id);
    std::optional<ConversationRow> row;
    if (s.step()) row = readRow(s);
    s.reset();
    return row;
}

QList<ConversationRow> all(Database &db)
{
    static const QByteArray sql =
        QByteArray("SELECT ") + kColumns + " FROM conversations ORDER BY last_activity_at DESC, id DESC";
    Statement &s = db.prepare(sql.constData());
    QList<ConversationRow> rows;
    while (s.step()) rows.append(readRow(s));
    return rows;
}

qint64 totalUnread(Database &db)
{
    Statement &s = db.prepare("SELECT COALESCE(SUM(MAX(last_position - my_read_position, 0)), 0) FROM conversations "
                              "WHERE muted = 0");
    const qint64 total = s.step() ? s.integer(0) : 0;
    s.reset();
    return total;
}

QStringList allIds(Database &db)
{
    Statement &s = db.prepare("SELECT id FROM conversations");
    QStringList ids;
    while (s.step()) ids.append(s.text(0));
    return ids;
}

bool noteMessage(Database &db, const protocol::Message &m)
{
    db.prepare("UPDATE conversations SET last_position = ?1, last_message = ?2, "
               "last_activity_at = MAX(last_activity_at, ?3) WHERE id = ?4 AND last_position <= ?1")
        .bind(1, m.position).bind(2, columns::fromMessage(m)).bind(3, m.createdAt).bind(4, m.conversationId).run();
    return db.changes() > 0;
}

bool noteLocalMessage(Database &db, const protocol::Message &m)
{
    db.prepare("UPDATE conversations SET last_message = ?1, last_activity_at = MAX(last_activity_at, ?2) WHERE id = ?3")
        .bind(1, columns::fromMessage(m)).bind(2, m.createdAt).bind(3, m.conversationId).run();
    return db.changes() > 0;
}

bool refreshLastMessage(Database &db, const QString &conversationId)
{
    const auto newest = messages::page(db, conversationId, 0, 1);
    const protocol::Message last = newest.isEmpty() ? protocol::Message{} : newest.first().message;
    db.prepare("UPDATE conversations SET last_message = ? WHERE id = ?")
        .bind(1, columns::fromMessage(last)).bind(2, conversationId).run();
    return db.changes() > 0;
}

bool setReadPosition(Database &db, const QString &conversationId, const QString &userId, qint64 position,
                     const QString &me)
{
    auto row = byId(db, conversationId);
    if (!row) return false;
    bool changed = false;
    auto members = row->conversation.members;
    for (auto &m : members) {
        if (m.userId == userId && position > m.readPosition) {
            m.readPosition = position;
            changed = true;
        }
    }
    if (changed) writeMembers(db, conversationId, members);
    if (userId == me && position > row->myReadPosition) {
        db.prepare("UPDATE conversations SET my_read_position = ? WHERE id = ?").bind(1, position).bind(2, conversationId).run();
        changed = true;
    }
    return changed;
}

bool setMuted(Database &db, const QString &conversationId, bool muted)
{
    db.prepare("UPDATE conversations SET muted = ?1 WHERE id = ?2 AND muted != ?1")
        .bind(1, muted ? 1 : 0).bind(2, conversationId).run();
    return db.changes() > 0;
}

void setHistory(Database &db, const QString &conversationId, qint64 from, bool complete)
{
    db.prepare("UPDATE conversations SET history_from = ?, history_complete = ? WHERE id = ?")
        .bind(1, from).bind(2, complete ? 1 : 0).bind(3, conversationId).run();
}

bool remove(Database &db, const QString &id)
{
    db.prepare("DELETE FROM conversations WHERE id = ?").bind(1, id).run();
    return db.changes() > 0;
}

std::optional<QString> directWith(Database &db, const QString &userId, const QString &me)
{
    Statement &s = db.prepare("SELECT id, members FROM conversations WHERE direct = 1");
    std::optional<QString> found;
    while (s.step()) {
        const auto members = columns::toMembers(s.text(1));
        bool other = false;
        bool self = false;
        for (const auto &m : members) {
            other = other || m.userId == userId;
            self = self || m.userId == me;
        }
        if (other && self && !found) found = s.text(0);
    }
    return found;
}

} // namespace plein::store::conversations
