#include "Acknowledgement.h"
#include "JsonReader.h"
#include "WireLists.h"

namespace plein::protocol {

Decoded<Acknowledgements> Acknowledgements::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Acknowledgements a;
    a.readCount = r.integer("readCount");
    a.audienceCount = r.integer("audienceCount");
    a.read = r.list<UserRef>("read");
    a.unread = r.list<UserRef>("unread");
    return finish(r, std::move(a));
}

QJsonObject Acknowledgements::toJson() const
{
    return {
        {QStringLiteral("readCount"), readCount},
        {QStringLiteral("audienceCount"), audienceCount},
        {QStringLiteral("read"), toJsonArray(read)},
        {QStringLiteral("unread"), toJsonArray(unread)},
    };
}

Decoded<AcknowledgementState> AcknowledgementState::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    AcknowledgementState s;
    s.readCount = r.integer("readCount");
    return finish(r, std::move(s));
}

QJsonObject AcknowledgementState::toJson() const
{
    return {{QStringLiteral("readCount"), readCount}};
}

Decoded<AnnouncementRead> AnnouncementRead::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    AnnouncementRead a;
    a.postId = r.string("postId", 64);
    a.userId = r.string("userId", 64);
    a.readCount = r.integer("readCount");
    return finish(r, std::move(a));
}

QJsonObject AnnouncementRead::toJson() const
{
    return {{QStringLiteral("postId"), postId}, {QStringLiteral("userId"), userId}, {QStringLiteral("readCount"), readCount}};
}

} // namespace plein::protocol
