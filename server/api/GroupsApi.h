#pragma once
// Groups themselves: GET /groups (mine or discover, with a query), POST /groups, GET and
// PATCH /groups/{id}, and a group's posts, GET /groups/{id}/posts.
#include "http/ApiRequest.h"
#include "http/Reply.h"

#include <QSqlDatabase>

namespace plein::server {

class ChangeLog;

class GroupsApi {
public:
    GroupsApi(const QSqlDatabase &db, ChangeLog &changeLog) : m_db(db), m_changeLog(changeLog) {}

    Reply list(const ApiRequest &request);
    Reply create(const ApiRequest &request);
    Reply get(const ApiRequest &request);
    Reply edit(const ApiRequest &request);
    Reply posts(const ApiRequest &request);

private:
    QSqlDatabase m_db;
    ChangeLog &m_changeLog;
};

} // namespace plein::server
