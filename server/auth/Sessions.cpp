#include "auth/Sessions.h"
#include "auth/Tokens.h"
#include "storage/Sql.h"
#include "storage/UserRows.h"

namespace plein::server {

Sessions::Sessions(const QSqlDatabase &db, qint64 accessTtlSeconds)
    : m_db(db), m_accessTtl(accessTtlSeconds)
{
}

QString Sessions::addAccessToken(qint64 sessionId, qint64 nowMs)
{
    const QString token = tokens::generate();
    sql::execute(m_db, QStringLiteral("INSERT INTO access_tokens (token_hash, session_id, expires_at) VALUES (?, ?, ?)"),
             {tokens::digest(token), sessionId, nowMs + m_accessTtl * 1000});
    return token;
}

IssuedTokens Sessions::start(const QString &userId, qint64 nowMs)
{
    // Expired rows are useless; clearing them here keeps the tables small without a timer.
    sql::execute(m_db, QStringLiteral("DELETE FROM access_tokens WHERE expires_at <= ?"), {nowMs});
    sql::execute(m_db, QStringLiteral("DELETE FROM sessions WHERE refresh_expires_at <= ?"), {nowMs});

    const QString refreshToken = tokens::generate();
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("INSERT INTO sessions (user_id, refresh_hash, refresh_expires_at, created_at) "
                                          "VALUES (?, ?, ?, ?)"),
                           {userId, tokens::digest(refreshToken), nowMs + kRefreshTtlSeconds * 1000, nowMs});
    const qint64 sessionId = q.lastInsertId().toLongLong();
    return {addAccessToken(sessionId, nowMs), refreshToken, m_accessTtl, userId};
}

std::optional<IssuedTokens> Sessions::refresh(const QString &refreshToken, qint64 nowMs)
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT id, user_id FROM sessions WHERE refresh_hash = ? AND refresh_expires_at > ?"),
                           {tokens::digest(refreshToken), nowMs});
    if (!q.next()) return std::nullopt;
    const qint64 sessionId = q.value(0).toLongLong();
    const QString userId = q.value(1).toString();
    const QString rotated = tokens::generate();
    sql::execute(m_db, QStringLiteral("UPDATE sessions SET refresh_hash = ?, refresh_expires_at = ? WHERE id = ?"),
             {tokens::digest(rotated), nowMs + kRefreshTtlSeconds * 1000, sessionId});
    return IssuedTokens{addAccessToken(sessionId, nowMs), rotated, m_accessTtl, userId};
}

std::optional<Caller> Sessions::authenticate(const QString &accessToken, qint64 nowMs) const
{
    qint64 sessionId = 0;
    QString userId;
    {
        sql::Statement q(m_db,
                         QStringLiteral("SELECT s.id, s.user_id FROM access_tokens a JOIN sessions s ON s.id = a.session_id "
                                        "WHERE a.token_hash = ? AND a.expires_at > ?"),
                         {tokens::digest(accessToken), nowMs});
        if (!q.next()) return std::nullopt;
        sessionId = q.value(0).toLongLong();
        userId = q.value(1).toString();
    }
    auto user = users::findById(m_db, userId);
    if (!user) return std::nullopt;
    return Caller{std::move(*user), sessionId};
}

void Sessions::revoke(qint64 sessionId)
{
    sql::execute(m_db, QStringLiteral("DELETE FROM sessions WHERE id = ?"), {sessionId});
}

} // namespace plein::server
