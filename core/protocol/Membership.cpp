#include "Membership.h"
#include "Group.h"
#include "JsonReader.h"
#include "WireLists.h"

namespace plein::protocol {

Decoded<GroupMember> GroupMember::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    GroupMember m;
    m.userId = r.string("userId", 64);
    m.name = r.string("name", 200);
    m.title = r.optionalString("title", 200);
    m.department = r.optionalString("department", 200);
    m.role = r.string("role", 20);
    return finish(r, std::move(m));
}

QJsonObject GroupMember::toJson() const
{
    return {
        {QStringLiteral("userId"), userId},
        {QStringLiteral("name"), name},
        {QStringLiteral("title"), title},
        {QStringLiteral("department"), department},
        {QStringLiteral("role"), role},
    };
}

Decoded<MemberList> MemberList::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    MemberList l;
    l.items = r.list<GroupMember>("items");
    return finish(r, std::move(l));
}

QJsonObject MemberList::toJson() const
{
    return {{QStringLiteral("items"), toJsonArray(items)}};
}

Decoded<JoinRequest> JoinRequest::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    JoinRequest q;
    q.userId = r.string("userId", 64);
    q.name = r.string("name", 200);
    q.title = r.optionalString("title", 200);
    q.requestedAt = r.integer("requestedAt");
    return finish(r, std::move(q));
}

QJsonObject JoinRequest::toJson() const
{
    return {
        {QStringLiteral("userId"), userId},
        {QStringLiteral("name"), name},
        {QStringLiteral("title"), title},
        {QStringLiteral("requestedAt"), requestedAt},
    };
}

Decoded<JoinRequestList> JoinRequestList::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    JoinRequestList l;
    l.items = r.list<JoinRequest>("items");
    return finish(r, std::move(l));
}

QJsonObject JoinRequestList::toJson() const
{
    return {{QStringLiteral("items"), toJsonArray(items)}};
}

Decoded<MemberRole> MemberRole::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    MemberRole m;
    m.role = r.optionalString("role", 20);
    if (!r.failed() && !m.role.isEmpty() && m.role != GroupRole::Member && m.role != GroupRole::Admin)
        return DecodeError{QStringLiteral("role"), QStringLiteral("expected member or admin")};
    return finish(r, std::move(m));
}

QJsonObject MemberRole::toJson() const
{
    if (role.isEmpty()) return {};
    return {{QStringLiteral("role"), role}};
}

Decoded<MembershipState> MembershipState::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    MembershipState s;
    s.groupId = r.string("groupId", 64);
    s.userId = r.string("userId", 64);
    s.state = r.string("state", 20);
    if (!r.failed() && !MembershipKind::isValid(s.state))
        return DecodeError{QStringLiteral("state"), QStringLiteral("unknown membership state")};
    return finish(r, std::move(s));
}

QJsonObject MembershipState::toJson() const
{
    return {{QStringLiteral("groupId"), groupId}, {QStringLiteral("userId"), userId}, {QStringLiteral("state"), state}};
}

} // namespace plein::protocol
