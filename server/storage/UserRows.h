#pragma once
// Reading and writing the users table.
#include "protocol/User.h"

#include <QSqlDatabase>
#include <optional>

namespace plein::server::users {

struct Account {
    protocol::User user;
    QString passwordHash;
};

std::optional<Account> findByEmail(const QSqlDatabase &db, const QString &email);
std::optional<protocol::User> findById(const QSqlDatabase &db, const QString &id);
void insert(const QSqlDatabase &db, const protocol::User &user, const QString &passwordHash, qint64 createdAt);
bool anyExist(const QSqlDatabase &db);

} // namespace plein::server::users
