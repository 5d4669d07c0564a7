#include "storage/Sql.h"
#include "storage/StorageError.h"

#include <QSqlError>

namespace plein::server::sql {

namespace {
[[noreturn]] void fail(const QSqlQuery &query, const QString &statement)
{
    throw StorageError((query.lastError().text() + QStringLiteral(" in: ") + statement.simplified()).toStdString());
}
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

QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values, const QVariant &fallback)
{
    QSqlQuery query = run(db, statement, values);
    return query.next() ? query.value(0) : fallback;
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
