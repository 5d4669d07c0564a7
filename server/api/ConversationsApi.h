#pragma once
// Chat conversations: GET and POST /conversations, GET and PATCH /conversations/{id},
// PUT and DELETE /conversations/{id}/members/{userId}, PUT and DELETE /conversations/{id}/mute.
// Everything about a conversation answers 404 to whoever is not a member of it.
#include "http/ApiRequest.h"
#include "http/Reply.h"

#include <QSqlDatabase>

namespace plein::server {

class ChangeLog;

class ConversationsApi {
public:
    ConversationsApi(const QSqlDatabase &db, ChangeLog &changeLog) : m_db(db), m_changeLog(changeLog) {}

    Reply list(const ApiRequest &request);
    Reply get(const ApiRequest &request);
    Reply create(const ApiRequest &request);
    Reply edit(const ApiRequest &request);
    Reply addMember(const ApiRequest &request);
    Reply removeMember(const ApiRequest &request);
    Reply setMuted(const ApiRequest &request, bool muted);

private:
    QSqlDatabase m_db;
    ChangeLog &m_changeLog;
};

} // namespace plein::server
