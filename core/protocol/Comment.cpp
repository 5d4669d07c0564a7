#include "Comment.h"
#include "JsonReader.h"
#include "Uuid.h"
#include "WireLists.h"

namespace plein::protocol {

Decoded<Comment> Comment::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Comment c;
    c.id = r.string("id", 64);
    c.postId = r.string("postId", 64);
    c.authorId = r.string("authorId", 64);
    c.authorName = r.string("authorName", 200);
    c.body = r.string("body", kMaxCommentBodyLength);
    c.createdAt = r.integer("createdAt");
    c.editedAt = r.optionalInteger("editedAt", 0);
    c.version = r.integer("version");
    c.reactions = readReactionCounts(r, "reactions");
    c.myReactions = r.stringList("myReactions", 20);
    return finish(r, std::move(c));
}

QJsonObject Comment::toEventJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("postId"), postId},
        {QStringLiteral("authorId"), authorId},
        {QStringLiteral("authorName"), authorName},
        {QStringLiteral("body"), body},
        {QStringLiteral("createdAt"), createdAt},
        {QStringLiteral("editedAt"), editedAt ? QJsonValue(editedAt) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("version"), version},
        {QStringLiteral("reactions"), reactionCountsToJson(reactions)},
    };
}

QJsonObject Comment::toJson() const
{
    QJsonObject o = toEventJson();
    o.insert(QStringLiteral("myReactions"), QJsonArray::fromStringList(myReactions));
    return o;
}

Decoded<NewComment> NewComment::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    NewComment c;
    c.id = r.string("id", 64);
    c.body = r.string("body", kMaxCommentBodyLength);
    if (r.failed()) return r.error();
    if (!isUuidV7(c.id))
        return DecodeError{QStringLiteral("id"), QStringLiteral("expected a UUIDv7")};
    if (c.body.trimmed().isEmpty())
        return DecodeError{QStringLiteral("body"), QStringLiteral("must not be empty")};
    return c;
}

QJsonObject NewComment::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("body"), body}};
}

Decoded<CommentPage> CommentPage::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    CommentPage page;
    page.items = r.list<Comment>("items", 1000);
    page.next = r.optionalString("next", 64);
    return finish(r, std::move(page));
}

QJsonObject CommentPage::toJson() const
{
    return {
        {QStringLiteral("items"), toJsonArray(items)},
        {QStringLiteral("next"), next.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(next)},
    };
}

Decoded<CommentRemoval> CommentRemoval::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    CommentRemoval d;
    d.id = r.string("id", 64);
    d.postId = r.string("postId", 64);
    return finish(r, std::move(d));
}

QJsonObject CommentRemoval::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("postId"), postId}};
}

} // namespace plein::protocol
