#pragma once
// Chat messages in the cache: server copies ordered by their position, and my local echoes
// after them until the server gives them a place.
#include "Database.h"
#include "PostStore.h"
#include "protocol/Message.h"

#include <QList>
#include <QSet>
#include <optional>

namespace plein::store {

// Above any real position: local echoes sort after every confirmed message.
inline constexpr qint64 kLocalSortBase = qint64(1) << 50;

struct MessageRow {
    protocol::Message message;
    qint64 sortKey = 0;
    PostState state = PostState::Synced;
    QString error;
};

namespace messages {

// Same rules as posts: a newer version, or any server copy over a local echo. `inserted`
// tells whether the message was new to the cache.
bool upsertFromServer(Database &db, const protocol::Message &message, PerUser perUser, bool *inserted = nullptr,
                      Counts counts = Counts::FromCopy);
// My new message, pending, after everything in its conversation.
void insertLocal(Database &db, const protocol::Message &message);
void setState(Database &db, const QString &id, PostState state, const QString &error = {});
bool editLocal(Database &db, const QString &id, const QString &body, qint64 editedAt);
bool setReactions(Database &db, const QString &id, const protocol::ReactionCounts &counts);
bool setMyReaction(Database &db, const QString &id, const QString &kind, bool active);
bool setMyReactionFlag(Database &db, const QString &id, const QString &kind, bool active);
bool setAttachments(Database &db, const QString &id, const QList<protocol::Attachment> &attachments);
bool remove(Database &db, const QString &id);
// Replies quoting a deleted message say so; returns the ids of the replies changed.
QStringList markQuotedDeleted(Database &db, const QString &conversationId, const QString &deletedId);
// A conversation's messages leave the cache; returns their ids and their attachments' ids.
QStringList removeConversation(Database &db, const QString &conversationId, QStringList *fileIds = nullptr);
// Synced messages below a position (a gap in history: older ones are paged again).
QStringList removeSyncedBelow(Database &db, const QString &conversationId, qint64 position);

std::optional<MessageRow> byId(Database &db, const QString &id);
// Up to `limit` messages of a conversation older than `beforeKey` (newest first; from the
// newest when beforeKey is 0).
QList<MessageRow> page(Database &db, const QString &conversationId, qint64 beforeKey, int limit);
// Messages at or after a sort key, newest first (to open a conversation at its first unread).
QList<MessageRow> from(Database &db, const QString &conversationId, qint64 fromKey);
// The oldest cached synced message (the `before` of the next server page).
std::optional<MessageRow> oldestSynced(Database &db, const QString &conversationId);
std::optional<MessageRow> newestSynced(Database &db, const QString &conversationId);
// The oldest message after `position` written by someone else: where unread starts.
std::optional<MessageRow> firstUnread(Database &db, const QString &conversationId, qint64 position, const QString &me);
qint64 count(Database &db, const QString &conversationId);
// Which of these message ids belong to the conversation (one query for a whole change notice).
QSet<QString> idsIn(Database &db, const QString &conversationId, const QStringList &ids);

} // namespace messages
} // namespace plein::store
