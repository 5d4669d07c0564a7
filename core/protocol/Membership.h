#pragma once
// Who is in a group, who asked to join, and one user's relation to a group.
#include "Decoded.h"

#include <QJsonObject>
#include <QList>

namespace plein::protocol {

namespace GroupRole {
inline const QString Member = QStringLiteral("member");
inline const QString Admin = QStringLiteral("admin");
}

struct GroupMember {
    QString userId;
    QString name;
    QString title;
    QString department;
    QString role = GroupRole::Member; // "member" or "admin" (of this group)

    static Decoded<GroupMember> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const GroupMember &) const = default;
};

struct MemberList {
    QList<GroupMember> items;
    static Decoded<MemberList> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// A pending request to join a private group.
struct JoinRequest {
    QString userId;
    QString name;
    QString title;
    qint64 requestedAt = 0;

    static Decoded<JoinRequest> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const JoinRequest &) const = default;
};

struct JoinRequestList {
    QList<JoinRequest> items;
    static Decoded<JoinRequestList> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// Optional body of PUT /groups/{id}/members/{userId} for someone already in the group: makes
// them an admin of the group, or a plain member again.
struct MemberRole {
    QString role; // GroupRole: "member" or "admin"; empty (absent): just invite

    static Decoded<MemberRole> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// Answer of PUT/DELETE membership (and of the admin routes), data of `membership.changed`.
struct MembershipState {
    QString groupId;
    QString userId;
    QString state; // a MembershipKind: none, member, admin, requested, invited

    static Decoded<MembershipState> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const MembershipState &) const = default;
};

} // namespace plein::protocol
