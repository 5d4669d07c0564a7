#pragma once
// Decodes a request body into a wire type, mapping failures onto the error contract:
// unparseable JSON -> 400 malformed_json; not an object, missing fields or wrong types ->
// 422 validation_failed naming the field.
#include "http/Reply.h"
#include "protocol/ApiError.h"
#include "protocol/Decoded.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <variant>

namespace plein::server {

Reply validationFailed(const protocol::DecodeError &error);

template<typename T>
std::variant<T, Reply> decodeBody(const QByteArray &body)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Reply::error(400, protocol::ErrorCode::MalformedJson,
                            QStringLiteral("the body is not valid JSON: ") + parseError.errorString());
    if (!doc.isObject()) return validationFailed({QString(), QStringLiteral("expected a JSON object")});
    auto decoded = T::fromJson(doc.object());
    if (!decoded) return validationFailed(decoded.error());
    return std::move(decoded).value();
}

} // namespace plein::server
