#pragma once
// POST /posts: create a post with a client-chosen id, idempotently.
#include "http/ApiRequest.h"
#include "http/Reply.h"

#include <QSqlDatabase>

namespace plein::server {

class ChangeLog;

class PostsApi {
public:
    PostsApi(const QSqlDatabase &db, ChangeLog &changeLog) : m_db(db), m_changeLog(changeLog) {}
    Reply create(const ApiRequest &request);

private:
    QSqlDatabase m_db;
    ChangeLog &m_changeLog;
};

} // namespace plein::server
