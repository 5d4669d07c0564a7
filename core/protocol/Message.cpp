#include "Message.h"
#include "JsonReader.h"
#include "Uuid.h"
#include "WireLists.h"

namespace plein::protocol {

namespace {
QJsonValue orNull(const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); }
}

Decoded<ReplyQuote> ReplyQuote::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    ReplyQuote q;
    q.id = r.string("id", 64);
    q.authorId = r.string("authorId", 64);
    q.authorName = r.string("authorName", 200);
    q.excerpt = r.optionalString("excerpt", kMaxReplyExcerptLength);
    q.deleted = r.optionalBoolean("deleted", false);
    return finish(r, std::move(q));
}

QJsonObject ReplyQuote::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("authorId"), authorId},
        {QStringLiteral("authorName"), authorName},
        {QStringLiteral("excerpt"), excerpt},
        {QStringLiteral("deleted"), deleted},
    };
}

Decoded<Message> Message::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Message m;
    m.id = r.string("id", 64);
    m.conversationId = r.string("conversationId", 64);
    m.authorId = r.string("authorId", 64);
    m.authorName = r.string("authorName", 200);
    m.body = r.string("body", kMaxMessageBodyLength);
    m.position = r.integer("position", 1);
    m.createdAt = r.integer("createdAt");
    m.editedAt = r.optionalInteger("editedAt", 0);
    m.version = r.integer("version", 1);
    if (r.has("replyTo")) m.replyTo = r.nested<ReplyQuote>("replyTo");
    if (r.has("attachments")) m.attachments = r.list<Attachment>("attachments", kMaxAttachmentsPerPost);
    m.reactions = readReactionCounts(r, "reactions");
    m.myReactions = r.stringList("myReactions", 20);
    return finish(r, std::move(m));
}

QJsonObject Message::toEventJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("conversationId"), conversationId},
        {QStringLiteral("authorId"), authorId},
        {QStringLiteral("authorName"), authorName},
        {QStringLiteral("body"), body},
        {QStringLiteral("position"), position},
        {QStringLiteral("createdAt"), createdAt},
        {QStringLiteral("editedAt"), editedAt ? QJsonValue(editedAt) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("version"), version},
        {QStringLiteral("replyTo"), replyTo.id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(replyTo.toJson())},
        {QStringLiteral("attachments"), toJsonArray(attachments)},
        {QStringLiteral("reactions"), reactionCountsToJson(reactions)},
    };
}

QJsonObject Message::toJson() const
{
    QJsonObject o = toEventJson();
    o.insert(QStringLiteral("myReactions"), QJsonArray::fromStringList(myReactions));
    return o;
}

Decoded<NewMessage> NewMessage::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    NewMessage m;
    m.id = r.string("id", 64);
    m.body = r.optionalString("body", kMaxMessageBodyLength);
    m.replyTo = r.optionalString("replyTo", 64);
    m.attachmentIds = r.stringList("attachmentIds", kMaxAttachmentsPerPost);
    if (r.failed()) return r.error();
    if (!isUuidV7(m.id))
        return DecodeError{QStringLiteral("id"), QStringLiteral("expected a UUIDv7")};
    if (m.body.trimmed().isEmpty() && m.attachmentIds.isEmpty())
        return DecodeError{QStringLiteral("body"), QStringLiteral("must not be empty without attachments")};
    if (!m.replyTo.isEmpty() && !isUuidV7(m.replyTo))
        return DecodeError{QStringLiteral("replyTo"), QStringLiteral("expected a UUIDv7")};
    for (qsizetype i = 0; i < m.attachmentIds.size(); ++i)
        if (!isUuidV7(m.attachmentIds.at(i)))
            return DecodeError{QStringLiteral("attachmentIds[%1]").arg(i), QStringLiteral("expected a UUIDv7")};
    return m;
}

QJsonObject NewMessage::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("body"), body},
        {QStringLiteral("replyTo"), orNull(replyTo)},
    };
    if (!attachmentIds.isEmpty()) o.insert(QStringLiteral("attachmentIds"), QJsonArray::fromStringList(attachmentIds));
    return o;
}

Decoded<MessagePage> MessagePage::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    MessagePage page;
    page.items = r.list<Message>("items", kMaxMessagePageSize);
    page.hasMore = r.boolean("hasMore");
    return finish(r, std::move(page));
}

QJsonObject MessagePage::toJson() const
{
    return {{QStringLiteral("items"), toJsonArray(items)}, {QStringLiteral("hasMore"), hasMore}};
}

Decoded<MessageRemoval> MessageRemoval::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    MessageRemoval d;
    d.id = r.string("id", 64);
    d.conversationId = r.string("conversationId", 64);
    d.position = r.integer("position", 1);
    return finish(r, std::move(d));
}

QJsonObject MessageRemoval::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("conversationId"), conversationId},
        {QStringLiteral("position"), position},
    };
}

} // namespace plein::protocol
