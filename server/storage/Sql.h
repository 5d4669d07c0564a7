#pragma once
// Prepared statements that throw StorageError instead of returning false, so callers cannot
// forget to check and a half-done write always ends in a rollback.
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace plein::server::sql {

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement);
void exec(QSqlQuery &query);
// prepare + bind positional values + exec.
QSqlQuery run(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});
// The first column of the first row, or `fallback` when there is no row.
QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {},
                const QVariant &fallback = {});

// SQLite stores an absent group or edit time as NULL; these keep that mapping in one place.
QVariant nullIfEmpty(const QString &value);
QVariant nullIfZero(qint64 value);

} // namespace plein::server::sql
