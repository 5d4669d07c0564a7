#include "app/Backend.h"
#include "app/CommandLine.h"
#include "protocol/Attachment.h"

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
      m_fileStore(options.dataDir),
      m_posts(m_database->handle(), m_changeLog, [this](const QString &fileId) { m_fileStore.remove(fileId); }),
      m_sync(m_database->handle(), m_changeLog),
      m_groups(m_database->handle(), m_changeLog),
      m_memberships(m_database->handle(), m_changeLog),
      m_comments(m_database->handle(), m_changeLog),
      m_reactions(m_database->handle(), m_changeLog),
      m_announcements(m_database->handle(), m_changeLog),
      m_filesApi(m_database->handle(), m_fileStore),
      m_users(m_database->handle()),
      m_conversations(m_database->handle(), m_changeLog),
      m_messages(m_database->handle(), m_changeLog, [this](const QString &fileId) { m_fileStore.remove(fileId); })
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
    addGroupRoutes();
    addContentRoutes();
    addChatRoutes();
}

void Backend::addGroupRoutes()
{
    using Method = QHttpServerRequest::Method;
    const auto route = [this](Method method, const char *path, Reply (*call)(Backend &, const ApiRequest &)) {
        m_server.addRoute(method, QString::fromLatin1(path), ApiServer::Access::SignedIn,
                          [this, call](const ApiRequest &r) { return call(*this, r); });
    };
    route(Method::Get, "/groups", [](Backend &b, const ApiRequest &r) { return b.m_groups.list(r); });
    route(Method::Post, "/groups", [](Backend &b, const ApiRequest &r) { return b.m_groups.create(r); });
    route(Method::Get, "/groups/{id}", [](Backend &b, const ApiRequest &r) { return b.m_groups.get(r); });
    route(Method::Patch, "/groups/{id}", [](Backend &b, const ApiRequest &r) { return b.m_groups.edit(r); });
    route(Method::Get, "/groups/{id}/posts", [](Backend &b, const ApiRequest &r) { return b.m_groups.posts(r); });
    route(Method::Get, "/groups/{id}/members", [](Backend &b, const ApiRequest &r) { return b.m_memberships.members(r); });
    route(Method::Put, "/groups/{id}/membership", [](Backend &b, const ApiRequest &r) { return b.m_memberships.join(r); });
    route(Method::Delete, "/groups/{id}/membership", [](Backend &b, const ApiRequest &r) { return b.m_memberships.leave(r); });
    route(Method::Get, "/groups/{id}/requests", [](Backend &b, const ApiRequest &r) { return b.m_memberships.requests(r); });
    route(Method::Post, "/groups/{id}/requests/{userId}/approve",
          [](Backend &b, const ApiRequest &r) { return b.m_memberships.approve(r); });
    route(Method::Post, "/groups/{id}/requests/{userId}/decline",
          [](Backend &b, const ApiRequest &r) { return b.m_memberships.decline(r); });
    route(Method::Put, "/groups/{id}/members/{userId}", [](Backend &b, const ApiRequest &r) { return b.m_memberships.invite(r); });
    route(Method::Delete, "/groups/{id}/members/{userId}", [](Backend &b, const ApiRequest &r) { return b.m_memberships.remove(r); });
    route(Method::Get, "/users", [](Backend &b, const ApiRequest &r) { return b.m_users.search(r); });
}

void Backend::addContentRoutes()
{
    using Method = QHttpServerRequest::Method;
    using Target = reactions::Target;
    const auto route = [this](Method method, const char *path, Reply (*call)(Backend &, const ApiRequest &)) {
        m_server.addRoute(method, QString::fromLatin1(path), ApiServer::Access::SignedIn,
                          [this, call](const ApiRequest &r) { return call(*this, r); });
    };
    route(Method::Patch, "/posts/{id}", [](Backend &b, const ApiRequest &r) { return b.m_posts.edit(r); });
    route(Method::Delete, "/posts/{id}", [](Backend &b, const ApiRequest &r) { return b.m_posts.remove(r); });
    route(Method::Get, "/posts/{id}/comments", [](Backend &b, const ApiRequest &r) { return b.m_comments.list(r); });
    route(Method::Post, "/posts/{id}/comments", [](Backend &b, const ApiRequest &r) { return b.m_comments.create(r); });
    route(Method::Patch, "/comments/{id}", [](Backend &b, const ApiRequest &r) { return b.m_comments.edit(r); });
    route(Method::Delete, "/comments/{id}", [](Backend &b, const ApiRequest &r) { return b.m_comments.remove(r); });
    route(Method::Put, "/posts/{id}/reactions/{kind}",
          [](Backend &b, const ApiRequest &r) { return b.m_reactions.set(r, Target::Post, true); });
    route(Method::Delete, "/posts/{id}/reactions/{kind}",
          [](Backend &b, const ApiRequest &r) { return b.m_reactions.set(r, Target::Post, false); });
    route(Method::Get, "/posts/{id}/reactions", [](Backend &b, const ApiRequest &r) { return b.m_reactions.who(r, Target::Post); });
    route(Method::Put, "/comments/{id}/reactions/{kind}",
          [](Backend &b, const ApiRequest &r) { return b.m_reactions.set(r, Target::Comment, true); });
    route(Method::Delete, "/comments/{id}/reactions/{kind}",
          [](Backend &b, const ApiRequest &r) { return b.m_reactions.set(r, Target::Comment, false); });
    route(Method::Get, "/comments/{id}/reactions",
          [](Backend &b, const ApiRequest &r) { return b.m_reactions.who(r, Target::Comment); });
    route(Method::Put, "/posts/{id}/acknowledgement",
          [](Backend &b, const ApiRequest &r) { return b.m_announcements.acknowledge(r); });
    route(Method::Get, "/posts/{id}/acknowledgements",
          [](Backend &b, const ApiRequest &r) { return b.m_announcements.acknowledgements(r); });
    route(Method::Get, "/files/{id}", [](Backend &b, const ApiRequest &r) { return b.m_filesApi.download(r); });
    route(Method::Get, "/files/{id}/thumbnail", [](Backend &b, const ApiRequest &r) { return b.m_filesApi.thumbnail(r); });
    // Uploads are raw bytes with their own, larger limit.
    m_server.addRoute(Method::Post, QStringLiteral("/files"), ApiServer::Access::SignedIn,
                      [this](const ApiRequest &r) { return m_filesApi.upload(r); }, protocol::kMaxUploadSize);
}

void Backend::addChatRoutes()
{
    using Method = QHttpServerRequest::Method;
    const auto route = [this](Method method, const char *path, Reply (*call)(Backend &, const ApiRequest &)) {
        m_server.addRoute(method, QString::fromLatin1(path), ApiServer::Access::SignedIn,
                          [this, call](const ApiRequest &r) { return call(*this, r); });
    };
    route(Method::Get, "/conversations", [](Backend &b, const ApiRequest &r) { return b.m_conversations.list(r); });
    route(Method::Post, "/conversations", [](Backend &b, const ApiRequest &r) { return b.m_conversations.create(r); });
    route(Method::Get, "/conversations/{id}", [](Backend &b, const ApiRequest &r) { return b.m_conversations.get(r); });
    route(Method::Patch, "/conversations/{id}", [](Backend &b, const ApiRequest &r) { return b.m_conversations.edit(r); });
    route(Method::Put, "/conversations/{id}/members/{userId}",
          [](Backend &b, const ApiRequest &r) { return b.m_conversations.addMember(r); });
    route(Method::Delete, "/conversations/{id}/members/{userId}",
          [](Backend &b, const ApiRequest &r) { return b.m_conversations.removeMember(r); });
    route(Method::Put, "/conversations/{id}/mute", [](Backend &b, const ApiRequest &r) { return b.m_conversations.setMuted(r, true); });
    route(Method::Delete, "/conversations/{id}/mute",
          [](Backend &b, const ApiRequest &r) { return b.m_conversations.setMuted(r, false); });
    route(Method::Get, "/conversations/{id}/messages", [](Backend &b, const ApiRequest &r) { return b.m_messages.list(r); });
    route(Method::Post, "/conversations/{id}/messages", [](Backend &b, const ApiRequest &r) { return b.m_messages.create(r); });
    route(Method::Post, "/conversations/{id}/read", [](Backend &b, const ApiRequest &r) { return b.m_messages.markRead(r); });
    route(Method::Patch, "/messages/{id}", [](Backend &b, const ApiRequest &r) { return b.m_messages.edit(r); });
    route(Method::Delete, "/messages/{id}", [](Backend &b, const ApiRequest &r) { return b.m_messages.remove(r); });
    route(Method::Put, "/messages/{id}/reactions/{kind}",
          [](Backend &b, const ApiRequest &r) { return b.m_messages.setReaction(r, true); });
    route(Method::Delete, "/messages/{id}/reactions/{kind}",
          [](Backend &b, const ApiRequest &r) { return b.m_messages.setReaction(r, false); });
    route(Method::Get, "/messages/{id}/reactions", [](Backend &b, const ApiRequest &r) { return b.m_messages.reactors(r); });
}

void Backend::shutdown()
{
    m_hub.closeAll();
}

} // namespace plein::server
