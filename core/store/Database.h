#pragma once
// A small RAII wrapper over the SQLite C API: one connection, cached prepared statements,
// errors as StoreError exceptions (caught at the store's boundary, never across threads).
#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVariant>
#include <memory>
#include <stdexcept>

struct sqlite3;
struct sqlite3_stmt;

namespace plein::store {

class StoreError : public std::runtime_error {
public:
    explicit StoreError(const QString &message) : std::runtime_error(message.toStdString()) {}
    QString message() const { return QString::fromStdString(what()); }
};

class Statement {
public:
    Statement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, const QString &value);   // 1-based; a null QString binds NULL
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, const QByteArray &value);
    Statement &bindNull(int index);
    int parameterIndex(const char *name) const; // of a named parameter such as ":id"

    bool step();            // true while a row is available
    void run();             // step to completion, for statements without results
    void reset();

    QString text(int column) const;
    qint64 integer(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt;
};

class Database {
public:
    enum class Mode { ReadWrite, ReadOnly };
    Database(const QString &path, Mode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    void exec(const char *sql);            // one or more statements, no results
    // A cached statement, reset and with bindings cleared, ready to bind and step.
    Statement &prepare(const char *sql);
    qint64 lastInsertRowId() const;
    int changes() const;
    int userVersion();
    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

private:
    struct Cached;
    QString m_path;
    sqlite3 *m_db = nullptr;
    QHash<QByteArray, std::shared_ptr<Cached>> m_statements;
};

// Commits on commit(); rolls back when destroyed uncommitted (an exception mid-batch leaves
// the database as it was).
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    void commit();
private:
    Database &m_db;
    bool m_done = false;
};

} // namespace plein::store
