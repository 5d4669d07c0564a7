#include "User.h"
#include "JsonReader.h"

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

} // namespace plein::protocol
