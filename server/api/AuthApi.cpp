#include "api/AuthApi.h"
#include "auth/LoginThrottle.h"
#include "auth/PasswordHash.h"
#include "auth/Sessions.h"
#include "http/JsonBody.h"
#include "protocol/ApiError.h"
#include "protocol/Auth.h"
#include "storage/Transaction.h"
#include "storage/UserRows.h"

#include <QDateTime>

namespace plein::server {

namespace {

Reply sessionReply(const IssuedTokens &issued, const protocol::User &user)
{
    return Reply::json(200, protocol::Session{issued.accessToken, issued.refreshToken, issued.expiresIn, user}.toJson());
}

} // namespace

AuthApi::AuthApi(const QSqlDatabase &db, Sessions &sessions, LoginThrottle &throttle,
                 std::function<void(qint64)> onRevoked)
    : m_db(db), m_sessions(sessions), m_throttle(throttle), m_onRevoked(std::move(onRevoked))
{
}

Reply AuthApi::login(const ApiRequest &request)
{
    auto decoded = decodeBody<protocol::LoginRequest>(request.body);
    if (auto *refused = std::get_if<Reply>(&decoded)) return *refused;
    const auto &login = std::get<protocol::LoginRequest>(decoded);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    if (const auto wait = m_throttle.retryAfter(login.email, now)) {
        return Reply::error(429, protocol::ErrorCode::RateLimited,
                            QStringLiteral("too many failed sign-ins; try again in %1 s").arg(*wait))
            .withHeader("Retry-After", QByteArray::number(*wait));
    }

    const auto account = users::findByEmail(m_db, login.email);
    bool accepted = false;
    if (account)
        accepted = password::verify(account->passwordHash, login.password);
    else
        password::verifyAgainstDummy(login.password);
    if (!accepted) {
        m_throttle.recordFailure(login.email, now);
        return Reply::error(401, protocol::ErrorCode::InvalidCredentials, QStringLiteral("wrong email or password"));
    }
    m_throttle.recordSuccess(login.email);

    Transaction tx(m_db, Transaction::Kind::Write);
    const IssuedTokens issued = m_sessions.start(account->user.id, now);
    tx.commit();
    return sessionReply(issued, account->user);
}

Reply AuthApi::refresh(const ApiRequest &request)
{
    auto decoded = decodeBody<protocol::RefreshRequest>(request.body);
    if (auto *refused = std::get_if<Reply>(&decoded)) return *refused;
    const auto &body = std::get<protocol::RefreshRequest>(decoded);

    Transaction tx(m_db, Transaction::Kind::Write);
    const auto issued = m_sessions.refresh(body.refreshToken, QDateTime::currentMSecsSinceEpoch());
    const auto user = issued ? users::findById(m_db, issued->userId) : std::nullopt;
    if (!issued || !user) {
        return Reply::error(401, protocol::ErrorCode::Unauthorized,
                            QStringLiteral("the refresh token is unknown, used or expired"));
    }
    tx.commit();
    return sessionReply(*issued, *user);
}

Reply AuthApi::logout(const ApiRequest &request)
{
    const qint64 sessionId = request.signedIn().sessionId;
    Transaction tx(m_db, Transaction::Kind::Write);
    m_sessions.revoke(sessionId);
    tx.commit();
    if (m_onRevoked) m_onRevoked(sessionId);
    return Reply::noContent();
}

} // namespace plein::server
