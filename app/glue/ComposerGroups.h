#pragma once
// Where the composer may post: the user's groups and, for community managers and admins only,
// everyone (the server refuses that to other roles). Each choice is {id, name}; id "" means
// everyone.
#include "protocol/Group.h"

#include <QVariantList>

namespace plein::app {

bool mayPostToEveryone(const QString &role);
QVariantList composerGroups(const QList<protocol::Group> &groups, const QString &role);

} // namespace plein::app
