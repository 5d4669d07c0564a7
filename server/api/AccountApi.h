#pragma once
// GET /me and GET /bootstrap.
#include "http/ApiRequest.h"
#include "http/Reply.h"

#include <QSqlDatabase>

namespace plein::server {

class ChangeLog;

class AccountApi {
public:
    AccountApi(const QSqlDatabase &db, const ChangeLog &changeLog) : m_db(db), m_changeLog(changeLog) {}

    Reply me(const ApiRequest &request);
    Reply bootstrap(const ApiRequest &request);

private:
    QSqlDatabase m_db;
    const ChangeLog &m_changeLog;
};

} // namespace plein::server
