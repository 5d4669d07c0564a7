#include "api/MembershipApi.h"
#include "access/GroupAccess.h"
#include "api/Refusals.h"
#include "http/JsonBody.h"
#include "protocol/Event.h"
#include "protocol/Membership.h"
#include "storage/GroupRows.h"
#include "storage/MembershipRows.h"
#include "storage/Transaction.h"
#include "storage/UserRows.h"

#include <QDateTime>

namespace plein::server {

namespace {

using protocol::MembershipKind::Admin;
using protocol::MembershipKind::Invited;
using protocol::MembershipKind::Member;
using protocol::MembershipKind::None;
using protocol::MembershipKind::Requested;

bool inGroup(const QString &state) { return state == Member || state == Admin; }

Reply stateReply(int status, const QString &groupId, const QString &userId, const QString &state)
{
    return Reply::json(status, protocol::MembershipState{groupId, userId, state}.toJson());
}

Reply lastAdmin()
{
    return Reply::error(409, protocol::ErrorCode::LastAdmin,
                        QStringLiteral("the group's only admin cannot leave or step down; make someone else admin first"));
}

} // namespace

void MembershipApi::logState(QList<LoggedEvent> &events, const QString &groupId, const QString &userId,
                             const QString &state, qint64 at)
{
    const QJsonObject data = protocol::MembershipState{groupId, userId, state}.toJson();
    events.append(m_changeLog.append(Scope::group(groupId), protocol::EventName::MembershipChanged, groupId, 1, data, at));
    if (!inGroup(state))
        events.append(m_changeLog.append(Scope::user(userId), protocol::EventName::MembershipChanged, groupId, 1, data, at));
}

void MembershipApi::logRemoval(QList<LoggedEvent> &events, const QString &groupId, const QString &userId,
                               const QString &reason, qint64 at)
{
    events.append(m_changeLog.append(Scope::user(userId), protocol::EventName::GroupRemoved, groupId, 1,
                                     protocol::GroupRemoval{groupId, reason}.toJson(), at));
}

Reply MembershipApi::members(const ApiRequest &request)
{
    const QString id = request.idParam(QStringLiteral("id"));
    Transaction snapshot(m_db, Transaction::Kind::Read);
    const GroupAccess access = groupAccess(m_db, request.signedIn().user, id);
    if (!access.known()) return refuse::notFound(QStringLiteral("group"));
    if (!access.readsContent) return refuse::forbidden(QStringLiteral("only members see who is in this group"));
    const protocol::MemberList list{memberships::members(m_db, id)};
    snapshot.commit();
    return Reply::json(200, list.toJson());
}

Reply MembershipApi::join(const ApiRequest &request)
{
    const protocol::User &me = request.signedIn().user;
    const QString id = request.idParam(QStringLiteral("id"));
    Transaction tx(m_db, Transaction::Kind::Write);
    const GroupAccess access = groupAccess(m_db, me, id);
    if (!access.known()) return refuse::notFound(QStringLiteral("group"));
    const QString state = access.group->membership;
    if (inGroup(state)) return stateReply(200, id, me.id, state);
    const QString visibility = access.group->visibility;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<LoggedEvent> events;
    // An invitation opens every group; a public one is open anyway, and organisation admins
    // administer every group, so they let themselves in.
    if (state == Invited || visibility == protocol::Visibility::Public || isOrgAdmin(me)) {
        memberships::removeOffer(m_db, id, me.id);
        groups::addMember(m_db, id, me.id, protocol::GroupRole::Member, now);
        logState(events, id, me.id, Member, now);
        tx.commit();
        m_changeLog.announce(events);
        return stateReply(200, id, me.id, Member);
    }
    if (visibility == protocol::Visibility::Private) {
        if (state != Requested) {
            memberships::setOffer(m_db, id, me.id, Requested, now);
            logState(events, id, me.id, Requested, now);
        }
        tx.commit();
        m_changeLog.announce(events);
        return stateReply(202, id, me.id, Requested);
    }
    // A secret group the caller knows without an invitation cannot happen (see groupAccess);
    // answer as if it did not exist all the same.
    return refuse::notFound(QStringLiteral("group"));
}

Reply MembershipApi::leave(const ApiRequest &request)
{
    const protocol::User &me = request.signedIn().user;
    const QString id = request.idParam(QStringLiteral("id"));
    Transaction tx(m_db, Transaction::Kind::Write);
    const GroupAccess access = groupAccess(m_db, me, id);
    if (!access.known()) return refuse::notFound(QStringLiteral("group"));
    const QString state = access.group->membership;
    if (state == None) return stateReply(200, id, me.id, None);
    if (state == Admin && memberships::adminCount(m_db, id) <= 1) return lastAdmin();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<LoggedEvent> events;
    if (inGroup(state)) {
        memberships::removeMember(m_db, id, me.id);
        logRemoval(events, id, me.id, protocol::RemovalReason::Left, now);
    } else {
        memberships::removeOffer(m_db, id, me.id); // cancel a request, decline an invitation
    }
    logState(events, id, me.id, None, now);
    tx.commit();
    m_changeLog.announce(events);
    return stateReply(200, id, me.id, None);
}

Reply MembershipApi::requests(const ApiRequest &request)
{
    const QString id = request.idParam(QStringLiteral("id"));
    Transaction snapshot(m_db, Transaction::Kind::Read);
    const GroupAccess access = groupAccess(m_db, request.signedIn().user, id);
    if (!access.known()) return refuse::notFound(QStringLiteral("group"));
    if (!access.administers) return refuse::forbidden(QStringLiteral("only the group's admins see requests"));
    const protocol::JoinRequestList list{memberships::requests(m_db, id)};
    snapshot.commit();
    return Reply::json(200, list.toJson());
}

Reply MembershipApi::approve(const ApiRequest &request) { return decide(request, true); }
Reply MembershipApi::decline(const ApiRequest &request) { return decide(request, false); }

Reply MembershipApi::decide(const ApiRequest &request, bool approve)
{
    const QString id = request.idParam(QStringLiteral("id"));
    const QString userId = request.idParam(QStringLiteral("userId"));
    Transaction tx(m_db, Transaction::Kind::Write);
    const GroupAccess access = groupAccess(m_db, request.signedIn().user, id);
    if (!access.known()) return refuse::notFound(QStringLiteral("group"));
    if (!access.administers) return refuse::forbidden(QStringLiteral("only the group's admins decide requests"));
    const QString state = memberships::stateOf(m_db, userId, id);
    // Repeats of a decision already taken answer the same state again.
    if (approve && inGroup(state)) return stateReply(200, id, userId, state);
    if (!approve && state == None) return stateReply(200, id, userId, None);
    if (state != Requested) return refuse::notFound(QStringLiteral("request"), QStringLiteral("userId"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<LoggedEvent> events;
    memberships::removeOffer(m_db, id, userId);
    if (approve) groups::addMember(m_db, id, userId, protocol::GroupRole::Member, now);
    const QString result = approve ? Member : None;
    logState(events, id, userId, result, now);
    tx.commit();
    m_changeLog.announce(events);
    return stateReply(200, id, userId, result);
}

Reply MembershipApi::invite(const ApiRequest &request)
{
    // An empty body invites; {"role": ...} changes the role of someone already in the group.
    std::optional<protocol::MemberRole> role;
    if (!request.body.trimmed().isEmpty()) {
        auto decoded = decodeBody<protocol::MemberRole>(request.body);
        if (auto *refused = std::get_if<Reply>(&decoded)) return *refused;
        if (!std::get<protocol::MemberRole>(decoded).role.isEmpty()) role = std::get<protocol::MemberRole>(decoded);
    }
    const QString id = request.idParam(QStringLiteral("id"));
    const QString userId = request.idParam(QStringLiteral("userId"));
    Transaction tx(m_db, Transaction::Kind::Write);
    const GroupAccess access = groupAccess(m_db, request.signedIn().user, id);
    if (!access.known()) return refuse::notFound(QStringLiteral("group"));
    if (!access.administers) return refuse::forbidden(QStringLiteral("only the group's admins invite"));
    if (!users::findById(m_db, userId)) return refuse::notFound(QStringLiteral("user"), QStringLiteral("userId"));
    const QString state = memberships::stateOf(m_db, userId, id);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<LoggedEvent> events;
    if (role) {
        if (!inGroup(state)) return refuse::invalid(QStringLiteral("role"), QStringLiteral("only members have a role"));
        if (role->role == state) return stateReply(200, id, userId, state);
        if (state == Admin && memberships::adminCount(m_db, id) <= 1) return lastAdmin();
        memberships::setRole(m_db, id, userId, role->role);
        logState(events, id, userId, role->role, now);
        tx.commit();
        m_changeLog.announce(events);
        return stateReply(200, id, userId, role->role);
    }
    if (inGroup(state) || state == Invited) return stateReply(200, id, userId, state);
    QString result = Invited;
    if (state == Requested) {
        // They asked already: inviting them is saying yes.
        memberships::removeOffer(m_db, id, userId);
        groups::addMember(m_db, id, userId, protocol::GroupRole::Member, now);
        result = Member;
    } else {
        memberships::setOffer(m_db, id, userId, Invited, now);
    }
    logState(events, id, userId, result, now);
    tx.commit();
    m_changeLog.announce(events);
    return stateReply(200, id, userId, result);
}

Reply MembershipApi::remove(const ApiRequest &request)
{
    const QString id = request.idParam(QStringLiteral("id"));
    const QString userId = request.idParam(QStringLiteral("userId"));
    Transaction tx(m_db, Transaction::Kind::Write);
    const GroupAccess access = groupAccess(m_db, request.signedIn().user, id);
    if (!access.known()) return refuse::notFound(QStringLiteral("group"));
    if (!access.administers) return refuse::forbidden(QStringLiteral("only the group's admins remove members"));
    const QString state = memberships::stateOf(m_db, userId, id);
    if (state == None) return stateReply(200, id, userId, None);
    if (state == Admin && memberships::adminCount(m_db, id) <= 1) return lastAdmin();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<LoggedEvent> events;
    if (inGroup(state)) {
        memberships::removeMember(m_db, id, userId);
        logRemoval(events, id, userId, protocol::RemovalReason::Removed, now);
    } else {
        memberships::removeOffer(m_db, id, userId); // withdraw an invitation, or decline a request
    }
    logState(events, id, userId, None, now);
    tx.commit();
    m_changeLog.announce(events);
    return stateReply(200, id, userId, None);
}

} // namespace plein::server
