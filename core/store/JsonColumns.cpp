#include "JsonColumns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace plein::store::columns {

namespace {
QString compact(const QJsonDocument &doc) { return QString::fromUtf8(doc.toJson(QJsonDocument::Compact)); }
}

QString fromCounts(const protocol::ReactionCounts &counts)
{
    if (counts.isEmpty()) return QStringLiteral("{}");
    QJsonObject o;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        if (it.value() > 0) o.insert(it.key(), it.value());
    return compact(QJsonDocument(o));
}

protocol::ReactionCounts toCounts(const QString &text)
{
    protocol::ReactionCounts out;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.value().toInteger() > 0) out.insert(it.key(), it.value().toInteger());
    return out;
}

QString fromList(const QStringList &list)
{
    return list.isEmpty() ? QStringLiteral("[]") : compact(QJsonDocument(QJsonArray::fromStringList(list)));
}

QStringList toList(const QString &text)
{
    QStringList out;
    for (const auto &v : QJsonDocument::fromJson(text.toUtf8()).array()) out.append(v.toString());
    return out;
}

QString fromAttachments(const QList<protocol::Attachment> &attachments)
{
    if (attachments.isEmpty()) return QStringLiteral("[]");
    QJsonArray a;
    for (const auto &att : attachments) a.append(att.toJson());
    return compact(QJsonDocument(a));
}

QList<protocol::Attachment> toAttachments(const QString &text)
{
    QList<protocol::Attachment> out;
    for (const auto &v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        auto decoded = protocol::Attachment::fromJson(v.toObject());
        if (decoded) out.append(decoded.value());
    }
    return out;
}

QString fromMembers(const QList<protocol::ConversationMember> &members)
{
    QJsonArray a;
    for (const auto &m : members) a.append(m.toJson());
    return compact(QJsonDocument(a));
}

QList<protocol::ConversationMember> toMembers(const QString &text)
{
    QList<protocol::ConversationMember> out;
    const QJsonArray a = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const auto &v : a)
        if (auto m = protocol::ConversationMember::fromJson(v.toObject())) out.append(std::move(m).value());
    return out;
}

QString fromReply(const protocol::ReplyQuote &reply)
{
    return reply.id.isEmpty() ? QString() : compact(QJsonDocument(reply.toJson()));
}

protocol::ReplyQuote toReply(const QString &text)
{
    if (text.isEmpty()) return {};
    auto r = protocol::ReplyQuote::fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
    return r ? std::move(r).value() : protocol::ReplyQuote{};
}

QString fromMessage(const protocol::Message &message)
{
    return message.id.isEmpty() ? QString() : compact(QJsonDocument(message.toEventJson()));
}

protocol::Message toMessage(const QString &text)
{
    if (text.isEmpty()) return {};
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    if (auto m = protocol::Message::fromJson(o)) return std::move(m).value();
    // My own message not yet on the server (no position or version) is no valid server copy:
    // what the list shows of it is read as it is.
    protocol::Message local;
    local.id = o.value(QStringLiteral("id")).toString();
    local.conversationId = o.value(QStringLiteral("conversationId")).toString();
    local.authorId = o.value(QStringLiteral("authorId")).toString();
    local.authorName = o.value(QStringLiteral("authorName")).toString();
    local.body = o.value(QStringLiteral("body")).toString();
    local.createdAt = o.value(QStringLiteral("createdAt")).toInteger();
    for (const auto &v : o.value(QStringLiteral("attachments")).toArray()) {
        const QJsonObject a = v.toObject();
        protocol::Attachment file;
        file.id = a.value(QStringLiteral("id")).toString();
        file.name = a.value(QStringLiteral("name")).toString();
        file.mime = a.value(QStringLiteral("mime")).toString();
        file.size = a.value(QStringLiteral("size")).toInteger();
        local.attachments.append(file);
    }
    return local;
}

} // namespace plein::store::columns
