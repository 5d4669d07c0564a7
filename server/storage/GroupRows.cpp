#include "storage/GroupRows.h"
#include "storage/Sql.h"

namespace plein::server::groups {

namespace {

// The last column is the viewer's relation; callers that have no viewer bind an empty id.
const QString kSelect = QStringLiteral(
    "SELECT g.id, g.name, g.description, g.visibility, g.kind, g.version, "
    "(SELECT COUNT(*) FROM memberships m WHERE m.group_id = g.id), g.created_at, "
    "COALESCE((SELECT role FROM memberships m WHERE m.group_id = g.id AND m.user_id = :viewer), "
    "         (SELECT state FROM membership_offers o WHERE o.group_id = g.id AND o.user_id = :viewer), 'none') "
    "FROM groups g ");

protocol::Group fromRow(const QSqlQuery &q, bool withMembership)
{
    protocol::Group g;
    g.id = q.value(0).toString();
    g.name = q.value(1).toString();
    g.description = q.value(2).toString();
    g.visibility = q.value(3).toString();
    g.kind = q.value(4).toString();
    g.version = q.value(5).toLongLong();
    g.memberCount = q.value(6).toLongLong();
    g.createdAt = q.value(7).toLongLong();
    if (withMembership) g.membership = q.value(8).toString();
    return g;
}

QList<protocol::Group> readAll(QSqlQuery &q)
{
    sql::exec(q);
    QList<protocol::Group> out;
    while (q.next()) out.append(fromRow(q, true));
    return out;
}

} // namespace

std::optional<protocol::Group> findById(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery q = sql::prepare(db, kSelect + QStringLiteral("WHERE g.id = :id"));
    q.bindValue(QStringLiteral(":viewer"), QString());
    q.bindValue(QStringLiteral(":id"), id);
    sql::exec(q);
    if (!q.next()) return std::nullopt;
    return fromRow(q, false);
}

QList<protocol::Group> listForMember(const QSqlDatabase &db, const QString &userId)
{
    QSqlQuery q = sql::prepare(db, kSelect + QStringLiteral("JOIN memberships mine ON mine.group_id = g.id AND mine.user_id = :viewer "
                                                            "ORDER BY g.kind, g.name, g.id"));
    q.bindValue(QStringLiteral(":viewer"), userId);
    return readAll(q);
}

QList<protocol::Group> listDiscoverable(const QSqlDatabase &db, const QString &userId, bool includeOpen,
                                        bool includeSecret)
{
    QSqlQuery q = sql::prepare(
        db, kSelect + QStringLiteral(
                "WHERE NOT EXISTS (SELECT 1 FROM memberships m WHERE m.group_id = g.id AND m.user_id = :viewer) "
                "AND ((:open = 1 AND g.visibility IN ('public', 'private')) OR (:secret = 1 AND g.visibility = 'secret') "
                "     OR EXISTS (SELECT 1 FROM membership_offers o WHERE o.group_id = g.id AND o.user_id = :viewer "
                "                AND o.state = 'invited')) "
                "ORDER BY g.kind, g.name, g.id"));
    q.bindValue(QStringLiteral(":viewer"), userId);
    q.bindValue(QStringLiteral(":open"), includeOpen ? 1 : 0);
    q.bindValue(QStringLiteral(":secret"), includeSecret ? 1 : 0);
    return readAll(q);
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

QString creatorOf(const QSqlDatabase &db, const QString &groupId)
{
    return sql::scalar(db, QStringLiteral("SELECT created_by FROM groups WHERE id = ?"), {groupId}).toString();
}

void insert(const QSqlDatabase &db, const protocol::Group &group, qint64 createdAt, const QString &createdBy)
{
    sql::execute(db,
             QStringLiteral("INSERT INTO groups (id, name, description, visibility, kind, version, created_at, created_by) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {group.id, group.name, group.description, group.visibility, group.kind, group.version, createdAt,
              sql::nullIfEmpty(createdBy)});
}

void update(const QSqlDatabase &db, const protocol::Group &group)
{
    sql::execute(db, QStringLiteral("UPDATE groups SET name = ?, description = ?, visibility = ?, version = ? WHERE id = ?"),
             {group.name, group.description, group.visibility, group.version, group.id});
}

void addMember(const QSqlDatabase &db, const QString &groupId, const QString &userId, const QString &role,
               qint64 createdAt)
{
    sql::execute(db,
             QStringLiteral("INSERT OR IGNORE INTO memberships (user_id, group_id, role, created_at) VALUES (?, ?, ?, ?)"),
             {userId, groupId, role, createdAt});
}

} // namespace plein::server::groups
