#pragma once
// A scoped SQLite transaction: rolled back unless commit() was reached, so an exception in the
// middle of a change leaves neither the change nor its change-log event behind.
#include <QSqlDatabase>

namespace plein::server {

class Transaction {
public:
    enum class Kind {
        Read,  // BEGIN: a consistent snapshot for several reads
        Write, // BEGIN IMMEDIATE: takes the write lock up front, so a concurrent seed or prune
               // makes us wait (busy timeout) instead of failing halfway
    };
    Transaction(const QSqlDatabase &db, Kind kind);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace plein::server
