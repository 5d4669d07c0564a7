#pragma once
// What one committed write changed, so models can update precisely instead of resetting.
#include <QMetaType>
#include <QStringList>

namespace plein::store {

struct StoreChanges {
    QStringList postsUpserted;
    QStringList postsRemoved;
    bool groupsChanged = false;
    bool meChanged = false;
    bool outboxChanged = false;

    bool isEmpty() const
    {
        return postsUpserted.isEmpty() && postsRemoved.isEmpty() && !groupsChanged && !meChanged && !outboxChanged;
    }
};

} // namespace plein::store

Q_DECLARE_METATYPE(plein::store::StoreChanges)
