#pragma once
// What one committed write changed, so models can update precisely instead of resetting.
#include <QMetaType>
#include <QStringList>

namespace plein::store {

struct StoreChanges {
    QStringList postsUpserted;
    QStringList postsRemoved;
    QStringList commentsUpserted;
    QStringList commentsRemoved;
    QStringList groupsPurged; // groups whose content left the cache (no longer visible to me)
    QStringList filesPurged;  // attachments of purged content: their downloaded copies must go
    QStringList groupsJoined; // I became a member (approved, invited): their posts belong in my feed
    QStringList messagesUpserted;
    QStringList messagesRemoved;
    QStringList messagesArrived;      // new messages from others, live or caught up: may notify
    QStringList conversationsChanged; // added or changed (last message, unread, members, muted)
    QStringList conversationsRemoved; // left or removed: their messages left the cache too
    bool groupsChanged = false;
    bool meChanged = false;
    bool outboxChanged = false;

    bool isEmpty() const
    {
        return postsUpserted.isEmpty() && postsRemoved.isEmpty() && commentsUpserted.isEmpty() &&
            commentsRemoved.isEmpty() && groupsPurged.isEmpty() && groupsJoined.isEmpty() && filesPurged.isEmpty() &&
            messagesUpserted.isEmpty() && messagesRemoved.isEmpty() && conversationsChanged.isEmpty() &&
            conversationsRemoved.isEmpty() && !groupsChanged && !meChanged && !outboxChanged;
    }
};

} // namespace plein::store

Q_DECLARE_METATYPE(plein::store::StoreChanges)
