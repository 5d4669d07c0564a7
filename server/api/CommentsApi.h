#pragma once
// Comments: GET and POST /posts/{id}/comments, PATCH and DELETE /comments/{id}. Whoever may
// read a post may comment on it; authors edit their comments, authors and the post's
// moderators delete them.
#include "http/ApiRequest.h"
#include "http/Reply.h"

#include <QSqlDatabase>

namespace plein::server {

class ChangeLog;

class CommentsApi {
public:
    CommentsApi(const QSqlDatabase &db, ChangeLog &changeLog) : m_db(db), m_changeLog(changeLog) {}

    Reply list(const ApiRequest &request);
    Reply create(const ApiRequest &request);
    Reply edit(const ApiRequest &request);
    Reply remove(const ApiRequest &request);

    static constexpr int kDefaultLimit = 50;
    static constexpr int kMaxLimit = 200;

private:
    QSqlDatabase m_db;
    ChangeLog &m_changeLog;
};

} // namespace plein::server
