#pragma once
// Who belongs to a group and in which role, and the requests and invitations waiting for a
// decision (membership_offers).
#include "protocol/Membership.h"

#include <QList>
#include <QSqlDatabase>

namespace plein::server::memberships {

// The user's relation to the group: none, member, admin, requested or invited.
QString stateOf(const QSqlDatabase &db, const QString &userId, const QString &groupId);
QList<protocol::GroupMember> members(const QSqlDatabase &db, const QString &groupId);
QList<protocol::JoinRequest> requests(const QSqlDatabase &db, const QString &groupId);
int adminCount(const QSqlDatabase &db, const QString &groupId);

void setRole(const QSqlDatabase &db, const QString &groupId, const QString &userId, const QString &role);
void removeMember(const QSqlDatabase &db, const QString &groupId, const QString &userId);
// state: "requested" or "invited"; replaces an earlier offer.
void setOffer(const QSqlDatabase &db, const QString &groupId, const QString &userId, const QString &state, qint64 at);
void removeOffer(const QSqlDatabase &db, const QString &groupId, const QString &userId);

} // namespace plein::server::memberships
