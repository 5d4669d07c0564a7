#include "storage/GroupRows.h"
#include "storage/Sql.h"

namespace plein::server::groups {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT g.id, g.name, g.description, g.visibility, g.kind, g.version, "
    "(SELECT COUNT(*) FROM memberships m WHERE m.group_id = g.id) FROM groups g ");

protocol::Group fromRow(const QSqlQuery &q)
{
    protocol::Group g;
    g.id = q.value(0).toString();
    g.name = q.value(1).toString();
    g.description = q.value(2).toString();
    g.visibility = q.value(3).toString();
    g.kind = q.value(4).toString();
    g.version = q.value(5).toLongLong();
    g.memberCount = q.value(6).toLongLong();
    return g;
}

} // namespace

std::optional<protocol::Group> findById(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery q = sql::run(db, kSelect + QStringLiteral("WHERE g.id = ?"), {id});
    if (!q.next()) return std::nullopt;
    return fromRow(q);
}

QList<protocol::Group> listForMember(const QSqlDatabase &db, const QString &userId)
{
    QSqlQuery q = sql::run(db,
                           kSelect + QStringLiteral("JOIN memberships mine ON mine.group_id = g.id AND mine.user_id = ? "
                                                    "ORDER BY g.kind, g.name, g.id"),
                           {userId});
    QList<protocol::Group> out;
    while (q.next()) out.append(fromRow(q));
    return out;
}

bool isMember(const QSqlDatabase &db, const QString &userId, const QString &groupId)
{
    return sql::scalar(db,
                       QStringLiteral("SELECT EXISTS (SELECT 1 FROM memberships WHERE user_id = ? AND group_id = ?)"),
                       {userId, groupId}, 0)
        .toBool();
}

QSet<QString> memberIds(const QSqlDatabase &db, const QString &groupId)
{
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT user_id FROM memberships WHERE group_id = ?"), {groupId});
    QSet<QString> ids;
    while (q.next()) ids.insert(q.value(0).toString());
    return ids;
}

void insert(const QSqlDatabase &db, const protocol::Group &group, qint64 createdAt)
{
    sql::run(db,
             QStringLiteral("INSERT INTO groups (id, name, description, visibility, kind, version, created_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {group.id, group.name, group.description, group.visibility, group.kind, group.version, createdAt});
}

void addMember(const QSqlDatabase &db, const QString &groupId, const QString &userId, const QString &role,
               qint64 createdAt)
{
    sql::run(db,
             QStringLiteral("INSERT OR IGNORE INTO memberships (user_id, group_id, role, created_at) VALUES (?, ?, ?, ?)"),
             {userId, groupId, role, createdAt});
}

} // namespace plein::server::groups
