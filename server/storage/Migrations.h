#pragma once
#include <QSqlDatabase>
#include <QString>

namespace plein::server {

// The schema version this build writes (PRAGMA user_version after migrating).
int latestSchemaVersion();

// Applies every step above the database's user_version, one transaction per step. Returns an
// empty string on success, else a one-line reason (e.g. a schema newer than this build).
QString migrate(const QSqlDatabase &db);

} // namespace plein::server
