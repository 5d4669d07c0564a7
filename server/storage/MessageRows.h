#pragma once
// Reading and writing chat messages. A deleted message keeps its row (body emptied,
// deleted_at set): its position stays taken and the replies quoting it show it was deleted.
#include "protocol/Message.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace plein::server::messages {

struct StoredMessage {
    protocol::Message message; // with the viewer's myReactions
    QString replyToId;         // as stored, also when the quoted message is gone
    bool deleted = false;
};

// Any message, deleted ones included.
std::optional<StoredMessage> find(const QSqlDatabase &db, const QString &id, const QString &viewerId);
// The newest message that is not deleted.
std::optional<protocol::Message> latest(const QSqlDatabase &db, const QString &conversationId, const QString &viewerId);
QString idAtPosition(const QSqlDatabase &db, const QString &conversationId, qint64 position);

// Messages that are not deleted, ascending by position: with `beforePosition` the newest
// `limit` below it, with `afterPosition` the oldest `limit` above it, with neither the newest.
QList<protocol::Message> page(const QSqlDatabase &db, const QString &conversationId, const QString &viewerId,
                              std::optional<qint64> beforePosition, std::optional<qint64> afterPosition, int limit);
bool anyBefore(const QSqlDatabase &db, const QString &conversationId, qint64 position);
bool anyAfter(const QSqlDatabase &db, const QString &conversationId, qint64 position);

void insert(const QSqlDatabase &db, const protocol::Message &m, const QString &replyToId, int attachmentCount);
void updateBody(const QSqlDatabase &db, const QString &id, const QString &body, qint64 editedAt, qint64 version);
// Empties the body, drops reactions and attachment links, bumps the version.
void markDeleted(const QSqlDatabase &db, const QString &id, qint64 at, qint64 version);

// The start of a body for a reply quote, at most kMaxReplyExcerptLength, never cutting a
// surrogate pair in half.
QString excerptOf(const QString &body);

} // namespace plein::server::messages
