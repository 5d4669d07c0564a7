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
    QStringList filesPurged;
    QStringList groupsJoined; // I became a member (approved, invited): their posts belong in my feed  // attachments of purged content: their downloaded copies must go
    bool groupsChanged = false;
    bool meChanged = false;
    bool outboxChanged = false;

    bool isEmpty() const
    {
        return postsUpserted.isEmpty() && postsRemoved.isEmpty() && commentsUpserted.isEmpty() &&
            commentsRemoved.isEmpty() && groupsPurged.isEmpty() && groupsJoined.isEmpty() && !groupsChanged && !meChanged && !outboxChanged;
    }
};

} // namespace plein::store

Q_DECLARE_METATYPE(plein::store::StoreChanges)
