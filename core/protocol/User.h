#pragma once
#include "Decoded.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace plein::protocol {

// Roles, from least to most trusted. "external" users see only their own groups.
namespace Role {
inline const QString External = QStringLiteral("external");
inline const QString Member = QStringLiteral("member");
inline const QString CommunityManager = QStringLiteral("community_manager");
inline const QString Admin = QStringLiteral("admin");
bool isValid(const QString &role);
}

struct User {
    QString id;
    QString email;
    QString name;
    QString title;      // function, e.g. "Raadslid" or "Uitvoerder"
    QString department;
    QStringList expertise;
    QString role = Role::Member;
    qint64 version = 0;

    static Decoded<User> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const User &) const = default;
};

// A person named in a list (acknowledgements): just enough to show them.
struct UserRef {
    QString id;
    QString name;
    static Decoded<UserRef> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const UserRef &) const = default;
};

// GET /users.
struct UserList {
    QList<User> items;
    static Decoded<UserList> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace plein::protocol
