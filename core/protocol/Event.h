#pragma once
// One entry of a user's change stream, as sent over /sync and the WebSocket.
#include "Decoded.h"

#include <QJsonObject>

namespace plein::protocol {

namespace EventName {
inline const QString PostCreated = QStringLiteral("post.created");   // data: Post
inline const QString PostUpdated = QStringLiteral("post.updated");   // data: Post
inline const QString PostDeleted = QStringLiteral("post.deleted");   // data: PostRemoval {id, groupId}
inline const QString GroupCreated = QStringLiteral("group.created"); // data: Group (no membership)
inline const QString GroupUpdated = QStringLiteral("group.updated"); // data: Group (no membership)
inline const QString GroupRemoved = QStringLiteral("group.removed"); // data: GroupRemoval {id, reason}
inline const QString MembershipChanged = QStringLiteral("membership.changed"); // data: MembershipState
inline const QString UserUpdated = QStringLiteral("user.updated");   // data: User
inline const QString CommentCreated = QStringLiteral("comment.created"); // data: Comment
inline const QString CommentUpdated = QStringLiteral("comment.updated"); // data: Comment
inline const QString CommentDeleted = QStringLiteral("comment.deleted"); // data: CommentRemoval {id, postId}
inline const QString ReactionChanged = QStringLiteral("reaction.changed"); // data: ReactionChange
inline const QString AnnouncementRead = QStringLiteral("announcement.read"); // data: AnnouncementRead
// Chat. Conversation events go to the conversation's members; `conversation.removed` and
// `conversation.muted` only to the one user concerned.
inline const QString ConversationCreated = QStringLiteral("conversation.created"); // data: Conversation (event form)
inline const QString ConversationUpdated = QStringLiteral("conversation.updated"); // data: Conversation (event form): title, members
inline const QString ConversationRemoved = QStringLiteral("conversation.removed"); // data: ConversationRemoval
inline const QString ConversationMuted = QStringLiteral("conversation.muted");     // data: MuteState
inline const QString MessageCreated = QStringLiteral("message.created"); // data: Message (event form)
inline const QString MessageUpdated = QStringLiteral("message.updated"); // data: Message (event form)
inline const QString MessageDeleted = QStringLiteral("message.deleted"); // data: MessageRemoval
inline const QString ReadChanged = QStringLiteral("read.changed");       // data: ReadMarker
}

struct Event {
    qint64 seq = 0;   // global, increasing
    qint64 prev = 0;  // the seq of the previous event this user was sent (0: none)
    QString name;
    QJsonObject data;

    static Decoded<Event> fromJson(const QJsonObject &json);
    QJsonObject toJson() const; // without "type"; stream frames add it
};

} // namespace plein::protocol
