#pragma once
#include "Decoded.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace plein::protocol {

namespace Visibility {
inline const QString Public = QStringLiteral("public");
inline const QString Private = QStringLiteral("private");
inline const QString Secret = QStringLiteral("secret");
bool isValid(const QString &visibility);
}

// The caller's relation to a group (Group::membership, MembershipState::state).
namespace MembershipKind {
inline const QString None = QStringLiteral("none");
inline const QString Member = QStringLiteral("member");
inline const QString Admin = QStringLiteral("admin");
inline const QString Requested = QStringLiteral("requested");
inline const QString Invited = QStringLiteral("invited");
bool isValid(const QString &state);
}

inline constexpr int kMaxGroupNameLength = 100;
inline constexpr int kMaxGroupDescriptionLength = 5000;

struct Group {
    QString id;
    QString name;
    QString description;
    QString visibility = Visibility::Public;
    QString kind;       // "province", "department", "theme", "club"
    qint64 memberCount = 0;
    qint64 version = 0;
    qint64 createdAt = 0;
    // Per caller (a MembershipKind): present in REST answers, absent from change-log events,
    // where it decodes as empty.
    QString membership{};

    static Decoded<Group> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;      // includes membership when not empty
    QJsonObject toEventJson() const; // never includes membership
    bool operator==(const Group &) const = default;
};

// POST /groups.
struct NewGroup {
    QString id; // UUIDv7
    QString name;
    QString description;
    QString visibility = Visibility::Public;

    static Decoded<NewGroup> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// PATCH /groups/{id}: only the fields present change; `version` is the one the edit is based on.
struct GroupEdit {
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QString> visibility;
    qint64 version = 0;

    static Decoded<GroupEdit> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

struct GroupList {
    QList<Group> items;
    static Decoded<GroupList> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// Why a group left a user's view (data of `group.removed`).
namespace RemovalReason {
inline const QString Left = QStringLiteral("left");       // the user left
inline const QString Removed = QStringLiteral("removed"); // an admin removed the user
inline const QString Hidden = QStringLiteral("hidden");   // the group became secret
inline const QString Private = QStringLiteral("private"); // the group became private
}

struct GroupRemoval {
    QString id;
    QString reason;
    static Decoded<GroupRemoval> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace plein::protocol
