#pragma once
// Reading and writing groups and memberships.
#include "protocol/Group.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <optional>

namespace plein::server::groups {

std::optional<protocol::Group> findById(const QSqlDatabase &db, const QString &id);
QList<protocol::Group> listForMember(const QSqlDatabase &db, const QString &userId);
bool isMember(const QSqlDatabase &db, const QString &userId, const QString &groupId);
QSet<QString> memberIds(const QSqlDatabase &db, const QString &groupId);

void insert(const QSqlDatabase &db, const protocol::Group &group, qint64 createdAt);
void addMember(const QSqlDatabase &db, const QString &groupId, const QString &userId, const QString &role,
               qint64 createdAt);

} // namespace plein::server::groups
