#include "Database.h"

#include <sqlite3.h>

namespace plein::store {

namespace {
[[noreturn]] void fail(sqlite3 *db, const char *what)
{
    throw StoreError(QString::fromLatin1(what) + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(db)));
}
}

struct Database::Cached {
    sqlite3 *db;
    sqlite3_stmt *stmt;
    Statement statement;
    Cached(sqlite3 *d, sqlite3_stmt *s) : db(d), stmt(s), statement(d, s) {}
    ~Cached() { sqlite3_finalize(stmt); }
};

Statement &Statement::bind(int index, const QString &value)
{
    int rc;
    if (value.isNull()) {
        rc = sqlite3_bind_null(m_stmt, index);
    } else {
        const QByteArray utf8 = value.toUtf8();
        rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    if (rc != SQLITE_OK) fail(m_db, "bind");
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK) fail(m_db, "bind");
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    if (sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        fail(m_db, "bind");
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK) fail(m_db, "bind");
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    const QString msg = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_stmt);
    throw StoreError(QStringLiteral("step: ") + msg);
}

int Statement::parameterIndex(const char *name) const
{
    const int index = sqlite3_bind_parameter_index(m_stmt, name);
    if (index == 0) throw StoreError(QStringLiteral("no parameter ") + QString::fromLatin1(name));
    return index;
}

void Statement::run()
{
    while (step()) {}
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!p) return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::integer(int column) const { return sqlite3_column_int64(m_stmt, column); }

QByteArray Statement::blob(int column) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

Database::Database(const QString &path, Mode mode)
    : m_path(path)
{
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        const QString msg = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "out of memory");
        sqlite3_close(m_db);
        m_db = nullptr;
        throw StoreError(QStringLiteral("cannot open %1: %2").arg(path, msg));
    }
    sqlite3_busy_timeout(m_db, 5000);
    sqlite3_extended_result_codes(m_db, 1);
    if (mode == Mode::ReadWrite) {
        exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
    }
    exec("PRAGMA foreign_keys=ON;");
}

Database::~Database()
{
    m_statements.clear();
    sqlite3_close(m_db);
}

void Database::exec(const char *sql)
{
    char *err = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        const QString msg = QString::fromUtf8(err ? err : sqlite3_errmsg(m_db));
        sqlite3_free(err);
        throw StoreError(msg);
    }
}

Statement &Database::prepare(const char *sql)
{
    const QByteArray key(sql);
    auto it = m_statements.find(key);
    if (it == m_statements.end()) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK)
            fail(m_db, "prepare");
        it = m_statements.insert(key, std::make_shared<Cached>(m_db, stmt));
    }
    Statement &s = it.value()->statement;
    s.reset();
    return s;
}

qint64 Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }

int Database::userVersion()
{
    Statement &s = prepare("PRAGMA user_version");
    s.step();
    const int v = int(s.integer(0));
    s.reset();
    return v;
}

Transaction::Transaction(Database &db) : m_db(db) { m_db.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction()
{
    if (!m_done) {
        try { m_db.exec("ROLLBACK"); } catch (const StoreError &) {}
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace plein::store
