#include "api/CommentsApi.h"
#include "access/PostAccess.h"
#include "api/Refusals.h"
#include "http/JsonBody.h"
#include "http/QueryParams.h"
#include "protocol/Comment.h"
#include "protocol/Event.h"
#include "storage/ChangeLog.h"
#include "storage/CommentRows.h"
#include "storage/Transaction.h"

#include <QDateTime>

namespace plein::server {

Reply CommentsApi::list(const ApiRequest &request)
{
    const auto limit = integerParam(request.query, QStringLiteral("limit"), kDefaultLimit, 1, kMaxLimit);
    if (auto *refused = std::get_if<Reply>(&limit)) return *refused;
    const protocol::User &me = request.signedIn().user;
    const QString after = request.query.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded).toLower();

    Transaction snapshot(m_db, Transaction::Kind::Read);
    const PostAccess access = postAccess(m_db, me, request.idParam(QStringLiteral("id")));
    if (!access.post) return refuse::notFound(QStringLiteral("post"));
    std::optional<comments::Position> position;
    if (!after.isEmpty()) {
        position = comments::positionInPost(m_db, access.post->id, after);
        if (!position) return refuse::invalid(QStringLiteral("after"), QStringLiteral("no such comment on this post"));
    }
    const int max = int(std::get<qint64>(limit));
    QList<protocol::Comment> items = comments::page(m_db, access.post->id, me.id, position, max + 1);
    snapshot.commit();
    protocol::CommentPage page;
    if (items.size() > max) {
        items.resize(max);
        page.next = items.last().id;
    }
    page.items = std::move(items);
    return Reply::json(200, page.toJson());
}

Reply CommentsApi::create(const ApiRequest &request)
{
    auto decoded = decodeBody<protocol::NewComment>(request.body);
    if (auto *refused = std::get_if<Reply>(&decoded)) return *refused;
    const auto &draft = std::get<protocol::NewComment>(decoded);
    const protocol::User &me = request.signedIn().user;
    const QString id = draft.id.toLower();

    Transaction tx(m_db, Transaction::Kind::Write);
    // Same-id rule first, as for posts: a retry gets the stored comment back.
    if (const auto existing = comments::findById(m_db, id, me.id)) {
        if (existing->authorId != me.id) return refuse::idTaken();
        return Reply::json(200, existing->toJson());
    }
    const PostAccess access = postAccess(m_db, me, request.idParam(QStringLiteral("id")));
    if (!access.post) return refuse::notFound(QStringLiteral("post"));
    protocol::Comment comment;
    comment.id = id;
    comment.postId = access.post->id;
    comment.authorId = me.id;
    comment.body = draft.body;
    comment.createdAt = QDateTime::currentMSecsSinceEpoch();
    comment.version = 1;
    comments::insert(m_db, comment);
    const protocol::Comment stored = comments::findById(m_db, id, me.id).value();
    const LoggedEvent event = m_changeLog.append(scopeOfPost(access.post->groupId), protocol::EventName::CommentCreated, id,
                                                 stored.version, stored.toEventJson(), stored.createdAt);
    tx.commit();
    m_changeLog.announce(event);
    return Reply::json(201, stored.toJson());
}

Reply CommentsApi::edit(const ApiRequest &request)
{
    auto decoded = decodeBody<protocol::PostEdit>(request.body);
    if (auto *refused = std::get_if<Reply>(&decoded)) return *refused;
    const auto &change = std::get<protocol::PostEdit>(decoded);
    const protocol::User &me = request.signedIn().user;

    Transaction tx(m_db, Transaction::Kind::Write);
    const auto comment = comments::findById(m_db, request.idParam(QStringLiteral("id")), me.id);
    const PostAccess access = comment ? postAccess(m_db, me, comment->postId) : PostAccess{};
    if (!access.post) return refuse::notFound(QStringLiteral("comment"));
    // Moderators may delete a comment, but words stay the author's own: only they edit.
    if (comment->authorId != me.id) return refuse::forbidden(QStringLiteral("only the author edits a comment"));
    if (change.version != comment->version) return refuse::staleVersion(comment->toJson());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    comments::updateBody(m_db, comment->id, change.body, now, comment->version + 1);
    const protocol::Comment stored = comments::findById(m_db, comment->id, me.id).value();
    const LoggedEvent event = m_changeLog.append(scopeOfPost(access.post->groupId), protocol::EventName::CommentUpdated,
                                                 stored.id, stored.version, stored.toEventJson(), now);
    tx.commit();
    m_changeLog.announce(event);
    return Reply::json(200, stored.toJson());
}

Reply CommentsApi::remove(const ApiRequest &request)
{
    const protocol::User &me = request.signedIn().user;
    Transaction tx(m_db, Transaction::Kind::Write);
    const auto comment = comments::findById(m_db, request.idParam(QStringLiteral("id")), me.id);
    const PostAccess access = comment ? postAccess(m_db, me, comment->postId) : PostAccess{};
    if (!access.post) return refuse::notFound(QStringLiteral("comment"));
    if (!access.mayChange(comment->authorId, me))
        return refuse::forbidden(QStringLiteral("only the author or an admin deletes this comment"));
    comments::remove(m_db, comment->id);
    const LoggedEvent event = m_changeLog.append(
        scopeOfPost(access.post->groupId), protocol::EventName::CommentDeleted, comment->id, comment->version + 1,
        protocol::CommentRemoval{comment->id, comment->postId}.toJson(), QDateTime::currentMSecsSinceEpoch());
    tx.commit();
    m_changeLog.announce(event);
    return Reply::noContent();
}

} // namespace plein::server
