#pragma once
// Sign-in sessions. A session holds one refresh token (rotated on every refresh; the old one
// stops working) and any number of short-lived access tokens. Revoking the session ends both.
#include "protocol/Auth.h"

#include <QSqlDatabase>
#include <optional>

namespace plein::server {

struct Caller {
    protocol::User user;
    qint64 sessionId = 0;
};

struct IssuedTokens {
    QString accessToken;
    QString refreshToken;
    qint64 expiresIn = 0; // seconds
    QString userId;
};

class Sessions {
public:
    Sessions(const QSqlDatabase &db, qint64 accessTtlSeconds);

    qint64 accessTtlSeconds() const { return m_accessTtl; }

    // These run inside the caller's transaction.
    IssuedTokens start(const QString &userId, qint64 nowMs);
    // nullopt when the refresh token is unknown, already used or expired.
    std::optional<IssuedTokens> refresh(const QString &refreshToken, qint64 nowMs);
    // nullopt when the access token is unknown, revoked or expired.
    std::optional<Caller> authenticate(const QString &accessToken, qint64 nowMs) const;
    void revoke(qint64 sessionId);

    static constexpr qint64 kRefreshTtlSeconds = 30LL * 24 * 3600;

private:
    QString addAccessToken(qint64 sessionId, qint64 nowMs);
    QSqlDatabase m_db;
    qint64 m_accessTtl;
};

} // namespace plein::server
