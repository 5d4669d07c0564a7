#pragma once
// The body of every error response: {"error": {"code", "message", "field"}}.
#include "Decoded.h"

#include <QJsonObject>

namespace plein::protocol {

namespace ErrorCode {
inline const QString MalformedJson = QStringLiteral("malformed_json");         // 400
inline const QString ValidationFailed = QStringLiteral("validation_failed");   // 422
inline const QString Unauthorized = QStringLiteral("unauthorized");            // 401
inline const QString InvalidCredentials = QStringLiteral("invalid_credentials"); // 401
inline const QString Forbidden = QStringLiteral("forbidden");                  // 403
inline const QString NotFound = QStringLiteral("not_found");                   // 404
inline const QString MethodNotAllowed = QStringLiteral("method_not_allowed");  // 405
inline const QString IdConflict = QStringLiteral("id_conflict");               // 409
inline const QString VersionConflict = QStringLiteral("version_conflict");     // 409, body has "current"
inline const QString LastAdmin = QStringLiteral("last_admin");                 // 409
inline const QString DirectConversation = QStringLiteral("direct_conversation"); // 409: members of a 1:1 never change
inline const QString CursorExpired = QStringLiteral("cursor_expired");         // 410
inline const QString PayloadTooLarge = QStringLiteral("payload_too_large");    // 413
inline const QString RateLimited = QStringLiteral("rate_limited");             // 429
inline const QString Internal = QStringLiteral("internal");                    // 500
}

inline constexpr qint64 kMaxRequestBody = 1024 * 1024; // 1 MiB for JSON bodies

struct ApiError {
    QString code;
    QString message;
    QString field; // empty when the error is not about one field
    static Decoded<ApiError> fromJson(const QJsonObject &json); // the whole {"error": {...}} body
    QJsonObject toJson() const;
};

} // namespace plein::protocol
