#include "storage/UserRows.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace plein::server::users {

namespace {

const QString kColumns = QStringLiteral("id, email, name, title, department, expertise, role, version, password_hash");

Account fromRow(const QSqlQuery &q)
{
    Account a;
    a.user.id = q.value(0).toString();
    a.user.email = q.value(1).toString();
    a.user.name = q.value(2).toString();
    a.user.title = q.value(3).toString();
    a.user.department = q.value(4).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array())
        a.user.expertise.append(v.toString());
    a.user.role = q.value(6).toString();
    a.user.version = q.value(7).toLongLong();
    a.passwordHash = q.value(8).toString();
    return a;
}

} // namespace

std::optional<Account> findByEmail(const QSqlDatabase &db, const QString &email)
{
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT %1 FROM users WHERE email = ?").arg(kColumns), {email});
    if (!q.next()) return std::nullopt;
    return fromRow(q);
}

std::optional<protocol::User> findById(const QSqlDatabase &db, const QString &id)
{
    static const QString statement = QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(kColumns);
    sql::Statement q(db, statement, {id});
    if (!q.next()) return std::nullopt;
    return fromRow(q.query()).user;
}

void insert(const QSqlDatabase &db, const protocol::User &user, const QString &passwordHash, qint64 createdAt)
{
    const QString expertise =
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(user.expertise)).toJson(QJsonDocument::Compact));
    sql::execute(db,
             QStringLiteral("INSERT INTO users (id, email, name, title, department, expertise, role, password_hash, "
                            "version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {user.id, user.email, user.name, user.title, user.department, expertise, user.role, passwordHash,
              user.version, createdAt});
}

bool anyExist(const QSqlDatabase &db)
{
    return sql::scalar(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM users)"), {}, 0).toBool();
}

QSet<QString> externalIds(const QSqlDatabase &db)
{
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT id FROM users WHERE role = 'external'"));
    QSet<QString> out;
    while (q.next()) out.insert(q.value(0).toString());
    return out;
}

QList<protocol::User> search(const QSqlDatabase &db, const QString &query, int limit, const QString &sharingGroupsWith)
{
    // Matched in C++ rather than with LIKE: QString folds case beyond ASCII (SQLite's lower()
    // does not), and % or _ in a query stay plain characters.
    QString statement = QStringLiteral("SELECT %1 FROM users u WHERE 1 = 1 ").arg(kColumns);
    if (!sharingGroupsWith.isEmpty())
        statement += QStringLiteral("AND EXISTS (SELECT 1 FROM memberships a JOIN memberships b ON a.group_id = b.group_id "
                                    "WHERE a.user_id = u.id AND b.user_id = :me) ");
    statement += QStringLiteral("ORDER BY name, id");
    QSqlQuery q = sql::prepare(db, statement);
    if (!sharingGroupsWith.isEmpty()) q.bindValue(QStringLiteral(":me"), sharingGroupsWith);
    sql::exec(q);
    // Every word of the query must be found in the name, the part of the email before the @,
    // the department or an expertise: "anna vries" finds Anna de Vries, and the shared
    // domain ("plein", "demo") no longer matches everyone.
    const QStringList words = query.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<protocol::User> out;
    while (q.next() && out.size() < limit) {
        const protocol::User u = fromRow(q).user;
        const QString mailbox = u.email.section(QLatin1Char('@'), 0, 0);
        bool match = true;
        for (const QString &word : words) {
            const auto has = [&](const QString &s) { return s.contains(word, Qt::CaseInsensitive); };
            bool found = has(u.name) || has(mailbox) || has(u.department);
            for (const QString &e : u.expertise) found = found || has(e);
            match = match && found;
        }
        if (match) out.append(u);
    }
    return out;
}

} // namespace plein::server::users
