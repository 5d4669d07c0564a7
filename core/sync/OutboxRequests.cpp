#include "OutboxRequests.h"
#include "protocol/Attachment.h"
#include "protocol/Comment.h"
#include "protocol/Conversation.h"
#include "ChatApplier.h"
#include "store/ConversationStore.h"
#include "store/MessageStore.h"
#include "store/MetaStore.h"
#include "protocol/Group.h"
#include "protocol/Membership.h"
#include "protocol/JsonReader.h"
#include "protocol/Post.h"
#include "store/CommentStore.h"
#include "store/DirectoryStore.h"
#include "store/JsonColumns.h"
#include "store/PostStore.h"
#include "store/UploadStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrl>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcOutbox, "plein.sync.outbox")

namespace plein::sync::outbox_requests {

using namespace plein::store;
namespace Kind = store::OutboxKind;

namespace {
QJsonObject payloadOf(const OutboxEntry &e) { return QJsonDocument::fromJson(e.payload.toUtf8()).object(); }
QString field(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }
QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
QString segment(const QString &s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); }

template<typename T>
std::optional<T> decodeAnswer(const QByteArray &answer)
{
    auto obj = protocol::parseObject(answer);
    if (!obj) return std::nullopt;
    auto decoded = T::fromJson(obj.value());
    if (!decoded) {
        qCWarning(lcOutbox) << "unexpected answer:" << decoded.error().toString();
        return std::nullopt;
    }
    return std::move(decoded).value();
}

QString messageOf(const net::NetError &error)
{
    return error.message.isEmpty() ? QStringLiteral("refused (HTTP %1)").arg(error.status) : error.message;
}

void failPost(WriteContext &ctx, const QString &postId, const QString &message)
{
    posts::setState(ctx.db, postId, PostState::Failed, message);
    ctx.changes.postsUpserted.append(postId);
}

void replaceAttachment(WriteContext &ctx, const QString &postId, const protocol::Attachment &uploaded)
{
    auto row = posts::byId(ctx.db, postId);
    if (!row) return;
    QList<protocol::Attachment> list = row->post.attachments;
    for (auto &a : list)
        if (a.id == uploaded.id) a = uploaded;
    ctx.db.prepare("UPDATE posts SET attachments = ? WHERE id = ?")
        .bind(1, columns::fromAttachments(list)).bind(2, postId).run();
    ctx.changes.postsUpserted.append(postId);
}

void replaceMessageAttachment(WriteContext &ctx, const QString &messageId, const protocol::Attachment &uploaded)
{
    auto row = messages::byId(ctx.db, messageId);
    if (!row) return;
    QList<protocol::Attachment> list = row->message.attachments;
    for (auto &a : list)
        if (a.id == uploaded.id) a = uploaded;
    if (messages::setAttachments(ctx.db, messageId, list)) ctx.changes.messagesUpserted.append(messageId);
}

void failMessage(WriteContext &ctx, const QString &messageId, const QString &message)
{
    messages::setState(ctx.db, messageId, PostState::Failed, message);
    ctx.changes.messagesUpserted.append(messageId);
}

void dropUploadCopies(WriteContext &ctx, const QString &postId)
{
    for (const auto &u : uploads::forPost(ctx.db, postId)) {
        for (const auto &e : outbox::forObject(ctx.db, u.id)) outbox::markDone(ctx.db, e.seq);
        uploads::remove(ctx.db, u.id);
        QFile::remove(u.localPath);
    }
}
}

Request requestFor(const OutboxEntry &e)
{
    const QJsonObject p = payloadOf(e);
    const QString id = segment(e.objectId);
    if (e.kind == Kind::CreatePost) return {"POST", QStringLiteral("/api/v1/posts"), e.payload.toUtf8(), {}};
    if (e.kind == Kind::EditPost) return {"PATCH", QStringLiteral("/api/v1/posts/") + id, e.payload.toUtf8(), {}};
    if (e.kind == Kind::DeletePost) return {"DELETE", QStringLiteral("/api/v1/posts/") + id, {}, {}};
    if (e.kind == Kind::CreateComment) {
        const QJsonObject body{{QStringLiteral("id"), e.objectId}, {QStringLiteral("body"), p.value(QStringLiteral("body"))}};
        return {"POST", QStringLiteral("/api/v1/posts/%1/comments").arg(segment(field(p, "postId"))), compact(body), {}};
    }
    if (e.kind == Kind::EditComment) return {"PATCH", QStringLiteral("/api/v1/comments/") + id, e.payload.toUtf8(), {}};
    if (e.kind == Kind::DeleteComment) return {"DELETE", QStringLiteral("/api/v1/comments/") + id, {}, {}};
    if (e.kind == Kind::SendMessage)
        return {"POST", QStringLiteral("/api/v1/conversations/%1/messages").arg(segment(field(p, "conversationId"))),
                compact(QJsonObject{{QStringLiteral("id"), e.objectId}, {QStringLiteral("body"), p.value(QStringLiteral("body"))},
                                    {QStringLiteral("replyTo"), p.value(QStringLiteral("replyTo"))},
                                    {QStringLiteral("attachmentIds"), p.value(QStringLiteral("attachmentIds"))}}), {}};
    if (e.kind == Kind::EditMessage) return {"PATCH", QStringLiteral("/api/v1/messages/") + id, e.payload.toUtf8(), {}};
    if (e.kind == Kind::DeleteMessage) return {"DELETE", QStringLiteral("/api/v1/messages/") + id, {}, {}};
    if (e.kind == Kind::MarkRead) return {"POST", QStringLiteral("/api/v1/conversations/%1/read").arg(id), e.payload.toUtf8(), {}};
    if (e.kind == Kind::SetReaction) {
        const QString target = field(p, "target");
        const QString collection = target == QLatin1String("comment") ? QStringLiteral("comments")
            : target == QLatin1String("message")                      ? QStringLiteral("messages")
                                                                      : QStringLiteral("posts");
        const QByteArray verb = p.value(QStringLiteral("active")).toBool() ? "PUT" : "DELETE";
        return {verb, QStringLiteral("/api/v1/%1/%2/reactions/%3").arg(collection, segment(field(p, "id")), segment(field(p, "kind"))), {}, {}};
    }
    if (e.kind == Kind::Acknowledge) return {"PUT", QStringLiteral("/api/v1/posts/%1/acknowledgement").arg(id), {}, {}};
    if (e.kind == Kind::JoinGroup) return {"PUT", QStringLiteral("/api/v1/groups/%1/membership").arg(id), {}, {}};
    if (e.kind == Kind::LeaveGroup) return {"DELETE", QStringLiteral("/api/v1/groups/%1/membership").arg(id), {}, {}};
    if (e.kind == Kind::UploadFile) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("id"), e.objectId);
        q.addQueryItem(QStringLiteral("name"), field(p, "name"));
        return {"POST", QStringLiteral("/api/v1/files?") + q.toString(QUrl::FullyEncoded), {}, field(p, "path")};
    }
    return {};
}

void applyDone(WriteContext &ctx, const OutboxEntry &e, const QByteArray &answer)
{
    const QJsonObject p = payloadOf(e);
    Transaction tx(ctx.db);
    if (e.kind == Kind::CreatePost || e.kind == Kind::EditPost) {
        if (auto post = decodeAnswer<protocol::Post>(answer)) {
            posts::upsertFromServer(ctx.db, *post, PerUser::Included, Counts::KeepCached);
            posts::clearConflict(ctx.db, post->id);
            ctx.changes.postsUpserted.append(post->id);
        }
    } else if (e.kind == Kind::CreateComment || e.kind == Kind::EditComment) {
        if (auto c = decodeAnswer<protocol::Comment>(answer)) {
            comments::upsertFromServer(ctx.db, *c, PerUser::Included, nullptr, Counts::KeepCached);
            ctx.changes.commentsUpserted.append(c->id);
        }
    } else if (e.kind == Kind::SendMessage || e.kind == Kind::EditMessage) {
        if (auto m = decodeAnswer<protocol::Message>(answer)) chat_apply::ownMessage(ctx, *m, meta::get(ctx.db, meta::MeId));
    } else if (e.kind == Kind::MarkRead) {
        if (auto r = decodeAnswer<protocol::ReadMarker>(answer);
            r && conversations::setReadPosition(ctx.db, r->conversationId, r->userId, r->position, r->userId))
            ctx.changes.conversationsChanged.append(r->conversationId);
    } else if (e.kind == Kind::SetReaction) {
        auto obj = protocol::parseObject(answer);
        if (obj) {
            const QString id = field(p, "id");
            const auto counts = columns::toCounts(QString::fromUtf8(
                QJsonDocument(obj.value().value(QStringLiteral("reactions")).toObject()).toJson(QJsonDocument::Compact)));
            if (field(p, "target") == QLatin1String("message")) {
                if (messages::setReactions(ctx.db, id, counts)) ctx.changes.messagesUpserted.append(id);
            } else if (field(p, "target") == QLatin1String("comment")) {
                if (comments::setReactions(ctx.db, id, counts)) ctx.changes.commentsUpserted.append(id);
            } else if (posts::setReactions(ctx.db, id, counts)) {
                ctx.changes.postsUpserted.append(id);
            }
        }
    } else if (e.kind == Kind::Acknowledge) {
        auto obj = protocol::parseObject(answer);
        const qint64 readCount = obj ? obj.value().value(QStringLiteral("readCount")).toInteger() : 0;
        if (posts::setAcknowledged(ctx.db, e.objectId, readCount, true)) ctx.changes.postsUpserted.append(e.objectId);
    } else if (e.kind == Kind::JoinGroup || e.kind == Kind::LeaveGroup) {
        if (auto m = decodeAnswer<protocol::MembershipState>(answer)) {
            if (directory::setMembership(ctx.db, e.objectId, m->state)) ctx.changes.groupsChanged = true;
        }
    } else if (e.kind == Kind::UploadFile) {
        if (auto file = decodeAnswer<protocol::Attachment>(answer)) {
            const QString postId = field(p, "postId");
            if (!field(p, "messageId").isEmpty()) replaceMessageAttachment(ctx, field(p, "messageId"), *file);
            else replaceAttachment(ctx, postId, *file);
            uploads::remove(ctx.db, e.objectId);
            QFile::remove(field(p, "path"));
        }
    }
    outbox::markDone(ctx.db, e.seq);
    tx.commit();
    ctx.changes.outboxChanged = true;
}

void applyRefused(WriteContext &ctx, const OutboxEntry &e, const net::NetError &error)
{
    const QJsonObject p = payloadOf(e);
    const QString message = messageOf(error);
    const bool gone = error.kind == net::NetError::Kind::NotFound;
    Transaction tx(ctx.db);
    if (e.kind == Kind::CreatePost) {
        outbox::markFailed(ctx.db, e.seq, message);
        failPost(ctx, e.objectId, message);
    } else if (e.kind == Kind::EditPost) {
        if (error.code == QLatin1String("version_conflict")) {
            // Someone changed the post meanwhile: show theirs, keep mine for the user to decide.
            auto obj = protocol::parseObject(error.body);
            if (obj) {
                auto current = protocol::Post::fromJson(obj.value().value(QStringLiteral("current")).toObject());
                if (current) posts::upsertFromServer(ctx.db, current.value(), PerUser::Absent);
            }
            posts::setState(ctx.db, e.objectId, PostState::Synced);
            posts::setConflict(ctx.db, e.objectId, field(p, "body"));
            outbox::markDone(ctx.db, e.seq);
        } else if (gone) {
            outbox::markDone(ctx.db, e.seq);
            posts::remove(ctx.db, e.objectId);
            ctx.changes.postsRemoved.append(e.objectId);
        } else {
            outbox::markFailed(ctx.db, e.seq, message);
            failPost(ctx, e.objectId, message);
        }
        ctx.changes.postsUpserted.append(e.objectId);
    } else if (e.kind == Kind::CreateComment || e.kind == Kind::EditComment) {
        outbox::markFailed(ctx.db, e.seq, message);
        comments::setState(ctx.db, e.objectId, PostState::Failed, message);
        ctx.changes.commentsUpserted.append(e.objectId);
    } else if (e.kind == Kind::SendMessage) {
        outbox::markFailed(ctx.db, e.seq, message);
        failMessage(ctx, e.objectId, message);
    } else if (e.kind == Kind::EditMessage) {
        if (gone) {
            outbox::markDone(ctx.db, e.seq);
            if (messages::remove(ctx.db, e.objectId)) ctx.changes.messagesRemoved.append(e.objectId);
        } else {
            // A stale edit of a message is rare (only I edit mine): show it failed with the reason.
            outbox::markFailed(ctx.db, e.seq, message);
            failMessage(ctx, e.objectId, message);
        }
    } else if (e.kind == Kind::SetReaction) {
        // Nothing to retry: the reaction shown goes back to what the server has.
        const bool active = p.value(QStringLiteral("active")).toBool();
        const QString id = field(p, "id");
        if (field(p, "target") == QLatin1String("message")) {
            if (messages::setMyReaction(ctx.db, id, field(p, "kind"), !active)) ctx.changes.messagesUpserted.append(id);
        } else if (field(p, "target") == QLatin1String("comment")) {
            if (comments::setMyReaction(ctx.db, id, field(p, "kind"), !active)) ctx.changes.commentsUpserted.append(id);
        } else if (posts::setMyReaction(ctx.db, id, field(p, "kind"), !active)) {
            ctx.changes.postsUpserted.append(id);
        }
        outbox::markDone(ctx.db, e.seq);
    } else if (e.kind == Kind::JoinGroup || e.kind == Kind::LeaveGroup) {
        // Undo the optimistic state: a refused leave (the last admin) keeps me in the group.
        const QString before = field(p, "before");
        if (directory::setMembership(ctx.db, e.objectId, before.isEmpty() ? directory::MembershipState::None : before))
            ctx.changes.groupsChanged = true;
        outbox::markDone(ctx.db, e.seq);
    } else if (e.kind == Kind::UploadFile) {
        const QString postId = field(p, "postId");
        const QString messageId = field(p, "messageId");
        outbox::markFailed(ctx.db, e.seq, message);
        uploads::setState(ctx.db, e.objectId, QStringLiteral("failed"), message);
        // The post (or message) must not go out without its file: it waits, failed, for retry or discard.
        const QString owner = messageId.isEmpty() ? postId : messageId;
        for (const auto &entry : outbox::forObject(ctx.db, owner))
            if ((entry.kind == Kind::CreatePost || entry.kind == Kind::SendMessage) && entry.state != QLatin1String("failed"))
                outbox::markFailed(ctx.db, entry.seq, message);
        if (messageId.isEmpty()) failPost(ctx, postId, message);
        else failMessage(ctx, messageId, message);
    } else {
        // Deletes and acknowledgements of something already gone are done; other refusals too,
        // there is nothing the user could change and send again.
        outbox::markDone(ctx.db, e.seq);
    }
    tx.commit();
    ctx.changes.outboxChanged = true;
}

void applyDiscarded(WriteContext &ctx, const OutboxEntry &e)
{
    const QJsonObject p = payloadOf(e);
    outbox::markDone(ctx.db, e.seq);
    if (e.kind == Kind::CreatePost) {
        dropUploadCopies(ctx, e.objectId);
        if (posts::remove(ctx.db, e.objectId)) ctx.changes.postsRemoved.append(e.objectId);
    } else if (e.kind == Kind::EditPost) {
        // My text stays until the server's copy (version 0 loses to any) replaces it.
        posts::setState(ctx.db, e.objectId, PostState::Synced);
        ctx.db.prepare("UPDATE posts SET version = 0 WHERE id = ?").bind(1, e.objectId).run();
        ctx.changes.postsUpserted.append(e.objectId);
    } else if (e.kind == Kind::CreateComment) {
        const QString postId = field(p, "postId");
        if (comments::remove(ctx.db, e.objectId)) ctx.changes.commentsRemoved.append(e.objectId);
        if (posts::addCommentCount(ctx.db, postId, -1)) ctx.changes.postsUpserted.append(postId);
    } else if (e.kind == Kind::EditComment) {
        comments::setState(ctx.db, e.objectId, PostState::Synced);
        ctx.db.prepare("UPDATE comments SET version = 0 WHERE id = ?").bind(1, e.objectId).run();
        ctx.changes.commentsUpserted.append(e.objectId);
    } else if (e.kind == Kind::SendMessage) {
        dropUploadCopies(ctx, e.objectId);
        const QString conversationId = field(p, "conversationId");
        if (messages::remove(ctx.db, e.objectId)) ctx.changes.messagesRemoved.append(e.objectId);
        if (conversations::refreshLastMessage(ctx.db, conversationId)) ctx.changes.conversationsChanged.append(conversationId);
    } else if (e.kind == Kind::EditMessage) {
        messages::setState(ctx.db, e.objectId, PostState::Synced);
        ctx.db.prepare("UPDATE messages SET version = 0 WHERE id = ?").bind(1, e.objectId).run();
        ctx.changes.messagesUpserted.append(e.objectId);
    } else if (e.kind == Kind::UploadFile) {
        uploads::remove(ctx.db, e.objectId);
        QFile::remove(field(p, "path"));
    }
    ctx.changes.outboxChanged = true;
}

} // namespace plein::sync::outbox_requests
