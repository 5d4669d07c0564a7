#include "api/GroupsApi.h"
#include "access/GroupAccess.h"
#include "api/Refusals.h"
#include "http/JsonBody.h"
#include "http/QueryParams.h"
#include "protocol/Event.h"
#include "protocol/Feed.h"
#include "protocol/Membership.h"
#include "storage/ChangeLog.h"
#include "storage/GroupRows.h"
#include "storage/MembershipRows.h"
#include "storage/PostRows.h"
#include "storage/Transaction.h"

#include <QDateTime>

namespace plein::server {

namespace {

// Public and private groups are listed for the whole organisation, so their changes go to
// everyone; a secret group's only to its members.
QString scopeOfGroup(const protocol::Group &g)
{
    return g.visibility == protocol::Visibility::Secret ? Scope::group(g.id) : Scope::org();
}

bool matchesQuery(const protocol::Group &g, const QString &query)
{
    return query.isEmpty() || g.name.contains(query, Qt::CaseInsensitive) || g.description.contains(query, Qt::CaseInsensitive);
}

} // namespace

Reply GroupsApi::list(const ApiRequest &request)
{
    const QString scope = request.query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
    const QString query = request.query.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded).trimmed();
    if (!scope.isEmpty() && scope != QLatin1String("mine") && scope != QLatin1String("discover"))
        return refuse::invalid(QStringLiteral("scope"), QStringLiteral("expected mine or discover"));
    const protocol::User &me = request.signedIn().user;

    Transaction snapshot(m_db, Transaction::Kind::Read);
    const QList<protocol::Group> all = scope == QLatin1String("discover")
        ? groups::listDiscoverable(m_db, me.id, !isExternal(me), isOrgAdmin(me))
        : groups::listForMember(m_db, me.id);
    snapshot.commit();
    protocol::GroupList list;
    for (const protocol::Group &g : all)
        if (matchesQuery(g, query)) list.items.append(g);
    return Reply::json(200, list.toJson());
}

Reply GroupsApi::create(const ApiRequest &request)
{
    auto decoded = decodeBody<protocol::NewGroup>(request.body);
    if (auto *refused = std::get_if<Reply>(&decoded)) return *refused;
    const auto &draft = std::get<protocol::NewGroup>(decoded);
    const protocol::User &me = request.signedIn().user;
    const QString id = draft.id.toLower();

    Transaction tx(m_db, Transaction::Kind::Write);
    if (auto existing = groups::findById(m_db, id)) {
        if (groups::creatorOf(m_db, id) != me.id) return refuse::idTaken();
        // The creator gets their group back even if they have left it since (and it is secret).
        existing->membership = memberships::stateOf(m_db, me.id, id);
        return Reply::json(200, existing->toJson());
    }
    if (isExternal(me)) return refuse::forbidden(QStringLiteral("external users cannot create groups"));

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    protocol::Group group;
    group.id = id;
    group.name = draft.name.trimmed();
    group.description = draft.description;
    group.visibility = draft.visibility;
    group.kind = QStringLiteral("club"); // groups people start themselves; the seed makes the others
    group.version = 1;
    groups::insert(m_db, group, now, me.id);
    groups::addMember(m_db, id, me.id, protocol::GroupRole::Admin, now);
    const protocol::Group stored = groupAccess(m_db, me, id).group.value();
    const LoggedEvent event = m_changeLog.append(scopeOfGroup(stored), protocol::EventName::GroupCreated, id,
                                                 stored.version, stored.toEventJson(), now);
    tx.commit();
    m_changeLog.announce(event);
    return Reply::json(201, stored.toJson());
}

Reply GroupsApi::get(const ApiRequest &request)
{
    Transaction snapshot(m_db, Transaction::Kind::Read);
    const GroupAccess access = groupAccess(m_db, request.signedIn().user, request.idParam(QStringLiteral("id")));
    snapshot.commit();
    if (!access.known()) return refuse::notFound(QStringLiteral("group"));
    return Reply::json(200, access.group->toJson());
}

Reply GroupsApi::edit(const ApiRequest &request)
{
    auto decoded = decodeBody<protocol::GroupEdit>(request.body);
    if (auto *refused = std::get_if<Reply>(&decoded)) return *refused;
    const auto &change = std::get<protocol::GroupEdit>(decoded);
    const protocol::User &me = request.signedIn().user;
    const QString id = request.idParam(QStringLiteral("id"));

    Transaction tx(m_db, Transaction::Kind::Write);
    const GroupAccess access = groupAccess(m_db, me, id);
    if (!access.known()) return refuse::notFound(QStringLiteral("group"));
    if (!access.administers) return refuse::forbidden(QStringLiteral("only the group's admins edit it"));
    if (change.version != access.group->version) return refuse::staleVersion(access.group->toJson());

    protocol::Group updated = *access.group;
    if (change.name) updated.name = change.name->trimmed();
    if (change.description) updated.description = *change.description;
    if (change.visibility) updated.visibility = *change.visibility;
    updated.version += 1;
    groups::update(m_db, updated);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString before = access.group->visibility;
    QList<LoggedEvent> events;
    events.append(m_changeLog.append(scopeOfGroup(updated), protocol::EventName::GroupUpdated, id, updated.version,
                                     updated.toEventJson(), now));
    // Everyone who could see the group but no longer may must be told to forget it; members
    // keep it (clients purge only when they are not a member).
    if (before != updated.visibility && updated.visibility == protocol::Visibility::Secret)
        events.append(m_changeLog.append(Scope::org(), protocol::EventName::GroupRemoved, id, updated.version,
                                         protocol::GroupRemoval{id, protocol::RemovalReason::Hidden}.toJson(), now));
    else if (before == protocol::Visibility::Public && updated.visibility == protocol::Visibility::Private)
        events.append(m_changeLog.append(Scope::org(), protocol::EventName::GroupRemoved, id, updated.version,
                                         protocol::GroupRemoval{id, protocol::RemovalReason::Private}.toJson(), now));
    tx.commit();
    m_changeLog.announce(events);
    return Reply::json(200, updated.toJson());
}

Reply GroupsApi::posts(const ApiRequest &request)
{
    const auto limit = integerParam(request.query, QStringLiteral("limit"), protocol::kDefaultPageSize, 1,
                                    protocol::kMaxPageSize);
    if (auto *refused = std::get_if<Reply>(&limit)) return *refused;
    const protocol::User &me = request.signedIn().user;
    const QString id = request.idParam(QStringLiteral("id"));
    const QString before = request.query.queryItemValue(QStringLiteral("before"), QUrl::FullyDecoded).toLower();

    Transaction snapshot(m_db, Transaction::Kind::Read);
    const GroupAccess access = groupAccess(m_db, me, id);
    if (!access.known()) return refuse::notFound(QStringLiteral("group"));
    if (!access.readsContent) return refuse::forbidden(QStringLiteral("only members read this group"));
    std::optional<posts::FeedPosition> after;
    if (!before.isEmpty()) {
        after = posts::positionInGroup(m_db, id, before);
        if (!after) return refuse::invalid(QStringLiteral("before"), QStringLiteral("no such post in this group"));
    }
    const int max = int(std::get<qint64>(limit));
    QList<protocol::Post> items = posts::groupPosts(m_db, me.id, id, after, max + 1);
    snapshot.commit();
    protocol::FeedPage page;
    if (items.size() > max) {
        items.resize(max);
        page.next = items.last().id;
    }
    page.items = std::move(items);
    return Reply::json(200, page.toJson());
}

} // namespace plein::server
