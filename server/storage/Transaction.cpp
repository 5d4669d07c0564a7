#include "storage/Transaction.h"
#include "storage/Sql.h"

#include <QSqlQuery>

namespace plein::server {

Transaction::Transaction(const QSqlDatabase &db, Kind kind)
    : m_db(db)
{
    sql::execute(m_db, kind == Kind::Write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    m_open = true;
}

Transaction::~Transaction()
{
    if (!m_open) return;
    // Never throws from a destructor: a failed rollback leaves SQLite to roll back itself.
    QSqlQuery rollback(m_db);
    rollback.exec(QStringLiteral("ROLLBACK"));
}

void Transaction::commit()
{
    sql::execute(m_db, QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace plein::server
