#pragma once
// What the user did that the server has not confirmed yet, in the order it was done.
// States: pending -> sending -> (row deleted when done) | failed.
#include "Database.h"

#include <QList>
#include <optional>

namespace plein::store {

// What an entry asks the server to do; sync/OutboxRequests turns each into its request.
namespace OutboxKind {
inline const QString CreatePost = QStringLiteral("post.create");
inline const QString EditPost = QStringLiteral("post.edit");
inline const QString DeletePost = QStringLiteral("post.delete");
inline const QString CreateComment = QStringLiteral("comment.create");
inline const QString EditComment = QStringLiteral("comment.edit");
inline const QString DeleteComment = QStringLiteral("comment.delete");
inline const QString SetReaction = QStringLiteral("reaction.set");
inline const QString Acknowledge = QStringLiteral("announcement.ack");
inline const QString JoinGroup = QStringLiteral("group.join");
inline const QString LeaveGroup = QStringLiteral("group.leave");
inline const QString UploadFile = QStringLiteral("file.upload");
inline const QString SendMessage = QStringLiteral("message.send");
inline const QString EditMessage = QStringLiteral("message.edit");
inline const QString DeleteMessage = QStringLiteral("message.delete");
inline const QString MarkRead = QStringLiteral("conversation.read"); // object: the conversation
}

struct OutboxEntry {
    qint64 seq = 0;
    QString kind;
    QString objectId;  // the id of the object the action creates or changes
    QString payload;   // the request body, JSON
    QString state;
    int attempts = 0;
    QString error;
};

namespace outbox {

qint64 enqueue(Database &db, const QString &kind, const QString &objectId, const QString &payload);
// The oldest entry ready to send (pending), if any.
std::optional<OutboxEntry> nextPending(Database &db);
void markSending(Database &db, qint64 seq);
void markPending(Database &db, qint64 seq, const QString &error); // a transient failure; try again later
void markFailed(Database &db, qint64 seq, const QString &error);  // permanent: the user decides
void markDone(Database &db, qint64 seq);                          // deletes the entry
// After a crash nothing is really in flight: `sending` goes back to `pending`. Safe, because a
// create carries its own id and the server answers a repeat with the stored object.
int recoverInterrupted(Database &db);
// A failed entry the user asked to try again; returns false when there is none for the object.
bool retry(Database &db, const QString &objectId);
std::optional<OutboxEntry> byObject(Database &db, const QString &objectId);
bool discard(Database &db, const QString &objectId);
// Entries not yet sent or failed for this object, oldest first.
QList<OutboxEntry> forObject(Database &db, const QString &objectId);
int pendingCount(Database &db);
// Rewrites the payload of an entry that has not been sent yet (a newer read marker replaces
// an older one waiting); false when there is none pending for the object and kind.
bool replacePending(Database &db, const QString &kind, const QString &objectId, const QString &payload);

} // namespace outbox
} // namespace plein::store
