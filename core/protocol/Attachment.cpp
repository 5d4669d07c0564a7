#include "Attachment.h"
#include "JsonReader.h"

namespace plein::protocol {

Decoded<Attachment> Attachment::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Attachment a;
    a.id = r.string("id", 64);
    a.name = r.string("name", 255);
    a.mime = r.string("mime", 200);
    a.url = r.string("url", 2000);
    a.thumbnailUrl = r.optionalString("thumbnailUrl", 2000);
    a.size = r.integer("size");
    a.width = r.optionalInteger("width", 0);
    a.height = r.optionalInteger("height", 0);
    return finish(r, std::move(a));
}

QJsonObject Attachment::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("mime"), mime},
        {QStringLiteral("url"), url},
        {QStringLiteral("thumbnailUrl"), thumbnailUrl.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(thumbnailUrl)},
        {QStringLiteral("size"), size},
    };
    if (width > 0 || height > 0) {
        o.insert(QStringLiteral("width"), width);
        o.insert(QStringLiteral("height"), height);
    }
    return o;
}

} // namespace plein::protocol
