#include "storage/ChangeLog.h"
#include "storage/Sql.h"

#include <QJsonDocument>

namespace plein::server {

QString Scope::org() { return QStringLiteral("org"); }
QString Scope::group(const QString &groupId) { return QStringLiteral("group:") + groupId; }
QString Scope::user(const QString &userId) { return QStringLiteral("user:") + userId; }
QString Scope::conversation(const QString &conversationId) { return QStringLiteral("conversation:") + conversationId; }
QString Scope::conversationOf(const QString &scope)
{
    static const QString prefix = QStringLiteral("conversation:");
    return scope.startsWith(prefix) ? scope.mid(prefix.size()) : QString();
}

ChangeLog::ChangeLog(const QSqlDatabase &db, QObject *parent)
    : QObject(parent), m_db(db)
{
}

LoggedEvent ChangeLog::append(const QString &scope, const QString &name, const QString &entityId, qint64 version,
                              const QJsonObject &data, qint64 createdAt)
{
    const QString text = QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
    sql::Statement q(m_db,
                     QStringLiteral("INSERT INTO events (scope, name, entity_id, version, data, created_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"),
                     {scope, name, entityId, version, text, createdAt});
    return {q.query().lastInsertId().toLongLong(), scope, name, data, text};
}

void ChangeLog::announce(const LoggedEvent &event)
{
    Q_EMIT committed(event);
}

void ChangeLog::announce(const QList<LoggedEvent> &events)
{
    for (const LoggedEvent &e : events) announce(e);
}

qint64 ChangeLog::maxSeq() const
{
    // sqlite_sequence remembers the last AUTOINCREMENT value even when the rows are gone.
    return sql::scalar(m_db,
                       QStringLiteral("SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'events'), 0), "
                                      "COALESCE((SELECT MAX(seq) FROM events), 0))"),
                       {}, 0)
        .toLongLong();
}

bool ChangeLog::canServe(qint64 since) const
{
    const qint64 max = maxSeq();
    if (since < 0 || since > max) return false;
    const QVariant oldest = sql::scalar(m_db, QStringLiteral("SELECT MIN(seq) FROM events"));
    // With no rows left everything up to max was pruned: only `max` itself is still exact.
    const qint64 floor = oldest.isNull() ? max : oldest.toLongLong() - 1;
    return since >= floor;
}

QList<LoggedEvent> ChangeLog::readVisible(const QString &userId, qint64 since, int limit) const
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT seq, scope, name, data FROM events "
                                          "WHERE seq > ? AND ((scope = 'org' AND NOT EXISTS "
                                          "(SELECT 1 FROM users WHERE id = ? AND role = 'external')) OR scope = ? OR scope IN "
                                          "(SELECT 'group:' || group_id FROM memberships WHERE user_id = ?) OR scope IN "
                                          "(SELECT 'conversation:' || conversation_id FROM conversation_members WHERE user_id = ?)) "
                                          "ORDER BY seq LIMIT ?"),
                           {since, userId, Scope::user(userId), userId, userId, limit});
    QList<LoggedEvent> events;
    while (q.next()) {
        const QString text = q.value(3).toString();
        events.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       QJsonDocument::fromJson(text.toUtf8()).object(), text});
    }
    return events;
}

int ChangeLog::pruneKeepingNewest(qint64 keep)
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("DELETE FROM events WHERE seq NOT IN "
                                          "(SELECT seq FROM events ORDER BY seq DESC LIMIT ?)"),
                           {keep});
    return q.numRowsAffected();
}

} // namespace plein::server
