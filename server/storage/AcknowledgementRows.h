#pragma once
// Who pressed "read" on an announcement, and who could have.
#include "protocol/User.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>

namespace plein::server::acknowledgements {

// True when this added a row (false: already acknowledged).
bool add(const QSqlDatabase &db, const QString &postId, const QString &userId, qint64 at);
qint64 count(const QSqlDatabase &db, const QString &postId);
QSet<QString> readers(const QSqlDatabase &db, const QString &postId);
// Everyone who may see a post: non-externals for a post to everyone (groupId empty), the
// members for a group post; by name.
QList<protocol::UserRef> audience(const QSqlDatabase &db, const QString &groupId);

} // namespace plein::server::acknowledgements
