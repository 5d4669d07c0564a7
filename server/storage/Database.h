#pragma once
// The server's one SQLite connection. The server is single-threaded, so one connection is
// enough, and it is what makes "read the replay, then go live" race-free.
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace plein::server {

class Database {
public:
    // Creates `dir` when missing, checks it is writable, opens dir/plein.db and brings the
    // schema up to date. On failure returns null and sets `error` to a one-line reason.
    static std::unique_ptr<Database> open(const QString &dir, QString *error);
    static QString fileIn(const QString &dir);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const QSqlDatabase &handle() const { return m_db; }

private:
    Database() = default;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace plein::server
