#pragma once
// Reading and writing groups and memberships (requests and invitations: MembershipRows).
#include "protocol/Group.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <optional>

namespace plein::server::groups {

// The group as everyone sees it (membership left empty).
std::optional<protocol::Group> findById(const QSqlDatabase &db, const QString &id);
// The groups `userId` is a member of, with `membership` filled in.
QList<protocol::Group> listForMember(const QSqlDatabase &db, const QString &userId);
// Groups `userId` is not a member of that the discover list may show: public and private ones
// (`includeSecret` adds secret ones, for organisation admins), plus those they are invited to
// whatever the visibility; `membership` filled in. Externals pass includeOpen = false: they
// only ever see invitations.
QList<protocol::Group> listDiscoverable(const QSqlDatabase &db, const QString &userId, bool includeOpen,
                                        bool includeSecret);
bool isMember(const QSqlDatabase &db, const QString &userId, const QString &groupId);
QSet<QString> memberIds(const QSqlDatabase &db, const QString &groupId);
QString creatorOf(const QSqlDatabase &db, const QString &groupId);

void insert(const QSqlDatabase &db, const protocol::Group &group, qint64 createdAt, const QString &createdBy = {});
// Writes name, description, visibility and version.
void update(const QSqlDatabase &db, const protocol::Group &group);
void addMember(const QSqlDatabase &db, const QString &groupId, const QString &userId, const QString &role,
               qint64 createdAt);

} // namespace plein::server::groups
