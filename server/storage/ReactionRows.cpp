#include "storage/ReactionRows.h"
#include "storage/Sql.h"

namespace plein::server::reactions {

namespace {
// Table and key column per target; fixed strings, never from a request.
QString table(Target t)
{
    switch (t) {
    case Target::Post: return QStringLiteral("reactions");
    case Target::Comment: return QStringLiteral("comment_reactions");
    case Target::Message: break;
    }
    return QStringLiteral("message_reactions");
}
QString key(Target t)
{
    switch (t) {
    case Target::Post: return QStringLiteral("post_id");
    case Target::Comment: return QStringLiteral("comment_id");
    case Target::Message: break;
    }
    return QStringLiteral("message_id");
}

// Kinds in display order, so answers do not depend on insertion order.
void sortKinds(QStringList &kinds)
{
    const QStringList order = protocol::ReactionKind::all();
    std::sort(kinds.begin(), kinds.end(), [&](const QString &a, const QString &b) { return order.indexOf(a) < order.indexOf(b); });
}
}

bool set(const QSqlDatabase &db, Target target, const QString &id, const QString &userId, const QString &kind,
         bool active, qint64 at)
{
    QSqlQuery q = active
        ? sql::run(db, QStringLiteral("INSERT OR IGNORE INTO %1 (%2, user_id, kind, created_at) VALUES (?, ?, ?, ?)")
                           .arg(table(target), key(target)),
                   {id, userId, kind, at})
        : sql::run(db, QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND user_id = ? AND kind = ?").arg(table(target), key(target)),
                   {id, userId, kind});
    return q.numRowsAffected() > 0;
}

protocol::ReactionCounts counts(const QSqlDatabase &db, Target target, const QString &id)
{
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT kind, COUNT(*) FROM %1 WHERE %2 = ? GROUP BY kind").arg(table(target), key(target)),
                           {id});
    protocol::ReactionCounts out;
    while (q.next()) out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

QStringList mine(const QSqlDatabase &db, Target target, const QString &id, const QString &userId)
{
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT kind FROM %1 WHERE %2 = ? AND user_id = ?").arg(table(target), key(target)),
                           {id, userId});
    QStringList out;
    while (q.next()) out.append(q.value(0).toString());
    sortKinds(out);
    return out;
}

QList<protocol::Reactor> reactors(const QSqlDatabase &db, Target target, const QString &id)
{
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT u.id, u.name, r.kind FROM %1 r JOIN users u ON u.id = r.user_id "
                                          "WHERE r.%2 = ? ORDER BY r.created_at, u.id, r.kind")
                               .arg(table(target), key(target)),
                           {id});
    QList<protocol::Reactor> out;
    while (q.next()) out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

protocol::ReactionCounts parseCounts(const QString &concatenated)
{
    protocol::ReactionCounts out;
    for (const QString &pair : concatenated.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq > 0) out.insert(pair.left(eq), pair.mid(eq + 1).toLongLong());
    }
    return out;
}

QStringList parseKinds(const QString &concatenated)
{
    QStringList kinds = concatenated.split(QLatin1Char(','), Qt::SkipEmptyParts);
    sortKinds(kinds);
    return kinds;
}

} // namespace plein::server::reactions
