#pragma once
// One entry of a user's change stream, as sent over /sync and the WebSocket.
#include "Decoded.h"

#include <QJsonObject>

namespace plein::protocol {

namespace EventName {
inline const QString PostCreated = QStringLiteral("post.created");   // data: Post
inline const QString PostUpdated = QStringLiteral("post.updated");   // data: Post
inline const QString PostDeleted = QStringLiteral("post.deleted");   // data: {id}
inline const QString GroupUpdated = QStringLiteral("group.updated"); // data: Group
inline const QString UserUpdated = QStringLiteral("user.updated");   // data: User
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
