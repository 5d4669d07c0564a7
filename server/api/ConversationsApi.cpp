#include "api/ConversationsApi.h"
#include "access/ConversationAccess.h"
#include "api/Refusals.h"
#include "http/JsonBody.h"
#include "protocol/Conversation.h"
#include "protocol/Event.h"
#include "storage/ChangeLog.h"
#include "storage/ConversationRows.h"
#include "storage/Transaction.h"

#include <QDateTime>

namespace plein::server {

namespace {

const QString kLeft = QStringLiteral("left");
const QString kRemoved = QStringLiteral("removed");

Reply noSuchConversation()
{
    return refuse::notFound(QStringLiteral("conversation"));
}

Reply directRefusal()
{
    return Reply::error(409, protocol::ErrorCode::DirectConversation,
                        QStringLiteral("a direct conversation always has its two members: start a group conversation instead"));
}

// conversation.updated in the conversation's scope, with the event form as it is now.
LoggedEvent logUpdated(const QSqlDatabase &db, ChangeLog &log, const QString &id, qint64 at)
{
    const protocol::Conversation shared = conversations::find(db, id, {}).value();
    return log.append(Scope::conversation(id), protocol::EventName::ConversationUpdated, id, shared.version,
                      shared.toEventJson(), at);
}

} // namespace

Reply ConversationsApi::list(const ApiRequest &request)
{
    Transaction snapshot(m_db, Transaction::Kind::Read);
    const protocol::ConversationList list{conversations::listFor(m_db, request.signedIn().user.id)};
    snapshot.commit();
    return Reply::json(200, list.toJson());
}

Reply ConversationsApi::get(const ApiRequest &request)
{
    Transaction snapshot(m_db, Transaction::Kind::Read);
    const auto c = conversations::find(m_db, request.idParam(QStringLiteral("id")), request.signedIn().user.id);
    snapshot.commit();
    if (!c) return noSuchConversation();
    return Reply::json(200, c->toJson());
}

Reply ConversationsApi::create(const ApiRequest &request)
{
    auto decoded = decodeBody<protocol::NewConversation>(request.body);
    if (auto *refused = std::get_if<Reply>(&decoded)) return *refused;
    const auto &draft = std::get<protocol::NewConversation>(decoded);
    const protocol::User &me = request.signedIn().user;
    const QString id = draft.id.toLower();
    const QString field = QStringLiteral("memberIds");

    Transaction tx(m_db, Transaction::Kind::Write);
    // Same-id rule first: a retried create gets the stored conversation back.
    if (const auto creator = conversations::creatorOf(m_db, id)) {
        if (*creator == me.id) {
            if (const auto stored = conversations::find(m_db, id, me.id)) return Reply::json(200, stored->toJson());
        }
        return refuse::idTaken();
    }
    QStringList others;
    for (const QString &raw : draft.memberIds) {
        const QString userId = raw.toLower();
        if (userId != me.id && !others.contains(userId)) others.append(userId);
    }
    if (others.isEmpty()) return refuse::invalid(field, QStringLiteral("must name someone other than yourself"));
    if (others.size() + 1 > protocol::kMaxConversationMembers)
        return refuse::invalid(field, QStringLiteral("a conversation has at most %1 members").arg(protocol::kMaxConversationMembers));
    for (const QString &userId : others) {
        // Unknown and unreachable people get the same answer, so ids reveal nothing.
        if (!mayChatWith(m_db, me, userId)) return refuse::invalid(field, QStringLiteral("no such user: ") + userId);
    }
    const bool direct = others.size() == 1 && draft.title.isEmpty();
    const QString key = direct ? conversations::directKey(me.id, others.first()) : QString();
    if (direct) {
        if (const auto existing = conversations::findDirect(m_db, key)) {
            if (const auto stored = conversations::find(m_db, *existing, me.id)) return Reply::json(200, stored->toJson());
        }
    }

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    protocol::Conversation c;
    c.id = id;
    c.title = draft.title;
    c.direct = direct;
    c.createdBy = me.id;
    c.createdAt = now;
    c.lastActivityAt = now;
    c.version = 1;
    conversations::insert(m_db, c, key);
    conversations::addMember(m_db, id, me.id, 0, now);
    for (const QString &userId : others) conversations::addMember(m_db, id, userId, 0, now);
    const protocol::Conversation shared = conversations::find(m_db, id, {}).value();
    const LoggedEvent event = m_changeLog.append(Scope::conversation(id), protocol::EventName::ConversationCreated, id,
                                                 shared.version, shared.toEventJson(), now);
    const protocol::Conversation mine = conversations::find(m_db, id, me.id).value();
    tx.commit();
    m_changeLog.announce(event);
    return Reply::json(201, mine.toJson());
}

Reply ConversationsApi::edit(const ApiRequest &request)
{
    auto decoded = decodeBody<protocol::ConversationEdit>(request.body);
    if (auto *refused = std::get_if<Reply>(&decoded)) return *refused;
    const auto &change = std::get<protocol::ConversationEdit>(decoded);
    const protocol::User &me = request.signedIn().user;

    Transaction tx(m_db, Transaction::Kind::Write);
    const auto c = conversations::find(m_db, request.idParam(QStringLiteral("id")), me.id);
    if (!c) return noSuchConversation();
    if (c->direct) return directRefusal();
    if (c->title == change.title) return Reply::json(200, c->toJson());
    conversations::setTitle(m_db, c->id, change.title);
    const LoggedEvent event = logUpdated(m_db, m_changeLog, c->id, QDateTime::currentMSecsSinceEpoch());
    const protocol::Conversation stored = conversations::find(m_db, c->id, me.id).value();
    tx.commit();
    m_changeLog.announce(event);
    return Reply::json(200, stored.toJson());
}

Reply ConversationsApi::addMember(const ApiRequest &request)
{
    const protocol::User &me = request.signedIn().user;
    const QString userId = request.idParam(QStringLiteral("userId"));

    Transaction tx(m_db, Transaction::Kind::Write);
    const auto c = conversations::find(m_db, request.idParam(QStringLiteral("id")), me.id);
    if (!c) return noSuchConversation();
    if (c->direct) return directRefusal();
    if (conversations::isMember(m_db, c->id, userId)) return Reply::json(200, c->toJson());
    if (!mayChatWith(m_db, me, userId)) return refuse::notFound(QStringLiteral("user"), QStringLiteral("userId"));
    if (c->members.size() >= protocol::kMaxConversationMembers)
        return refuse::invalid(QStringLiteral("userId"),
                               QStringLiteral("a conversation has at most %1 members").arg(protocol::kMaxConversationMembers));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // The history is theirs to read, but none of it counts as unread for them.
    conversations::addMember(m_db, c->id, userId, c->lastPosition, now);
    conversations::bumpVersion(m_db, c->id);
    const LoggedEvent event = logUpdated(m_db, m_changeLog, c->id, now);
    const protocol::Conversation stored = conversations::find(m_db, c->id, me.id).value();
    tx.commit();
    m_changeLog.announce(event);
    return Reply::json(200, stored.toJson());
}

Reply ConversationsApi::removeMember(const ApiRequest &request)
{
    const protocol::User &me = request.signedIn().user;
    const QString userId = request.idParam(QStringLiteral("userId"));

    Transaction tx(m_db, Transaction::Kind::Write);
    const auto c = conversations::find(m_db, request.idParam(QStringLiteral("id")), me.id);
    if (!c) return noSuchConversation();
    if (c->direct) return directRefusal();
    const bool leaving = userId == me.id;
    if (!leaving && c->createdBy != me.id)
        return refuse::forbidden(QStringLiteral("only the conversation's creator removes others; anyone may leave"));
    if (!leaving && !conversations::isMember(m_db, c->id, userId)) return Reply::json(200, c->toJson());

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    conversations::removeMember(m_db, c->id, userId);
    conversations::bumpVersion(m_db, c->id);
    const protocol::ConversationRemoval removal{c->id, leaving ? kLeft : kRemoved};
    // The removal first, in the user's own scope: after it nothing of this conversation
    // reaches them (its scope is members only), so it is the last thing they hear of it.
    QList<LoggedEvent> events;
    events.append(m_changeLog.append(Scope::user(userId), protocol::EventName::ConversationRemoved, c->id, 0,
                                     removal.toJson(), now));
    events.append(logUpdated(m_db, m_changeLog, c->id, now));
    std::optional<protocol::Conversation> stored;
    if (!leaving) stored = conversations::find(m_db, c->id, me.id);
    tx.commit();
    m_changeLog.announce(events);
    return Reply::json(200, leaving ? removal.toJson() : stored->toJson());
}

Reply ConversationsApi::setMuted(const ApiRequest &request, bool muted)
{
    const protocol::User &me = request.signedIn().user;
    const QString id = request.idParam(QStringLiteral("id"));
    Transaction tx(m_db, Transaction::Kind::Write);
    if (!conversations::isMember(m_db, id, me.id)) return noSuchConversation();
    const protocol::MuteState state{id, muted};
    std::optional<LoggedEvent> event;
    if (conversations::setMuted(m_db, id, me.id, muted))
        event = m_changeLog.append(Scope::user(me.id), protocol::EventName::ConversationMuted, id, 0, state.toJson(),
                                   QDateTime::currentMSecsSinceEpoch());
    tx.commit();
    if (event) m_changeLog.announce(*event);
    return Reply::json(200, state.toJson());
}

} // namespace plein::server
