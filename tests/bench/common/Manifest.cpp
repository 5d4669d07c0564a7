#include "Manifest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace plein::bench {

std::optional<Manifest> Manifest::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the manifest %1").arg(path);
        return std::nullopt;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    Manifest m;
    for (const QJsonValue &v : root.value(QStringLiteral("people")).toArray()) {
        const QJsonObject o = v.toObject();
        m.indexById.insert(o.value(QStringLiteral("id")).toString(), int(m.people.size()));
        m.people.append({o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("email")).toString(),
                         o.value(QStringLiteral("role")).toString(), o.value(QStringLiteral("token")).toString()});
    }
    for (const QJsonValue &v : root.value(QStringLiteral("bigConversations")).toArray()) {
        const QJsonObject o = v.toObject();
        BigConversation c{o.value(QStringLiteral("id")).toString(), {}};
        for (const QJsonValue &member : o.value(QStringLiteral("members")).toArray()) c.members.append(member.toString());
        m.bigConversations.append(c);
    }
    m.pairConversation = root.value(QStringLiteral("pairConversation")).toString();
    m.cursor = root.value(QStringLiteral("cursor")).toInteger();
    if (m.people.isEmpty() || m.bigConversations.isEmpty() || m.pairConversation.isEmpty()) {
        *error = QStringLiteral("%1 is not a benchmark manifest (seed with --scale large or tiny-large)").arg(path);
        return std::nullopt;
    }
    return m;
}

} // namespace plein::bench
