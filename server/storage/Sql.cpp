#include "storage/Sql.h"
#include "storage/StorageError.h"

#include <QHash>
#include <QSqlError>

namespace plein::server::sql {

namespace {
[[noreturn]] void fail(const QSqlQuery &query, const QString &statement)
{
    throw StorageError((query.lastError().text() + QStringLiteral(" in: ") + statement.simplified()).toStdString());
}
}

namespace {
// Per thread (a QSqlDatabase belongs to the thread that opened it): connection name ->
// statement text -> idle prepared queries.
using Idle = QHash<QString, QList<QSqlQuery>>;
thread_local QHash<QString, Idle> t_idle;
// Statements built at run time (IN lists of varying length) must not grow the cache forever.
constexpr qsizetype kMaxCachedTexts = 256;
}

Statement::Statement(const QSqlDatabase &db, const QString &text)
    : m_connection(db.connectionName()), m_text(text)
{
    Idle &idle = t_idle[m_connection];
    auto it = idle.find(text);
    if (it != idle.end() && !it->isEmpty()) {
        m_query.emplace(it->takeLast());
        m_cached = true;
        return;
    }
    m_query.emplace(prepare(db, text));
    m_cached = idle.contains(text) || idle.size() < kMaxCachedTexts;
}

Statement::Statement(const QSqlDatabase &db, const QString &text, const QVariantList &values)
    : Statement(db, text)
{
    for (qsizetype i = 0; i < values.size(); ++i) m_query->bindValue(int(i), values.at(i));
    exec(*m_query);
}

Statement::~Statement()
{
    if (!m_cached || !m_query) return;
    m_query->finish(); // resets the SQLite statement: no read snapshot stays open
    auto connection = t_idle.find(m_connection);
    if (connection == t_idle.end()) return; // forgotten meanwhile: let it go
    (*connection)[m_text].append(std::move(*m_query));
}

void forgetStatements(const QSqlDatabase &db)
{
    t_idle.remove(db.connectionName());
}

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement)) fail(query, statement);
    return query;
}

void exec(QSqlQuery &query)
{
    if (!query.exec()) fail(query, query.lastQuery());
}

QSqlQuery run(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query = prepare(db, statement);
    for (const QVariant &v : values) query.addBindValue(v);
    exec(query);
    return query;
}

qint64 execute(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    Statement s(db, statement, values);
    return s.query().numRowsAffected();
}

QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values, const QVariant &fallback)
{
    Statement s(db, statement, values);
    return s.next() ? s.value(0) : fallback;
}

QVariant nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QVariant nullIfZero(qint64 value)
{
    return value == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(value);
}

} // namespace plein::server::sql
