#include "ApiError.h"
#include "JsonReader.h"

namespace plein::protocol {

Decoded<ApiError> ApiError::fromJson(const QJsonObject &json)
{
    JsonReader outer(json);
    const QJsonObject inner = outer.object("error");
    if (outer.failed()) return outer.error();
    JsonReader r(inner);
    ApiError e;
    e.code = r.string("code", 100);
    e.message = r.optionalString("message", 2000);
    e.field = r.optionalString("field", 200);
    if (r.failed()) return r.error().within(QStringLiteral("error"));
    return e;
}

QJsonObject ApiError::toJson() const
{
    QJsonObject inner{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!field.isEmpty()) inner.insert(QStringLiteral("field"), field);
    return {{QStringLiteral("error"), inner}};
}

} // namespace plein::protocol
