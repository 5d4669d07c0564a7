#include "ComposerGroups.h"
#include "protocol/User.h"

#include <QCoreApplication>
#include <QVariantMap>
#include <algorithm>

namespace plein::app {

bool mayPostToEveryone(const QString &role)
{
    return role == protocol::Role::CommunityManager || role == protocol::Role::Admin;
}

QVariantList composerGroups(const QList<protocol::Group> &groups, const QString &role)
{
    QVariantList out;
    if (mayPostToEveryone(role))
        out.append(QVariantMap{{QStringLiteral("id"), QString()},
                               {QStringLiteral("name"), QCoreApplication::translate("ComposerGroups", "Everyone")}});
    QList<protocol::Group> sorted = groups;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const auto &g : sorted)
        out.append(QVariantMap{{QStringLiteral("id"), g.id}, {QStringLiteral("name"), g.name}});
    return out;
}

} // namespace plein::app
