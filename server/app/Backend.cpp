#include "app/Backend.h"
#include "app/CommandLine.h"

namespace plein::server {

Backend::Backend(std::unique_ptr<Database> database, QTcpServer *listener, const ServeOptions &options)
    : m_database(std::move(database)),
      m_changeLog(m_database->handle()),
      m_sessions(m_database->handle(), options.accessTokenTtl),
      m_server(m_sessions),
      m_hub(m_server, m_database->handle(), m_sessions, m_changeLog, options.timing),
      m_auth(m_database->handle(), m_sessions, m_throttle, [this](qint64 sessionId) { m_hub.closeSession(sessionId); }),
      m_account(m_database->handle(), m_changeLog),
      m_feed(m_database->handle()),
      m_posts(m_database->handle(), m_changeLog),
      m_sync(m_database->handle(), m_changeLog)
{
    addRoutes();
    m_server.bind(listener);
}

Backend::~Backend() = default;

void Backend::addRoutes()
{
    using Method = QHttpServerRequest::Method;
    using Access = ApiServer::Access;
    m_server.addRoute(Method::Post, QStringLiteral("/auth/login"), Access::Anyone,
                      [this](const ApiRequest &r) { return m_auth.login(r); });
    m_server.addRoute(Method::Post, QStringLiteral("/auth/refresh"), Access::Anyone,
                      [this](const ApiRequest &r) { return m_auth.refresh(r); });
    m_server.addRoute(Method::Post, QStringLiteral("/auth/logout"), Access::SignedIn,
                      [this](const ApiRequest &r) { return m_auth.logout(r); });
    m_server.addRoute(Method::Get, QStringLiteral("/me"), Access::SignedIn,
                      [this](const ApiRequest &r) { return m_account.me(r); });
    m_server.addRoute(Method::Get, QStringLiteral("/bootstrap"), Access::SignedIn,
                      [this](const ApiRequest &r) { return m_account.bootstrap(r); });
    m_server.addRoute(Method::Get, QStringLiteral("/feed"), Access::SignedIn,
                      [this](const ApiRequest &r) { return m_feed.feed(r); });
    m_server.addRoute(Method::Post, QStringLiteral("/posts"), Access::SignedIn,
                      [this](const ApiRequest &r) { return m_posts.create(r); });
    m_server.addRoute(Method::Get, QStringLiteral("/sync"), Access::SignedIn,
                      [this](const ApiRequest &r) { return m_sync.sync(r); });
}

void Backend::shutdown()
{
    m_hub.closeAll();
}

} // namespace plein::server
