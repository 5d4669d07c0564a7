#pragma once
#include "Decoded.h"
#include "User.h"

#include <QJsonObject>

namespace plein::protocol {

struct LoginRequest {
    QString email;
    QString password;
    static Decoded<LoginRequest> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

struct RefreshRequest {
    QString refreshToken;
    static Decoded<RefreshRequest> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// The answer to login and refresh.
struct Session {
    QString accessToken;
    QString refreshToken;
    qint64 expiresIn = 0; // seconds
    User user;
    static Decoded<Session> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace plein::protocol
