#include "api/PostsApi.h"
#include "http/JsonBody.h"
#include "protocol/ApiError.h"
#include "protocol/Event.h"
#include "protocol/Post.h"
#include "storage/ChangeLog.h"
#include "storage/GroupRows.h"
#include "storage/PostRows.h"
#include "storage/Transaction.h"

#include <QDateTime>

namespace plein::server {

namespace {

bool mayPostToEveryone(const protocol::User &user)
{
    return user.role == protocol::Role::CommunityManager || user.role == protocol::Role::Admin;
}

// Why `user` may not post into `groupId`, or nullopt when they may.
std::optional<Reply> refusal(const QSqlDatabase &db, const protocol::User &user, const QString &groupId)
{
    const QString field = QStringLiteral("groupId");
    if (groupId.isEmpty()) {
        if (mayPostToEveryone(user)) return std::nullopt;
        return Reply::error(403, protocol::ErrorCode::Forbidden,
                            QStringLiteral("only community managers and admins post to everyone"), field);
    }
    const auto group = groups::findById(db, groupId);
    const bool member = group && groups::isMember(db, user.id, groupId);
    // A secret group does not exist for outsiders, so they get the same answer as for a typo.
    if (!group || (group->visibility == protocol::Visibility::Secret && !member))
        return Reply::error(404, protocol::ErrorCode::NotFound, QStringLiteral("no such group"), field);
    if (!member)
        return Reply::error(403, protocol::ErrorCode::Forbidden, QStringLiteral("you are not a member of this group"), field);
    return std::nullopt;
}

} // namespace

Reply PostsApi::create(const ApiRequest &request)
{
    auto decoded = decodeBody<protocol::NewPost>(request.body);
    if (auto *refused = std::get_if<Reply>(&decoded)) return *refused;
    const auto &draft = std::get<protocol::NewPost>(decoded);
    const protocol::User &author = request.signedIn().user;
    // Ids compare case-insensitively; storing one spelling keeps a retry from becoming a twin.
    const QString id = draft.id.toLower();
    const QString groupId = draft.groupId.toLower();

    Transaction tx(m_db, Transaction::Kind::Write);
    // A repeat is answered before any permission check: a retried create must get the stored
    // post back even if the author's memberships changed in between.
    if (const auto existing = posts::findById(m_db, id)) {
        if (existing->authorId != author.id)
            return Reply::error(409, protocol::ErrorCode::IdConflict, QStringLiteral("this id is already taken"),
                                QStringLiteral("id"));
        return Reply::json(200, existing->toJson());
    }
    if (auto refused = refusal(m_db, author, groupId)) return *refused;

    protocol::Post post;
    post.id = id;
    post.authorId = author.id;
    post.groupId = groupId;
    post.body = draft.body;
    post.createdAt = QDateTime::currentMSecsSinceEpoch();
    post.version = 1;
    posts::insert(m_db, post);
    const protocol::Post stored = posts::findById(m_db, id).value();
    const LoggedEvent event = m_changeLog.append(groupId.isEmpty() ? Scope::org() : Scope::group(groupId),
                                                 protocol::EventName::PostCreated, id, stored.version,
                                                 stored.toEventJson(), stored.createdAt);
    tx.commit();
    m_changeLog.announce(event);
    return Reply::json(201, stored.toJson());
}

} // namespace plein::server
