#pragma once
// My conversations in the cache, with their members, read markers and last message.
#include "Database.h"
#include "protocol/Conversation.h"

#include <QList>
#include <optional>

namespace plein::store {

struct ConversationRow {
    protocol::Conversation conversation;
    qint64 myReadPosition = 0;
    qint64 historyFrom = 0;      // every message from this position up to lastPosition is cached
    bool historyComplete = false; // the server has nothing older than what is cached

    qint64 unreadCount() const { return std::max<qint64>(0, conversation.lastPosition - myReadPosition); }
};

namespace conversations {

// A server copy. Title and members follow the version; read positions and the last position
// only move forward; `muted` is written only when the copy carries it (REST answers).
// Returns true when anything changed.
bool upsertFromServer(Database &db, const protocol::Conversation &c, const QString &me, bool withMuted);
std::optional<ConversationRow> byId(Database &db, const QString &id);
// All of them, the most recent activity first.
QList<ConversationRow> all(Database &db);
// Unread messages over the conversations that are not muted (the sum of unreadCount()), without
// reading the conversations themselves: the unread badge needs it before the chat list exists.
qint64 totalUnread(Database &db);
QStringList allIds(Database &db);
// A new message moved the conversation: its last message, position and activity time.
bool noteMessage(Database &db, const protocol::Message &message);
// My own message, written here and not yet on the server: the list shows it as the last one.
bool noteLocalMessage(Database &db, const protocol::Message &message);
// After a delete: the newest cached message becomes the last one shown.
bool refreshLastMessage(Database &db, const QString &conversationId);
// A member's read marker moved (forward only). For me, the unread count follows.
bool setReadPosition(Database &db, const QString &conversationId, const QString &userId, qint64 position,
                     const QString &me);
bool setMuted(Database &db, const QString &conversationId, bool muted);
void setHistory(Database &db, const QString &conversationId, qint64 from, bool complete);
bool remove(Database &db, const QString &id);
// The direct conversation I have with this person, if cached.
std::optional<QString> directWith(Database &db, const QString &userId, const QString &me);

} // namespace conversations
} // namespace plein::store
