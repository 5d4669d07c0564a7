#include "Group.h"
#include "JsonReader.h"

namespace plein::protocol {

bool Visibility::isValid(const QString &v)
{
    return v == Public || v == Private || v == Secret;
}

Decoded<Group> Group::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Group g;
    g.id = r.string("id", 64);
    g.name = r.string("name", 200);
    g.description = r.optionalString("description", 5000);
    g.visibility = r.string("visibility", 20);
    g.kind = r.optionalString("kind", 40);
    g.memberCount = r.optionalInteger("memberCount", 0);
    g.version = r.integer("version");
    if (!r.failed() && !Visibility::isValid(g.visibility))
        return DecodeError{QStringLiteral("visibility"), QStringLiteral("expected public, private or secret")};
    return finish(r, std::move(g));
}

QJsonObject Group::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("description"), description},
        {QStringLiteral("visibility"), visibility},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("memberCount"), memberCount},
        {QStringLiteral("version"), version},
    };
}

} // namespace plein::protocol
