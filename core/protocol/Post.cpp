#include "Post.h"
#include "JsonReader.h"
#include "Uuid.h"

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
    return finish(r, std::move(p));
}

QJsonObject Post::toJson() const
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
    };
}

Decoded<NewPost> NewPost::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    NewPost p;
    p.id = r.string("id", 64);
    p.groupId = r.optionalString("groupId", 64);
    p.body = r.string("body", kMaxPostBodyLength);
    if (r.failed()) return r.error();
    if (!isUuidV7(p.id))
        return DecodeError{QStringLiteral("id"), QStringLiteral("expected a UUIDv7")};
    if (p.body.trimmed().isEmpty())
        return DecodeError{QStringLiteral("body"), QStringLiteral("must not be empty")};
    return p;
}

QJsonObject NewPost::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("groupId"), orNull(groupId)},
        {QStringLiteral("body"), body},
    };
}

} // namespace plein::protocol
