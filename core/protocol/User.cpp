#include "User.h"
#include "JsonReader.h"
#include "WireLists.h"

#include <QJsonArray>

namespace plein::protocol {

bool Role::isValid(const QString &role)
{
    return role == External || role == Member || role == CommunityManager || role == Admin;
}

Decoded<User> User::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    User u;
    u.id = r.string("id", 64);
    u.email = r.string("email", 320);
    u.name = r.string("name", 200);
    u.title = r.optionalString("title", 200);
    u.department = r.optionalString("department", 200);
    u.expertise = r.stringList("expertise", 100);
    u.role = r.string("role", 40);
    u.version = r.integer("version");
    if (!r.failed() && !Role::isValid(u.role))
        return DecodeError{QStringLiteral("role"), QStringLiteral("unknown role")};
    return finish(r, std::move(u));
}

QJsonObject User::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("email"), email},
        {QStringLiteral("name"), name},
        {QStringLiteral("title"), title},
        {QStringLiteral("department"), department},
        {QStringLiteral("expertise"), QJsonArray::fromStringList(expertise)},
        {QStringLiteral("role"), role},
        {QStringLiteral("version"), version},
    };
}

Decoded<UserRef> UserRef::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    UserRef u;
    u.id = r.string("id", 64);
    u.name = r.string("name", 200);
    return finish(r, std::move(u));
}

QJsonObject UserRef::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
}

Decoded<UserList> UserList::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    UserList l;
    l.items = r.list<User>("items");
    return finish(r, std::move(l));
}

QJsonObject UserList::toJson() const
{
    return {{QStringLiteral("items"), toJsonArray(items)}};
}

} // namespace plein::protocol
