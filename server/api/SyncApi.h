#pragma once
// GET /sync: catch-up over REST from a change-log cursor.
#include "http/ApiRequest.h"
#include "http/Reply.h"

#include <QSqlDatabase>

namespace plein::server {

class ChangeLog;

class SyncApi {
public:
    SyncApi(const QSqlDatabase &db, const ChangeLog &changeLog) : m_db(db), m_changeLog(changeLog) {}
    Reply sync(const ApiRequest &request);

    static constexpr int kDefaultLimit = 500;

private:
    QSqlDatabase m_db;
    const ChangeLog &m_changeLog;
};

} // namespace plein::server
