#include "api/PostsApi.h"
#include "access/PostAccess.h"
#include "api/Refusals.h"
#include "http/JsonBody.h"
#include "protocol/ApiError.h"
#include "protocol/Event.h"
#include "protocol/Post.h"
#include "storage/ChangeLog.h"
#include "storage/FileRows.h"
#include "storage/PostRows.h"
#include "storage/Transaction.h"

#include <QDateTime>

namespace plein::server {

namespace {

// Why `user` may not post into `groupId`, or nullopt when they may.
std::optional<Reply> refusal(const QSqlDatabase &db, const protocol::User &user, const QString &groupId)
{
    const QString field = QStringLiteral("groupId");
    if (groupId.isEmpty()) {
        if (mayPostToEveryone(user)) return std::nullopt;
        return refuse::forbidden(QStringLiteral("only community managers and admins post to everyone"), field);
    }
    const GroupAccess access = groupAccess(db, user, groupId);
    // A secret group does not exist for outsiders, so they get the same answer as for a typo.
    if (!access.known()) return refuse::notFound(QStringLiteral("group"), field);
    if (!access.isMember()) return refuse::forbidden(QStringLiteral("you are not a member of this group"), field);
    return std::nullopt;
}

// Each attachment must be a file the author uploaded that no post holds yet.
std::optional<Reply> attachmentRefusal(const QSqlDatabase &db, const QString &authorId, const QStringList &ids)
{
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString field = QStringLiteral("attachmentIds[%1]").arg(i);
        const auto file = files::find(db, ids.at(i).toLower());
        if (!file || file->uploaderId != authorId) return refuse::notFound(QStringLiteral("file"), field);
        if (!file->postId.isEmpty() || !file->messageId.isEmpty())
            return refuse::invalid(field, QStringLiteral("is already attached to a post or message"));
        if (ids.mid(0, i).contains(ids.at(i), Qt::CaseInsensitive)) return refuse::invalid(field, QStringLiteral("is listed twice"));
    }
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
    if (const auto existing = posts::findById(m_db, id, author.id)) {
        if (existing->authorId != author.id) return refuse::idTaken();
        return Reply::json(200, existing->toJson());
    }
    if (auto refused = refusal(m_db, author, groupId)) return *refused;
    if (draft.announcement && !mayPostToEveryone(author))
        return refuse::forbidden(QStringLiteral("only community managers and admins make announcements"),
                                 QStringLiteral("announcement"));
    if (auto refused = attachmentRefusal(m_db, author.id, draft.attachmentIds)) return *refused;

    protocol::Post post;
    post.id = id;
    post.authorId = author.id;
    post.groupId = groupId;
    post.body = draft.body;
    post.createdAt = QDateTime::currentMSecsSinceEpoch();
    post.version = 1;
    post.announcement = draft.announcement;
    posts::insert(m_db, post);
    for (qsizetype i = 0; i < draft.attachmentIds.size(); ++i) files::attach(m_db, draft.attachmentIds.at(i).toLower(), id, int(i));
    const protocol::Post stored = posts::findById(m_db, id, author.id).value();
    const LoggedEvent event = m_changeLog.append(scopeOfPost(groupId), protocol::EventName::PostCreated, id,
                                                 stored.version, stored.toEventJson(), stored.createdAt);
    tx.commit();
    m_changeLog.announce(event);
    return Reply::json(201, stored.toJson());
}

Reply PostsApi::edit(const ApiRequest &request)
{
    auto decoded = decodeBody<protocol::PostEdit>(request.body);
    if (auto *refused = std::get_if<Reply>(&decoded)) return *refused;
    const auto &change = std::get<protocol::PostEdit>(decoded);
    const protocol::User &me = request.signedIn().user;

    Transaction tx(m_db, Transaction::Kind::Write);
    const PostAccess access = postAccess(m_db, me, request.idParam(QStringLiteral("id")));
    if (!access.post) return refuse::notFound(QStringLiteral("post"));
    if (!access.mayChange(access.post->authorId, me))
        return refuse::forbidden(QStringLiteral("only the author or an admin edits this post"));
    if (change.version != access.post->version) return refuse::staleVersion(access.post->toJson());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    posts::updateBody(m_db, access.post->id, change.body, now, access.post->version + 1);
    const protocol::Post stored = posts::findById(m_db, access.post->id, me.id).value();
    const LoggedEvent event = m_changeLog.append(scopeOfPost(stored.groupId), protocol::EventName::PostUpdated, stored.id,
                                                 stored.version, stored.toEventJson(), now);
    tx.commit();
    m_changeLog.announce(event);
    return Reply::json(200, stored.toJson());
}

Reply PostsApi::remove(const ApiRequest &request)
{
    const protocol::User &me = request.signedIn().user;
    Transaction tx(m_db, Transaction::Kind::Write);
    const PostAccess access = postAccess(m_db, me, request.idParam(QStringLiteral("id")));
    if (!access.post) return refuse::notFound(QStringLiteral("post"));
    if (!access.mayChange(access.post->authorId, me))
        return refuse::forbidden(QStringLiteral("only the author or an admin deletes this post"));
    const QStringList fileIds = files::idsForPost(m_db, access.post->id);
    // Comments, reactions, acknowledgements and file rows go with it (ON DELETE CASCADE).
    posts::remove(m_db, access.post->id);
    const LoggedEvent event = m_changeLog.append(
        scopeOfPost(access.post->groupId), protocol::EventName::PostDeleted, access.post->id, access.post->version + 1,
        protocol::PostRemoval{access.post->id, access.post->groupId}.toJson(), QDateTime::currentMSecsSinceEpoch());
    tx.commit();
    for (const QString &fileId : fileIds) m_forgetFile(fileId);
    m_changeLog.announce(event);
    return Reply::noContent();
}

} // namespace plein::server
