#pragma once
// Who may chat with whom. Everyone but externals may start a conversation with, or add to
// one, anyone in the organisation; an external only people who share a group with them
// (the same people GET /users lists for them).
#include "protocol/User.h"

#include <QSqlDatabase>

namespace plein::server {

// `userId` exists and `caller` may bring them into a conversation.
bool mayChatWith(const QSqlDatabase &db, const protocol::User &caller, const QString &userId);

} // namespace plein::server
