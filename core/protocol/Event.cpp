#include "Event.h"
#include "JsonReader.h"

namespace plein::protocol {

Decoded<Event> Event::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Event e;
    e.seq = r.integer("seq", 1);
    e.prev = r.integer("prev");
    e.name = r.string("name", 100);
    e.data = r.object("data");
    if (!r.failed() && e.prev >= e.seq)
        return DecodeError{QStringLiteral("prev"), QStringLiteral("must be lower than seq")};
    return finish(r, std::move(e));
}

QJsonObject Event::toJson() const
{
    return {
        {QStringLiteral("seq"), seq},
        {QStringLiteral("prev"), prev},
        {QStringLiteral("name"), name},
        {QStringLiteral("data"), data},
    };
}

} // namespace plein::protocol
