#include "Group.h"
#include "JsonReader.h"
#include "Uuid.h"
#include "WireLists.h"

namespace plein::protocol {

bool Visibility::isValid(const QString &v)
{
    return v == Public || v == Private || v == Secret;
}

bool MembershipKind::isValid(const QString &s)
{
    return s == None || s == Member || s == Admin || s == Requested || s == Invited;
}

Decoded<Group> Group::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Group g;
    g.id = r.string("id", 64);
    g.name = r.string("name", 200);
    g.description = r.optionalString("description", kMaxGroupDescriptionLength);
    g.visibility = r.string("visibility", 20);
    g.kind = r.optionalString("kind", 40);
    g.memberCount = r.optionalInteger("memberCount", 0);
    g.version = r.integer("version");
    g.createdAt = r.optionalInteger("createdAt", 0);
    g.membership = r.optionalString("membership", 20);
    if (!r.failed() && !Visibility::isValid(g.visibility))
        return DecodeError{QStringLiteral("visibility"), QStringLiteral("expected public, private or secret")};
    if (!r.failed() && !g.membership.isEmpty() && !MembershipKind::isValid(g.membership))
        return DecodeError{QStringLiteral("membership"), QStringLiteral("unknown membership")};
    return finish(r, std::move(g));
}

QJsonObject Group::toEventJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("description"), description},
        {QStringLiteral("visibility"), visibility},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("memberCount"), memberCount},
        {QStringLiteral("version"), version},
        {QStringLiteral("createdAt"), createdAt},
    };
}

QJsonObject Group::toJson() const
{
    QJsonObject o = toEventJson();
    if (!membership.isEmpty()) o.insert(QStringLiteral("membership"), membership);
    return o;
}

namespace {
std::optional<DecodeError> checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return DecodeError{QStringLiteral("name"), QStringLiteral("must not be empty")};
    return std::nullopt;
}
std::optional<DecodeError> checkVisibility(const QString &v)
{
    if (!Visibility::isValid(v))
        return DecodeError{QStringLiteral("visibility"), QStringLiteral("expected public, private or secret")};
    return std::nullopt;
}
}

Decoded<NewGroup> NewGroup::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    NewGroup g;
    g.id = r.string("id", 64);
    g.name = r.string("name", kMaxGroupNameLength);
    g.description = r.optionalString("description", kMaxGroupDescriptionLength);
    g.visibility = r.string("visibility", 20);
    if (r.failed()) return r.error();
    if (!isUuidV7(g.id)) return DecodeError{QStringLiteral("id"), QStringLiteral("expected a UUIDv7")};
    if (auto e = checkName(g.name)) return *e;
    if (auto e = checkVisibility(g.visibility)) return *e;
    return g;
}

QJsonObject NewGroup::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("description"), description},
        {QStringLiteral("visibility"), visibility},
    };
}

Decoded<GroupEdit> GroupEdit::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    GroupEdit e;
    if (r.has("name")) e.name = r.string("name", kMaxGroupNameLength);
    if (r.has("description")) e.description = r.string("description", kMaxGroupDescriptionLength);
    if (r.has("visibility")) e.visibility = r.string("visibility", 20);
    e.version = r.integer("version", 1);
    if (r.failed()) return r.error();
    if (e.name) if (auto err = checkName(*e.name)) return *err;
    if (e.visibility) if (auto err = checkVisibility(*e.visibility)) return *err;
    return e;
}

QJsonObject GroupEdit::toJson() const
{
    QJsonObject o{{QStringLiteral("version"), version}};
    if (name) o.insert(QStringLiteral("name"), *name);
    if (description) o.insert(QStringLiteral("description"), *description);
    if (visibility) o.insert(QStringLiteral("visibility"), *visibility);
    return o;
}

Decoded<GroupList> GroupList::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    GroupList l;
    l.items = r.list<Group>("items");
    return finish(r, std::move(l));
}

QJsonObject GroupList::toJson() const
{
    return {{QStringLiteral("items"), toJsonArray(items)}};
}

Decoded<GroupRemoval> GroupRemoval::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    GroupRemoval g;
    g.id = r.string("id", 64);
    g.reason = r.string("reason", 20);
    return finish(r, std::move(g));
}

QJsonObject GroupRemoval::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("reason"), reason}};
}

} // namespace plein::protocol
