#pragma once
// Chat messages: GET and POST /conversations/{id}/messages, PATCH and DELETE /messages/{id},
// reactions on messages, and read markers (POST /conversations/{id}/read). Only members of
// the conversation get anything but 404.
#include "http/ApiRequest.h"
#include "http/Reply.h"

#include <QSqlDatabase>
#include <functional>

namespace plein::server {

class ChangeLog;

class MessagesApi {
public:
    // `forgetFile` removes an uploaded file's bytes once its row is gone (a deleted message).
    MessagesApi(const QSqlDatabase &db, ChangeLog &changeLog, std::function<void(const QString &)> forgetFile)
        : m_db(db), m_changeLog(changeLog), m_forgetFile(std::move(forgetFile))
    {
    }

    Reply list(const ApiRequest &request);
    Reply create(const ApiRequest &request);
    Reply edit(const ApiRequest &request);
    Reply remove(const ApiRequest &request);
    Reply setReaction(const ApiRequest &request, bool active);
    Reply reactors(const ApiRequest &request);
    Reply markRead(const ApiRequest &request);

    static constexpr int kDefaultLimit = 50;

private:
    QSqlDatabase m_db;
    ChangeLog &m_changeLog;
    std::function<void(const QString &)> m_forgetFile;
    // The newest message's time: each message gets a later one, even within a millisecond, so
    // the order of conversations by activity is the order their messages were sent in.
    qint64 m_lastCreatedAt = 0;
};

} // namespace plein::server
