#include "Feed.h"
#include "JsonReader.h"
#include "WireLists.h"

#include <QJsonArray>

namespace plein::protocol {


Decoded<FeedPage> FeedPage::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    FeedPage page;
    page.items = r.list<Post>("items", kMaxPageSize);
    page.next = r.optionalString("next", 64);
    return finish(r, std::move(page));
}

QJsonObject FeedPage::toJson() const
{
    return {
        {QStringLiteral("items"), toJsonArray(items)},
        {QStringLiteral("next"), next.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(next)},
    };
}

Decoded<Bootstrap> Bootstrap::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Bootstrap b;
    b.me = r.nested<User>("me");
    b.groups = r.list<Group>("groups");
    b.feed = r.nested<FeedPage>("feed");
    b.cursor = r.integer("cursor");
    if (r.has("pinned")) b.pinned = r.list<Post>("pinned", 1000); // absent before issue 3
    if (r.has("conversations")) b.conversations = r.list<Conversation>("conversations"); // since issue 4
    return finish(r, std::move(b));
}

QJsonObject Bootstrap::toJson() const
{
    return {
        {QStringLiteral("me"), me.toJson()},
        {QStringLiteral("groups"), toJsonArray(groups)},
        {QStringLiteral("feed"), feed.toJson()},
        {QStringLiteral("cursor"), cursor},
        {QStringLiteral("pinned"), toJsonArray(pinned)},
        {QStringLiteral("conversations"), toJsonArray(conversations)},
    };
}

} // namespace plein::protocol
