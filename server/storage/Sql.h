#pragma once
// Prepared statements that throw StorageError instead of returning false, so callers cannot
// forget to check and a half-done write always ends in a rollback.
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <optional>

namespace plein::server::sql {

// A prepared statement leased from its connection's cache: prepared on first use and kept, so
// the statements every request runs are not prepared again each time (a QtSql prepare costs
// more than the SQLite work of a point query; see docs/performance.md). The lease ends with the
// object: the statement is reset and goes back. A second lease of the same text while the
// first is alive gets a statement of its own, so nesting is safe.
class Statement {
public:
    Statement(const QSqlDatabase &db, const QString &text);
    // Prepares (or reuses), binds `values` by position and executes.
    Statement(const QSqlDatabase &db, const QString &text, const QVariantList &values);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    QSqlQuery &query() { return *m_query; }
    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }

private:
    QString m_connection;
    QString m_text;
    std::optional<QSqlQuery> m_query;
    bool m_cached = false;
};

// Drops the cached statements of a connection; call before the connection is closed.
void forgetStatements(const QSqlDatabase &db);

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement);
void exec(QSqlQuery &query);
// prepare + bind positional values + exec.
QSqlQuery run(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});
// A statement whose rows nobody reads (INSERT, UPDATE, DELETE), through the statement cache.
// Returns the number of rows it changed.
qint64 execute(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});
// The first column of the first row, or `fallback` when there is no row.
QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {},
                const QVariant &fallback = {});

// SQLite stores an absent group or edit time as NULL; these keep that mapping in one place.
QVariant nullIfEmpty(const QString &value);
QVariant nullIfZero(qint64 value);

} // namespace plein::server::sql
