#pragma once
// Small named values kept with the cache: the sync cursor, the feed's server paging token,
// the signed-in user's id.
#include "Database.h"

namespace plein::store::meta {

inline constexpr const char *Cursor = "cursor";
inline constexpr const char *FeedNext = "feed_next";      // `before` for the next server page; empty: none
inline constexpr const char *Bootstrapped = "bootstrapped"; // "1" once a bootstrap was applied
inline constexpr const char *MeId = "me_id";

QString get(Database &db, const char *key, const QString &fallback = {});
void set(Database &db, const char *key, const QString &value);
QString get(Database &db, const QString &key, const QString &fallback = {});
void set(Database &db, const QString &key, const QString &value);
// `before` for a group's next server page ("" when the server has no more; absent: never paged)
QString groupNextKey(const QString &groupId);
qint64 cursor(Database &db);
void setCursor(Database &db, qint64 cursor);

} // namespace plein::store::meta
