#pragma once
// The `attachments` role of posts and messages: one map per file, for QML.
#include "protocol/Attachment.h"
#include "store/Database.h"

#include <QHash>
#include <QVariantList>

namespace plein::models {

// Files not uploaded yet (owner not synced) are shown from their local copy, with their
// upload's state and progress (file id -> 0..1).
QVariantList attachmentRoles(store::Database &db, const QString &ownerId, bool ownerSynced,
                             const QList<protocol::Attachment> &attachments, const QHash<QString, double> &progress);

} // namespace plein::models
