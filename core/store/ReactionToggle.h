#pragma once
// My reaction of one kind switched on or off on a cached post, comment or message: my list,
// and the counts when the change is mine to count (ahead of the server).
#include "protocol/Reaction.h"

#include <QStringList>
#include <algorithm>

namespace plein::store {

// False when it already was so. With counts null only my list changes (the server's counts
// came with the change).
inline bool toggleMyReaction(QStringList &mine, protocol::ReactionCounts *counts, const QString &kind, bool active)
{
    if (active == mine.contains(kind)) return false;
    if (active) mine.append(kind);
    else mine.removeAll(kind);
    if (counts) {
        qint64 &n = (*counts)[kind];
        n = std::max<qint64>(0, n + (active ? 1 : -1));
    }
    return true;
}

} // namespace plein::store
