#include "storage/AcknowledgementRows.h"
#include "storage/Sql.h"

namespace plein::server::acknowledgements {

bool add(const QSqlDatabase &db, const QString &postId, const QString &userId, qint64 at)
{
    return sql::run(db, QStringLiteral("INSERT OR IGNORE INTO acknowledgements (post_id, user_id, created_at) VALUES (?, ?, ?)"),
                    {postId, userId, at})
               .numRowsAffected()
        > 0;
}

qint64 count(const QSqlDatabase &db, const QString &postId)
{
    return sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM acknowledgements WHERE post_id = ?"), {postId}, 0).toLongLong();
}

QSet<QString> readers(const QSqlDatabase &db, const QString &postId)
{
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT user_id FROM acknowledgements WHERE post_id = ?"), {postId});
    QSet<QString> out;
    while (q.next()) out.insert(q.value(0).toString());
    return out;
}

QList<protocol::UserRef> audience(const QSqlDatabase &db, const QString &groupId)
{
    QSqlQuery q = groupId.isEmpty()
        ? sql::run(db, QStringLiteral("SELECT id, name FROM users WHERE role <> 'external' ORDER BY name, id"))
        : sql::run(db, QStringLiteral("SELECT u.id, u.name FROM memberships m JOIN users u ON u.id = m.user_id "
                                      "WHERE m.group_id = ? ORDER BY u.name, u.id"),
                   {groupId});
    QList<protocol::UserRef> out;
    while (q.next()) out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

} // namespace plein::server::acknowledgements
