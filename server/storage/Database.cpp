#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QTemporaryFile>

namespace plein::server {

QString Database::fileIn(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("plein.db"));
}

std::unique_ptr<Database> Database::open(const QString &dir, QString *error)
{
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir()) {
        *error = QStringLiteral("data directory %1 is not a directory").arg(dir);
        return nullptr;
    }
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create data directory %1").arg(dir);
        return nullptr;
    }
    // SQLite only says "unable to open database file"; probing first gives a clearer message
    // and catches a read-only directory holding an existing database (WAL needs new files).
    {
        QTemporaryFile probe(QDir(dir).filePath(QStringLiteral(".write-probe-XXXXXX")));
        if (!probe.open()) {
            *error = QStringLiteral("data directory %1 is not writable").arg(dir);
            return nullptr;
        }
    }

    static int connections = 0;
    std::unique_ptr<Database> database(new Database);
    database->m_connectionName = QStringLiteral("plein-%1").arg(++connections);
    database->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    database->m_db.setDatabaseName(fileIn(dir));
    database->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!database->m_db.open()) {
        *error = QStringLiteral("cannot open %1: %2").arg(fileIn(dir), database->m_db.lastError().text());
        return nullptr;
    }
    try {
        const QSqlDatabase &db = database->m_db;
        const QString mode = sql::scalar(db, QStringLiteral("PRAGMA journal_mode=WAL")).toString();
        if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            throw StorageError("cannot switch the database to WAL mode");
        sql::run(db, QStringLiteral("PRAGMA synchronous=NORMAL"));
        sql::run(db, QStringLiteral("PRAGMA foreign_keys=ON"));
        const QString migrationError = migrate(db);
        if (!migrationError.isEmpty()) {
            *error = migrationError;
            return nullptr;
        }
    } catch (const StorageError &e) {
        *error = QStringLiteral("cannot prepare %1: %2").arg(fileIn(dir), QString::fromStdString(e.what()));
        return nullptr;
    }
    return database;
}

Database::~Database()
{
    sql::forgetStatements(m_db);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

} // namespace plein::server
