#pragma once
// Who is in a group: GET /groups/{id}/members; joining and leaving, PUT and DELETE
// /groups/{id}/membership; an admin's decisions: GET /groups/{id}/requests,
// POST .../requests/{userId}/approve|decline, PUT and DELETE /groups/{id}/members/{userId}.
#include "http/ApiRequest.h"
#include "http/Reply.h"
#include "storage/ChangeLog.h"

#include <QSqlDatabase>

namespace plein::server {

class MembershipApi {
public:
    MembershipApi(const QSqlDatabase &db, ChangeLog &changeLog) : m_db(db), m_changeLog(changeLog) {}

    Reply members(const ApiRequest &request);
    Reply join(const ApiRequest &request);
    Reply leave(const ApiRequest &request);
    Reply requests(const ApiRequest &request);
    Reply approve(const ApiRequest &request);
    Reply decline(const ApiRequest &request);
    Reply invite(const ApiRequest &request);
    Reply remove(const ApiRequest &request);

private:
    // Logs membership.changed for the group's members (admins see requests come and go) and,
    // when the user is not a member afterwards, for the user too.
    void logState(QList<LoggedEvent> &events, const QString &groupId, const QString &userId, const QString &state, qint64 at);
    void logRemoval(QList<LoggedEvent> &events, const QString &groupId, const QString &userId, const QString &reason, qint64 at);
    Reply decide(const ApiRequest &request, bool approve);

    QSqlDatabase m_db;
    ChangeLog &m_changeLog;
};

} // namespace plein::server
