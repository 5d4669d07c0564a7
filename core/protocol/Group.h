#pragma once
#include "Decoded.h"

#include <QJsonObject>

namespace plein::protocol {

namespace Visibility {
inline const QString Public = QStringLiteral("public");
inline const QString Private = QStringLiteral("private");
inline const QString Secret = QStringLiteral("secret");
bool isValid(const QString &visibility);
}

struct Group {
    QString id;
    QString name;
    QString description;
    QString visibility = Visibility::Public;
    QString kind;       // "province", "department", "theme", "club"
    qint64 memberCount = 0;
    qint64 version = 0;

    static Decoded<Group> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const Group &) const = default;
};

} // namespace plein::protocol
