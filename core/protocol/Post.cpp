#include "Post.h"
#include "JsonReader.h"
#include "Uuid.h"
#include "WireLists.h"

namespace plein::protocol {

namespace {
QJsonValue orNull(const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); }
}

Decoded<Post> Post::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Post p;
    p.id = r.string("id", 64);
    p.authorId = r.string("authorId", 64);
    p.authorName = r.string("authorName", 200);
    p.groupId = r.optionalString("groupId", 64);
    p.groupName = r.optionalString("groupName", 200);
    p.body = r.string("body", kMaxPostBodyLength);
    p.createdAt = r.integer("createdAt");
    p.editedAt = r.optionalInteger("editedAt", 0);
    p.likeCount = r.optionalInteger("likeCount", 0);
    p.commentCount = r.optionalInteger("commentCount", 0);
    p.version = r.integer("version");
    // Everything below arrived with issue 3; absent in older payloads, so all optional.
    p.announcement = r.optionalBoolean("announcement", false);
    p.readCount = r.optionalInteger("readCount", 0);
    p.reactions = readReactionCounts(r, "reactions");
    if (r.has("attachments")) p.attachments = r.list<Attachment>("attachments", kMaxAttachmentsPerPost);
    p.myReactions = r.stringList("myReactions", 20);
    p.acknowledged = r.optionalBoolean("acknowledged", false);
    return finish(r, std::move(p));
}

QJsonObject Post::toEventJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("authorId"), authorId},
        {QStringLiteral("authorName"), authorName},
        {QStringLiteral("groupId"), orNull(groupId)},
        {QStringLiteral("groupName"), orNull(groupName)},
        {QStringLiteral("body"), body},
        {QStringLiteral("createdAt"), createdAt},
        {QStringLiteral("editedAt"), editedAt ? QJsonValue(editedAt) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("likeCount"), likeCount},
        {QStringLiteral("commentCount"), commentCount},
        {QStringLiteral("version"), version},
        {QStringLiteral("announcement"), announcement},
        {QStringLiteral("readCount"), readCount},
        {QStringLiteral("reactions"), reactionCountsToJson(reactions)},
        {QStringLiteral("attachments"), toJsonArray(attachments)},
    };
}

QJsonObject Post::toJson() const
{
    QJsonObject o = toEventJson();
    o.insert(QStringLiteral("myReactions"), QJsonArray::fromStringList(myReactions));
    o.insert(QStringLiteral("acknowledged"), acknowledged);
    return o;
}

Decoded<NewPost> NewPost::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    NewPost p;
    p.id = r.string("id", 64);
    p.groupId = r.optionalString("groupId", 64);
    p.body = r.string("body", kMaxPostBodyLength);
    p.announcement = r.optionalBoolean("announcement", false);
    p.attachmentIds = r.stringList("attachmentIds", kMaxAttachmentsPerPost);
    if (r.failed()) return r.error();
    if (!isUuidV7(p.id))
        return DecodeError{QStringLiteral("id"), QStringLiteral("expected a UUIDv7")};
    if (p.body.trimmed().isEmpty())
        return DecodeError{QStringLiteral("body"), QStringLiteral("must not be empty")};
    for (qsizetype i = 0; i < p.attachmentIds.size(); ++i)
        if (!isUuidV7(p.attachmentIds.at(i)))
            return DecodeError{QStringLiteral("attachmentIds[%1]").arg(i), QStringLiteral("expected a UUIDv7")};
    return p;
}

QJsonObject NewPost::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("groupId"), orNull(groupId)},
        {QStringLiteral("body"), body},
    };
    if (announcement) o.insert(QStringLiteral("announcement"), true);
    if (!attachmentIds.isEmpty()) o.insert(QStringLiteral("attachmentIds"), QJsonArray::fromStringList(attachmentIds));
    return o;
}

Decoded<PostEdit> PostEdit::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    PostEdit e;
    e.body = r.string("body", kMaxPostBodyLength);
    e.version = r.integer("version", 1);
    if (r.failed()) return r.error();
    if (e.body.trimmed().isEmpty())
        return DecodeError{QStringLiteral("body"), QStringLiteral("must not be empty")};
    return e;
}

QJsonObject PostEdit::toJson() const
{
    return {{QStringLiteral("body"), body}, {QStringLiteral("version"), version}};
}

Decoded<PostRemoval> PostRemoval::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    PostRemoval d;
    d.id = r.string("id", 64);
    d.groupId = r.optionalString("groupId", 64);
    return finish(r, std::move(d));
}

QJsonObject PostRemoval::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("groupId"), orNull(groupId)}};
}

} // namespace plein::protocol
