#pragma once
// Reading and writing the users table.
#include "protocol/User.h"

#include <QList>
#include <QSet>
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
QSet<QString> externalIds(const QSqlDatabase &db);
// People for whom every word of `query` occurs (case-insensitive) in their name, the mailbox
// part of their email, their department or an expertise; by name. `sharingGroupsWith` non-empty: only people who share a group with that user.
QList<protocol::User> search(const QSqlDatabase &db, const QString &query, int limit,
                             const QString &sharingGroupsWith = {});

} // namespace plein::server::users
