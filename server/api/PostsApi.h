#pragma once
// Posts: POST /posts (idempotent create with a client-chosen id, announcements, attachments),
// PATCH and DELETE /posts/{id}.
#include "http/ApiRequest.h"
#include "http/Reply.h"

#include <QSqlDatabase>
#include <functional>

namespace plein::server {

class ChangeLog;

class PostsApi {
public:
    // `forgetFile` removes an uploaded file's bytes once its row is gone (a deleted post).
    PostsApi(const QSqlDatabase &db, ChangeLog &changeLog, std::function<void(const QString &)> forgetFile)
        : m_db(db), m_changeLog(changeLog), m_forgetFile(std::move(forgetFile))
    {
    }
    Reply create(const ApiRequest &request);
    Reply edit(const ApiRequest &request);
    Reply remove(const ApiRequest &request);

private:
    QSqlDatabase m_db;
    ChangeLog &m_changeLog;
    std::function<void(const QString &)> m_forgetFile;
};

} // namespace plein::server
