#pragma once
// Posts in the cache: server copies and the user's own local echoes.
#include "Database.h"
#include "protocol/Post.h"

#include <QList>
#include <optional>

namespace plein::store {

enum class PostState { Synced = 0, Pending = 1, Failed = 2 };

struct PostRow {
    protocol::Post post;
    PostState state = PostState::Synced;
    QString error; // why the outbox gave up, for Failed
};

// The feed's order: newest first, ties broken by id so paging never skips or repeats.
struct FeedKey {
    qint64 createdAt = 0;
    QString id;
    bool operator<(const FeedKey &o) const { return createdAt != o.createdAt ? createdAt < o.createdAt : id < o.id; }
    bool operator==(const FeedKey &o) const = default;
};

namespace posts {

// Writes a server copy unless the cache already holds this or a newer version. A local echo
// (pending or failed) is always replaced by the server's copy. Returns true when written.
bool upsertFromServer(Database &db, const protocol::Post &post);
void insertLocal(Database &db, const protocol::Post &post); // state Pending
void setState(Database &db, const QString &id, PostState state, const QString &error = {});
bool remove(Database &db, const QString &id);
// Deletes every synced post (a re-bootstrap replaces them); local echoes stay.
QStringList removeAllSynced(Database &db);

std::optional<PostRow> byId(Database &db, const QString &id);
// Up to `limit` posts older than `after` in feed order (from the newest when after is empty).
QList<PostRow> page(Database &db, const std::optional<FeedKey> &after, int limit);
qint64 count(Database &db);

} // namespace posts
} // namespace plein::store
