#pragma once
// Announcements: PUT /posts/{id}/acknowledgement ("read", idempotent) and
// GET /posts/{id}/acknowledgements (who read it and who not: author, community managers, admins).
#include "http/ApiRequest.h"
#include "http/Reply.h"

#include <QSqlDatabase>

namespace plein::server {

class ChangeLog;

class AnnouncementsApi {
public:
    AnnouncementsApi(const QSqlDatabase &db, ChangeLog &changeLog) : m_db(db), m_changeLog(changeLog) {}

    Reply acknowledge(const ApiRequest &request);
    Reply acknowledgements(const ApiRequest &request);

private:
    QSqlDatabase m_db;
    ChangeLog &m_changeLog;
};

} // namespace plein::server
