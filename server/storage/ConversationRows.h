#pragma once
// Reading and writing conversations and their members (read markers, mute).
#include "protocol/Conversation.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <optional>

namespace plein::server::conversations {

// The key that makes a direct conversation unique per pair of people.
QString directKey(const QString &userA, const QString &userB);

// The conversation with its members and last message. With a `viewerId` it is that member's
// REST form (muted, lastMessage.myReactions) and nullopt unless they are a member; with an
// empty viewerId it is the event form everyone shares.
std::optional<protocol::Conversation> find(const QSqlDatabase &db, const QString &id, const QString &viewerId);
// Whether a conversation with this id exists at all, and who created it.
std::optional<QString> creatorOf(const QSqlDatabase &db, const QString &id);
std::optional<QString> findDirect(const QSqlDatabase &db, const QString &key);
// Mine, newest activity first, in their REST form.
QList<protocol::Conversation> listFor(const QSqlDatabase &db, const QString &userId);

bool isMember(const QSqlDatabase &db, const QString &conversationId, const QString &userId);
QSet<QString> memberIds(const QSqlDatabase &db, const QString &conversationId);
int memberCount(const QSqlDatabase &db, const QString &conversationId);

void insert(const QSqlDatabase &db, const protocol::Conversation &c, const QString &directKey);
void addMember(const QSqlDatabase &db, const QString &conversationId, const QString &userId, qint64 readPosition,
               qint64 at);
void removeMember(const QSqlDatabase &db, const QString &conversationId, const QString &userId);
void setTitle(const QSqlDatabase &db, const QString &id, const QString &title);
void bumpVersion(const QSqlDatabase &db, const QString &id);
// Hands out the next message position and records the activity time.
qint64 nextPosition(const QSqlDatabase &db, const QString &id, qint64 at);

qint64 readPosition(const QSqlDatabase &db, const QString &conversationId, const QString &userId);
// Moves the member's marker to `position` if that is further; true when it moved.
bool advanceReadPosition(const QSqlDatabase &db, const QString &conversationId, const QString &userId, qint64 position);
// True when the value changed.
bool setMuted(const QSqlDatabase &db, const QString &conversationId, const QString &userId, bool muted);

} // namespace plein::server::conversations
