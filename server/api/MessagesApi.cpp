#include "api/MessagesApi.h"
#include "api/Refusals.h"
#include "http/JsonBody.h"
#include "http/QueryParams.h"
#include "protocol/Conversation.h"
#include "protocol/Event.h"
#include "protocol/Message.h"
#include "protocol/Post.h"
#include "protocol/Reaction.h"
#include "storage/ChangeLog.h"
#include "storage/ConversationRows.h"
#include "storage/FileRows.h"
#include "storage/MessageRows.h"
#include "storage/ReactionRows.h"
#include "storage/Transaction.h"

#include <algorithm>
#include <QDateTime>

namespace plein::server {

namespace {

Reply noSuchConversation() { return refuse::notFound(QStringLiteral("conversation")); }
Reply noSuchMessage() { return refuse::notFound(QStringLiteral("message")); }

// A message the caller may act on: it exists, is not deleted, and the caller is a member of
// its conversation. Anything else is the same 404.
std::optional<messages::StoredMessage> readable(const QSqlDatabase &db, const QString &id, const QString &userId)
{
    auto stored = messages::find(db, id, userId);
    if (!stored || stored->deleted || !conversations::isMember(db, stored->message.conversationId, userId))
        return std::nullopt;
    return stored;
}

// Each attachment must be a file the author uploaded that no post or message holds yet.
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

LoggedEvent logRead(ChangeLog &log, const protocol::ReadMarker &marker, qint64 at)
{
    return log.append(Scope::conversation(marker.conversationId), protocol::EventName::ReadChanged, marker.messageId,
                      marker.position, marker.toJson(), at);
}

} // namespace

Reply MessagesApi::list(const ApiRequest &request)
{
    const auto limit = integerParam(request.query, QStringLiteral("limit"), kDefaultLimit, 1, protocol::kMaxMessagePageSize);
    if (auto *refused = std::get_if<Reply>(&limit)) return *refused;
    const QString before = request.query.queryItemValue(QStringLiteral("before"), QUrl::FullyDecoded).toLower();
    const QString after = request.query.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded).toLower();
    const protocol::User &me = request.signedIn().user;
    const QString conversationId = request.idParam(QStringLiteral("id"));

    Transaction snapshot(m_db, Transaction::Kind::Read);
    if (!conversations::isMember(m_db, conversationId, me.id)) return noSuchConversation();
    if (!before.isEmpty() && !after.isEmpty())
        return refuse::invalid(QStringLiteral("after"), QStringLiteral("give before or after, not both"));
    // The mark must be a message of this conversation (a deleted one still marks its place).
    const auto positionOf = [&](const QString &id) -> std::optional<qint64> {
        if (id.isEmpty()) return std::nullopt;
        const auto m = messages::find(m_db, id, me.id);
        if (!m || m->message.conversationId != conversationId) return -1;
        return m->message.position;
    };
    const std::optional<qint64> beforePosition = positionOf(before);
    const std::optional<qint64> afterPosition = positionOf(after);
    if (beforePosition == -1) return refuse::invalid(QStringLiteral("before"), QStringLiteral("no such message in this conversation"));
    if (afterPosition == -1) return refuse::invalid(QStringLiteral("after"), QStringLiteral("no such message in this conversation"));
    protocol::MessagePage page;
    page.items = messages::page(m_db, conversationId, me.id, beforePosition, afterPosition, int(std::get<qint64>(limit)));
    if (!page.items.isEmpty())
        page.hasMore = afterPosition ? messages::anyAfter(m_db, conversationId, page.items.last().position)
                                     : messages::anyBefore(m_db, conversationId, page.items.first().position);
    snapshot.commit();
    return Reply::json(200, page.toJson());
}

Reply MessagesApi::create(const ApiRequest &request)
{
    auto decoded = decodeBody<protocol::NewMessage>(request.body);
    if (auto *refused = std::get_if<Reply>(&decoded)) return *refused;
    const auto &draft = std::get<protocol::NewMessage>(decoded);
    const protocol::User &me = request.signedIn().user;
    const QString id = draft.id.toLower();
    const QString conversationId = request.idParam(QStringLiteral("id"));

    Transaction tx(m_db, Transaction::Kind::Write);
    // Same-id rule first: a retry gets the stored message, whatever changed since.
    if (const auto existing = messages::find(m_db, id, me.id)) {
        if (existing->message.authorId != me.id || existing->deleted) return refuse::idTaken();
        return Reply::json(200, existing->message.toJson());
    }
    if (!conversations::isMember(m_db, conversationId, me.id)) return noSuchConversation();
    const QString replyTo = draft.replyTo.toLower();
    if (!replyTo.isEmpty()) {
        const auto quoted = messages::find(m_db, replyTo, me.id);
        if (!quoted || quoted->deleted || quoted->message.conversationId != conversationId)
            return refuse::invalid(QStringLiteral("replyTo"), QStringLiteral("no such message in this conversation"));
    }
    if (auto refused = attachmentRefusal(m_db, me.id, draft.attachmentIds)) return *refused;

    const qint64 now = std::max(QDateTime::currentMSecsSinceEpoch(), m_lastCreatedAt + 1);
    m_lastCreatedAt = now;
    protocol::Message m;
    m.id = id;
    m.conversationId = conversationId;
    m.authorId = me.id;
    m.body = draft.body;
    m.position = conversations::nextPosition(m_db, conversationId, now);
    m.createdAt = now;
    m.version = 1;
    messages::insert(m_db, m, replyTo, int(draft.attachmentIds.size()));
    for (qsizetype i = 0; i < draft.attachmentIds.size(); ++i)
        files::attachToMessage(m_db, draft.attachmentIds.at(i).toLower(), id, int(i));
    // Sending reads everything up to one's own message. No read.changed says so: every client
    // moves the author's marker on message.created, which halves the frames a message costs.
    conversations::advanceReadPosition(m_db, conversationId, me.id, m.position);
    const protocol::Message stored = messages::find(m_db, id, me.id).value().message;
    QList<LoggedEvent> events;
    events.append(m_changeLog.append(Scope::conversation(conversationId), protocol::EventName::MessageCreated, id,
                                     stored.version, stored.toEventJson(), now));
    tx.commit();
    m_changeLog.announce(events);
    return Reply::json(201, stored.toJson());
}

Reply MessagesApi::edit(const ApiRequest &request)
{
    auto decoded = decodeBody<protocol::PostEdit>(request.body);
    if (auto *refused = std::get_if<Reply>(&decoded)) return *refused;
    const auto &change = std::get<protocol::PostEdit>(decoded);
    const protocol::User &me = request.signedIn().user;

    Transaction tx(m_db, Transaction::Kind::Write);
    const auto found = readable(m_db, request.idParam(QStringLiteral("id")), me.id);
    if (!found) return noSuchMessage();
    const protocol::Message &current = found->message;
    if (current.authorId != me.id) return refuse::forbidden(QStringLiteral("only the author edits a message"));
    if (change.version != current.version) return refuse::staleVersion(current.toJson());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    messages::updateBody(m_db, current.id, change.body, now, current.version + 1);
    const protocol::Message stored = messages::find(m_db, current.id, me.id).value().message;
    const LoggedEvent event = m_changeLog.append(Scope::conversation(stored.conversationId), protocol::EventName::MessageUpdated,
                                                 stored.id, stored.version, stored.toEventJson(), now);
    tx.commit();
    m_changeLog.announce(event);
    return Reply::json(200, stored.toJson());
}

Reply MessagesApi::remove(const ApiRequest &request)
{
    const protocol::User &me = request.signedIn().user;
    Transaction tx(m_db, Transaction::Kind::Write);
    const auto found = readable(m_db, request.idParam(QStringLiteral("id")), me.id);
    if (!found) return noSuchMessage();
    const protocol::Message &current = found->message;
    if (current.authorId != me.id) return refuse::forbidden(QStringLiteral("only the author deletes a message"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QStringList fileIds = files::idsForMessage(m_db, current.id);
    messages::markDeleted(m_db, current.id, now, current.version + 1);
    for (const QString &fileId : fileIds) files::removeRow(m_db, fileId);
    const protocol::MessageRemoval removal{current.id, current.conversationId, current.position};
    const LoggedEvent event = m_changeLog.append(Scope::conversation(current.conversationId), protocol::EventName::MessageDeleted,
                                                 current.id, current.version + 1, removal.toJson(), now);
    tx.commit();
    for (const QString &fileId : fileIds) m_forgetFile(fileId);
    m_changeLog.announce(event);
    return Reply::noContent();
}

Reply MessagesApi::setReaction(const ApiRequest &request, bool active)
{
    const protocol::User &me = request.signedIn().user;
    Transaction tx(m_db, Transaction::Kind::Write);
    const auto found = readable(m_db, request.idParam(QStringLiteral("id")), me.id);
    if (!found) return noSuchMessage();
    const QString kind = request.param(QStringLiteral("kind"));
    if (!protocol::ReactionKind::isValid(kind))
        return refuse::invalid(QStringLiteral("kind"), QStringLiteral("expected one of ") + protocol::ReactionKind::all().join(QStringLiteral(", ")));
    const protocol::Message &m = found->message;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool changed = reactions::set(m_db, reactions::Target::Message, m.id, me.id, kind, active, now);
    const protocol::ReactionState state{reactions::counts(m_db, reactions::Target::Message, m.id),
                                        reactions::mine(m_db, reactions::Target::Message, m.id, me.id)};
    std::optional<LoggedEvent> event;
    if (changed) {
        protocol::ReactionChange change;
        change.target = protocol::ReactionTarget::Message;
        change.id = m.id;
        change.conversationId = m.conversationId;
        change.userId = me.id;
        change.kind = kind;
        change.active = active;
        change.counts = state.reactions;
        event = m_changeLog.append(Scope::conversation(m.conversationId), protocol::EventName::ReactionChanged, m.id, 0,
                                   change.toJson(), now);
    }
    tx.commit();
    if (event) m_changeLog.announce(*event);
    return Reply::json(200, state.toJson());
}

Reply MessagesApi::reactors(const ApiRequest &request)
{
    const protocol::User &me = request.signedIn().user;
    Transaction snapshot(m_db, Transaction::Kind::Read);
    const auto found = readable(m_db, request.idParam(QStringLiteral("id")), me.id);
    if (!found) return noSuchMessage();
    const protocol::ReactorList list{reactions::reactors(m_db, reactions::Target::Message, found->message.id)};
    snapshot.commit();
    return Reply::json(200, list.toJson());
}

Reply MessagesApi::markRead(const ApiRequest &request)
{
    auto decoded = decodeBody<protocol::ReadMarker>(request.body);
    if (auto *refused = std::get_if<Reply>(&decoded)) return *refused;
    const QString messageId = std::get<protocol::ReadMarker>(decoded).messageId.toLower();
    const protocol::User &me = request.signedIn().user;
    const QString conversationId = request.idParam(QStringLiteral("id"));

    Transaction tx(m_db, Transaction::Kind::Write);
    if (!conversations::isMember(m_db, conversationId, me.id)) return noSuchConversation();
    // A deleted message still marks its place, so a client may read up to one it just lost.
    const auto target = messages::find(m_db, messageId, me.id);
    if (!target || target->message.conversationId != conversationId)
        return refuse::invalid(QStringLiteral("messageId"), QStringLiteral("no such message in this conversation"));
    std::optional<LoggedEvent> event;
    protocol::ReadMarker marker{conversationId, me.id, target->message.id, target->message.position};
    if (conversations::advanceReadPosition(m_db, conversationId, me.id, marker.position)) {
        event = logRead(m_changeLog, marker, QDateTime::currentMSecsSinceEpoch());
    } else {
        // Markers only move forward: an older message answers where the marker already is.
        marker.position = conversations::readPosition(m_db, conversationId, me.id);
        marker.messageId = messages::idAtPosition(m_db, conversationId, marker.position);
    }
    tx.commit();
    if (event) m_changeLog.announce(*event);
    return Reply::json(200, marker.toJson());
}

} // namespace plein::server
