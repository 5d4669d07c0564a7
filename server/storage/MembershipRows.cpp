#include "storage/MembershipRows.h"
#include "protocol/Group.h"
#include "storage/Sql.h"

namespace plein::server::memberships {

QString stateOf(const QSqlDatabase &db, const QString &userId, const QString &groupId)
{
    const QVariant role = sql::scalar(db, QStringLiteral("SELECT role FROM memberships WHERE user_id = ? AND group_id = ?"),
                                      {userId, groupId});
    if (!role.isNull()) return role.toString();
    const QVariant offer = sql::scalar(
        db, QStringLiteral("SELECT state FROM membership_offers WHERE user_id = ? AND group_id = ?"), {userId, groupId});
    return offer.isNull() ? protocol::MembershipKind::None : offer.toString();
}

QList<protocol::GroupMember> members(const QSqlDatabase &db, const QString &groupId)
{
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT u.id, u.name, u.title, u.department, m.role FROM memberships m "
                                          "JOIN users u ON u.id = m.user_id WHERE m.group_id = ? "
                                          "ORDER BY m.role = 'admin' DESC, u.name, u.id"),
                           {groupId});
    QList<protocol::GroupMember> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString()});
    return out;
}

QList<protocol::JoinRequest> requests(const QSqlDatabase &db, const QString &groupId)
{
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT u.id, u.name, u.title, o.created_at FROM membership_offers o "
                                          "JOIN users u ON u.id = o.user_id WHERE o.group_id = ? AND o.state = 'requested' "
                                          "ORDER BY o.created_at, u.id"),
                           {groupId});
    QList<protocol::JoinRequest> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
    return out;
}

int adminCount(const QSqlDatabase &db, const QString &groupId)
{
    return sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM memberships WHERE group_id = ? AND role = 'admin'"),
                       {groupId}, 0)
        .toInt();
}

void setRole(const QSqlDatabase &db, const QString &groupId, const QString &userId, const QString &role)
{
    sql::execute(db, QStringLiteral("UPDATE memberships SET role = ? WHERE group_id = ? AND user_id = ?"), {role, groupId, userId});
}

void removeMember(const QSqlDatabase &db, const QString &groupId, const QString &userId)
{
    sql::execute(db, QStringLiteral("DELETE FROM memberships WHERE group_id = ? AND user_id = ?"), {groupId, userId});
}

void setOffer(const QSqlDatabase &db, const QString &groupId, const QString &userId, const QString &state, qint64 at)
{
    sql::execute(db,
             QStringLiteral("INSERT INTO membership_offers (user_id, group_id, state, created_at) VALUES (?, ?, ?, ?) "
                            "ON CONFLICT (user_id, group_id) DO UPDATE SET state = excluded.state, created_at = excluded.created_at"),
             {userId, groupId, state, at});
}

void removeOffer(const QSqlDatabase &db, const QString &groupId, const QString &userId)
{
    sql::execute(db, QStringLiteral("DELETE FROM membership_offers WHERE group_id = ? AND user_id = ?"), {groupId, userId});
}

} // namespace plein::server::memberships
