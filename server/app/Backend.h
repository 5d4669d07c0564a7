#pragma once
// Everything a serving plein-server is made of, wired together: storage, sessions, the HTTP
// routes and the WebSocket stream. Owns them in dependency order, so destruction is orderly.
#include "api/AccountApi.h"
#include "api/AnnouncementsApi.h"
#include "api/AuthApi.h"
#include "api/CommentsApi.h"
#include "api/ConversationsApi.h"
#include "api/FeedApi.h"
#include "api/FilesApi.h"
#include "api/GroupsApi.h"
#include "api/MembershipApi.h"
#include "api/MessagesApi.h"
#include "api/PostsApi.h"
#include "api/ReactionsApi.h"
#include "api/SyncApi.h"
#include "api/UsersApi.h"
#include "files/FileStore.h"
#include "auth/LoginThrottle.h"
#include "auth/Sessions.h"
#include "http/ApiServer.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "stream/StreamHub.h"

#include <QTcpServer>
#include <memory>

namespace plein::server {

struct ServeOptions;

class Backend {
public:
    // `listener` must already be listening; the HTTP server takes it over.
    Backend(std::unique_ptr<Database> database, QTcpServer *listener, const ServeOptions &options);
    ~Backend();

    void shutdown();

private:
    void addRoutes();
    void addGroupRoutes();
    void addContentRoutes();
    void addChatRoutes();

    std::unique_ptr<Database> m_database;
    ChangeLog m_changeLog;
    Sessions m_sessions;
    LoginThrottle m_throttle;
    ApiServer m_server;
    StreamHub m_hub;
    AuthApi m_auth;
    AccountApi m_account;
    FeedApi m_feed;
    FileStore m_fileStore;
    PostsApi m_posts;
    SyncApi m_sync;
    GroupsApi m_groups;
    MembershipApi m_memberships;
    CommentsApi m_comments;
    ReactionsApi m_reactions;
    AnnouncementsApi m_announcements;
    FilesApi m_filesApi;
    UsersApi m_users;
    ConversationsApi m_conversations;
    MessagesApi m_messages;
};

} // namespace plein::server
