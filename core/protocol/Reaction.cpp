#include "Reaction.h"
#include "JsonReader.h"
#include "WireLists.h"

namespace plein::protocol {

bool ReactionKind::isValid(const QString &kind)
{
    return all().contains(kind);
}

QStringList ReactionKind::all()
{
    return {Like, Love, Laugh, Wow, Sad, Celebrate};
}

QJsonObject reactionCountsToJson(const ReactionCounts &counts)
{
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > 0) o.insert(it.key(), it.value());
    return o;
}

ReactionCounts readReactionCounts(JsonReader &reader, const char *field)
{
    const QJsonObject o = reader.optionalObject(field);
    ReactionCounts counts;
    if (reader.failed()) return counts;
    JsonReader inner(o);
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QByteArray key = it.key().toUtf8();
        const qint64 n = inner.integer(key.constData());
        if (inner.failed()) break;
        if (n > 0) counts.insert(it.key(), n);
    }
    if (inner.failed()) reader.failWith(inner.error().within(QString::fromLatin1(field)));
    return counts;
}

Decoded<ReactionChange> ReactionChange::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    ReactionChange c;
    c.target = r.string("target", 20);
    c.id = r.string("id", 64);
    c.postId = r.optionalString("postId", 64);
    c.conversationId = r.optionalString("conversationId", 64);
    c.userId = r.string("userId", 64);
    c.kind = r.string("kind", 40);
    c.active = r.boolean("active");
    c.counts = readReactionCounts(r, "counts");
    if (r.failed()) return r.error();
    if (c.target == ReactionTarget::Message) {
        if (c.conversationId.isEmpty())
            return DecodeError{QStringLiteral("conversationId"), QStringLiteral("is required")};
    } else if (c.target == ReactionTarget::Post || c.target == ReactionTarget::Comment) {
        if (c.postId.isEmpty())
            return DecodeError{QStringLiteral("postId"), QStringLiteral("is required")};
    } else {
        return DecodeError{QStringLiteral("target"), QStringLiteral("expected post, comment or message")};
    }
    return finish(r, std::move(c));
}

QJsonObject ReactionChange::toJson() const
{
    QJsonObject o{
        {QStringLiteral("target"), target},
        {QStringLiteral("id"), id},
        {QStringLiteral("userId"), userId},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("active"), active},
        {QStringLiteral("counts"), reactionCountsToJson(counts)},
    };
    // A message's reaction names its conversation; a post's or comment's names the post.
    if (!postId.isEmpty()) o.insert(QStringLiteral("postId"), postId);
    if (!conversationId.isEmpty()) o.insert(QStringLiteral("conversationId"), conversationId);
    return o;
}

Decoded<ReactionState> ReactionState::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    ReactionState s;
    s.reactions = readReactionCounts(r, "reactions");
    s.myReactions = r.stringList("myReactions", 20);
    return finish(r, std::move(s));
}

QJsonObject ReactionState::toJson() const
{
    return {
        {QStringLiteral("reactions"), reactionCountsToJson(reactions)},
        {QStringLiteral("myReactions"), QJsonArray::fromStringList(myReactions)},
    };
}

Decoded<Reactor> Reactor::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Reactor x;
    x.userId = r.string("userId", 64);
    x.name = r.string("name", 200);
    x.kind = r.string("kind", 40);
    return finish(r, std::move(x));
}

QJsonObject Reactor::toJson() const
{
    return {{QStringLiteral("userId"), userId}, {QStringLiteral("name"), name}, {QStringLiteral("kind"), kind}};
}

Decoded<ReactorList> ReactorList::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    ReactorList l;
    l.items = r.list<Reactor>("items");
    return finish(r, std::move(l));
}

QJsonObject ReactorList::toJson() const
{
    return {{QStringLiteral("items"), toJsonArray(items)}};
}

} // namespace plein::protocol
