#include "Conversation.h"
#include "JsonReader.h"
#include "Sync.h"
#include "Uuid.h"
#include "WireLists.h"

namespace plein::protocol {

Decoded<ConversationMember> ConversationMember::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    ConversationMember m;
    m.userId = r.string("userId", 64);
    m.name = r.string("name", 200);
    m.readPosition = r.optionalInteger("readPosition", 0);
    return finish(r, std::move(m));
}

QJsonObject ConversationMember::toJson() const
{
    return {
        {QStringLiteral("userId"), userId},
        {QStringLiteral("name"), name},
        {QStringLiteral("readPosition"), readPosition},
    };
}

Decoded<Conversation> Conversation::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Conversation c;
    c.id = r.string("id", 64);
    c.title = r.optionalString("title", kMaxConversationTitleLength);
    c.direct = r.boolean("direct");
    c.createdBy = r.string("createdBy", 64);
    c.createdAt = r.integer("createdAt");
    c.lastActivityAt = r.integer("lastActivityAt");
    c.lastPosition = r.integer("lastPosition");
    c.version = r.integer("version", 1);
    c.members = r.list<ConversationMember>("members", kMaxConversationMembers);
    if (r.has("lastMessage")) c.lastMessage = r.nested<Message>("lastMessage");
    c.muted = r.optionalBoolean("muted", false);
    return finish(r, std::move(c));
}

QJsonObject Conversation::toEventJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("title"), title.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(title)},
        {QStringLiteral("direct"), direct},
        {QStringLiteral("createdBy"), createdBy},
        {QStringLiteral("createdAt"), createdAt},
        {QStringLiteral("lastActivityAt"), lastActivityAt},
        {QStringLiteral("lastPosition"), lastPosition},
        {QStringLiteral("version"), version},
        {QStringLiteral("members"), toJsonArray(members)},
        {QStringLiteral("lastMessage"), lastMessage.id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(lastMessage.toEventJson())},
    };
}

QJsonObject Conversation::toJson() const
{
    QJsonObject o = toEventJson();
    if (!lastMessage.id.isEmpty()) o.insert(QStringLiteral("lastMessage"), lastMessage.toJson());
    o.insert(QStringLiteral("muted"), muted);
    return o;
}

Decoded<NewConversation> NewConversation::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    NewConversation c;
    c.id = r.string("id", 64);
    c.memberIds = r.stringList("memberIds", kMaxConversationMembers);
    if (!r.failed() && !r.has("memberIds")) r.array("memberIds"); // required: names the field
    c.title = r.optionalString("title", kMaxConversationTitleLength).trimmed();
    if (r.failed()) return r.error();
    if (!isUuidV7(c.id))
        return DecodeError{QStringLiteral("id"), QStringLiteral("expected a UUIDv7")};
    if (c.memberIds.isEmpty())
        return DecodeError{QStringLiteral("memberIds"), QStringLiteral("must name at least one other member")};
    for (qsizetype i = 0; i < c.memberIds.size(); ++i)
        if (!isUuidV7(c.memberIds.at(i)))
            return DecodeError{QStringLiteral("memberIds[%1]").arg(i), QStringLiteral("expected a UUIDv7")};
    return c;
}

QJsonObject NewConversation::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("memberIds"), QJsonArray::fromStringList(memberIds)},
    };
    if (!title.isEmpty()) o.insert(QStringLiteral("title"), title);
    return o;
}

Decoded<ConversationList> ConversationList::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    ConversationList l;
    l.items = r.list<Conversation>("items");
    return finish(r, std::move(l));
}

QJsonObject ConversationList::toJson() const
{
    return {{QStringLiteral("items"), toJsonArray(items)}};
}

Decoded<ConversationEdit> ConversationEdit::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    ConversationEdit e;
    // Required, but may be empty: an empty title shows the members' names instead.
    e.title = r.string("title", kMaxConversationTitleLength).trimmed();
    return finish(r, std::move(e));
}

QJsonObject ConversationEdit::toJson() const
{
    return {{QStringLiteral("title"), title}};
}

Decoded<ConversationRemoval> ConversationRemoval::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    ConversationRemoval d;
    d.id = r.string("id", 64);
    d.reason = r.string("reason", 20);
    if (!r.failed() && d.reason != QLatin1String("left") && d.reason != QLatin1String("removed"))
        return DecodeError{QStringLiteral("reason"), QStringLiteral("expected left or removed")};
    return finish(r, std::move(d));
}

QJsonObject ConversationRemoval::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("reason"), reason}};
}

Decoded<ReadMarker> ReadMarker::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    ReadMarker m;
    m.conversationId = r.optionalString("conversationId", 64);
    m.userId = r.optionalString("userId", 64);
    m.messageId = r.string("messageId", 64);
    m.position = r.optionalInteger("position", 0);
    return finish(r, std::move(m));
}

QJsonObject ReadMarker::toJson() const
{
    return {
        {QStringLiteral("conversationId"), conversationId},
        {QStringLiteral("userId"), userId},
        {QStringLiteral("messageId"), messageId},
        {QStringLiteral("position"), position},
    };
}

Decoded<MuteState> MuteState::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    MuteState s;
    s.conversationId = r.string("conversationId", 64);
    s.muted = r.boolean("muted");
    return finish(r, std::move(s));
}

QJsonObject MuteState::toJson() const
{
    return {{QStringLiteral("conversationId"), conversationId}, {QStringLiteral("muted"), muted}};
}

Decoded<TypingFrame> TypingFrame::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    const QString type = r.string("type", 20);
    TypingFrame t;
    t.conversationId = r.string("conversationId", 64);
    t.userId = r.optionalString("userId", 64);
    if (!r.failed() && type != FrameType::Typing)
        return DecodeError{QStringLiteral("type"), QStringLiteral("expected \"typing\"")};
    return finish(r, std::move(t));
}

QJsonObject TypingFrame::toJson() const
{
    QJsonObject o{{QStringLiteral("type"), FrameType::Typing}, {QStringLiteral("conversationId"), conversationId}};
    if (!userId.isEmpty()) o.insert(QStringLiteral("userId"), userId);
    return o;
}

} // namespace plein::protocol
