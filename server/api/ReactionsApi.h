#pragma once
// Reactions: PUT and DELETE /posts/{id}/reactions/{kind} and /comments/{id}/reactions/{kind}
// (idempotent), GET /posts/{id}/reactions and /comments/{id}/reactions ("who reacted").
#include "http/ApiRequest.h"
#include "http/Reply.h"
#include "storage/ReactionRows.h"

#include <QSqlDatabase>

namespace plein::server {

class ChangeLog;

class ReactionsApi {
public:
    ReactionsApi(const QSqlDatabase &db, ChangeLog &changeLog) : m_db(db), m_changeLog(changeLog) {}

    Reply set(const ApiRequest &request, reactions::Target target, bool active);
    Reply who(const ApiRequest &request, reactions::Target target);

private:
    struct Resolved {
        QString id;
        QString postId;
        QString groupId;
    };
    // The target when the caller may read it.
    std::optional<Resolved> resolve(const ApiRequest &request, reactions::Target target);

    QSqlDatabase m_db;
    ChangeLog &m_changeLog;
};

} // namespace plein::server
