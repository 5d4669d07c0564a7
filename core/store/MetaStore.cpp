#include "MetaStore.h"

namespace plein::store::meta {

QString get(Database &db, const char *key, const QString &fallback)
{
    return get(db, QString::fromLatin1(key), fallback);
}

void set(Database &db, const char *key, const QString &value) { set(db, QString::fromLatin1(key), value); }

QString groupNextKey(const QString &groupId) { return QStringLiteral("group_next:") + groupId; }

QString get(Database &db, const QString &key, const QString &fallback)
{
    Statement &s = db.prepare("SELECT value FROM meta WHERE key = ?");
    s.bind(1, key);
    const QString value = s.step() ? s.text(0) : fallback;
    s.reset();
    return value;
}

void set(Database &db, const QString &key, const QString &value)
{
    db.prepare("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, key)
        .bind(2, value.isNull() ? QStringLiteral("") : value)
        .run();
}

qint64 cursor(Database &db) { return get(db, Cursor, QStringLiteral("0")).toLongLong(); }
void setCursor(Database &db, qint64 cursor) { set(db, Cursor, QString::number(cursor)); }

} // namespace plein::store::meta
