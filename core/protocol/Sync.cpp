#include "Sync.h"
#include "JsonReader.h"

#include <QJsonArray>

namespace plein::protocol {

Decoded<SyncBatch> SyncBatch::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    SyncBatch b;
    b.events = r.list<Event>("events", kMaxSyncBatch);
    b.cursor = r.integer("cursor");
    b.hasMore = r.boolean("hasMore");
    return finish(r, std::move(b));
}

QJsonObject SyncBatch::toJson() const
{
    QJsonArray a;
    for (const Event &e : events) a.append(e.toJson());
    return {{QStringLiteral("events"), a}, {QStringLiteral("cursor"), cursor}, {QStringLiteral("hasMore"), hasMore}};
}

Decoded<HelloFrame> HelloFrame::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    const QString type = r.string("type", 20);
    HelloFrame h;
    h.token = r.string("token", 512);
    h.since = r.integer("since");
    if (!r.failed() && type != FrameType::Hello)
        return DecodeError{QStringLiteral("type"), QStringLiteral("expected \"hello\"")};
    return finish(r, std::move(h));
}

QJsonObject HelloFrame::toJson() const
{
    return {{QStringLiteral("type"), FrameType::Hello}, {QStringLiteral("token"), token}, {QStringLiteral("since"), since}};
}

QJsonObject eventFrame(const Event &event)
{
    QJsonObject o = event.toJson();
    o.insert(QStringLiteral("type"), FrameType::Event);
    return o;
}

QJsonObject readyFrame(qint64 cursor)
{
    return {{QStringLiteral("type"), FrameType::Ready}, {QStringLiteral("cursor"), cursor}};
}

} // namespace plein::protocol
