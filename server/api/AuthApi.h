#pragma once
// POST /auth/login, /auth/refresh and /auth/logout.
#include "http/ApiRequest.h"
#include "http/Reply.h"

#include <QSqlDatabase>
#include <functional>

namespace plein::server {

class LoginThrottle;
class Sessions;

class AuthApi {
public:
    // `onRevoked` runs after a logout committed, so open streams of that session can close.
    AuthApi(const QSqlDatabase &db, Sessions &sessions, LoginThrottle &throttle,
            std::function<void(qint64 sessionId)> onRevoked);

    Reply login(const ApiRequest &request);
    Reply refresh(const ApiRequest &request);
    Reply logout(const ApiRequest &request);

private:
    QSqlDatabase m_db;
    Sessions &m_sessions;
    LoginThrottle &m_throttle;
    std::function<void(qint64)> m_onRevoked;
};

} // namespace plein::server
