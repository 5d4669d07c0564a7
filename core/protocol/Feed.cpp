#include "Feed.h"
#include "JsonReader.h"

#include <QJsonArray>

namespace plein::protocol {

namespace {
template<typename T>
QJsonArray toArray(const QList<T> &items)
{
    QJsonArray a;
    for (const T &item : items) a.append(item.toJson());
    return a;
}
}

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
        {QStringLiteral("items"), toArray(items)},
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
    return finish(r, std::move(b));
}

QJsonObject Bootstrap::toJson() const
{
    return {
        {QStringLiteral("me"), me.toJson()},
        {QStringLiteral("groups"), toArray(groups)},
        {QStringLiteral("feed"), feed.toJson()},
        {QStringLiteral("cursor"), cursor},
    };
}

} // namespace plein::protocol
