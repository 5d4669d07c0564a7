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
    QString error;        // why the outbox gave up, for Failed
    QString conflictBody; // my edit the server refused as stale; empty when there is none
};

// The feed's order: newest first, ties broken by id so paging never skips or repeats.
struct FeedKey {
    qint64 createdAt = 0;
    QString id;
    bool operator<(const FeedKey &o) const { return createdAt != o.createdAt ? createdAt < o.createdAt : id < o.id; }
    bool operator==(const FeedKey &o) const = default;
};

// Which posts a list shows.
struct FeedScope {
    enum class Kind {
        Home,   // posts to everyone and posts in groups I am a member of
        Group,  // one group's posts
        Pinned, // announcements I have not marked as read
    };
    Kind kind = Kind::Home;
    QString groupId;
    static FeedScope home() { return {}; }
    static FeedScope group(const QString &id) { return {Kind::Group, id}; }
    static FeedScope pinned() { return {Kind::Pinned, {}}; }
    bool operator==(const FeedScope &) const = default;
};

// Whether a server copy carries the caller's own fields (my reactions, acknowledged). REST
// answers do; change-log events, shared by everyone in a scope, do not.
enum class PerUser { Included, Absent };

// Whether a server copy's counts (reactions, and a post's comment and read counts) replace the
// cached ones. The answer to my own write carries them as they were when the server took the
// write; the reaction and comment events that reached the cache before the answer are newer,
// and counts have no version to tell. Those answers keep the cached counts (and my own
// reactions and acknowledgement) of a row the cache already holds.
enum class Counts { FromCopy, KeepCached };

namespace posts {

// Writes a server copy unless the cache already holds this or a newer version. A local echo
// (pending or failed) is always replaced by the server's copy. Returns true when anything changed.
bool upsertFromServer(Database &db, const protocol::Post &post, PerUser perUser = PerUser::Absent,
                      Counts counts = Counts::FromCopy);
void insertLocal(Database &db, const protocol::Post &post); // state Pending
void setState(Database &db, const QString &id, PostState state, const QString &error = {});
// My edit, shown at once with a pending mark until the server confirms it.
bool editLocal(Database &db, const QString &id, const QString &body, qint64 editedAt);
void setConflict(Database &db, const QString &id, const QString &myBody);
void clearConflict(Database &db, const QString &id);
bool setReactions(Database &db, const QString &id, const protocol::ReactionCounts &counts);
// My reaction toggled here, ahead of the server: my list and the counts change together.
bool setMyReaction(Database &db, const QString &id, const QString &kind, bool active);
// My reaction as the server reported it (the counts came with it): only my list changes.
bool setMyReactionFlag(Database &db, const QString &id, const QString &kind, bool active);
bool setAcknowledged(Database &db, const QString &id, qint64 readCount, bool mine);
bool addCommentCount(Database &db, const QString &id, int delta);
bool remove(Database &db, const QString &id);
// Deletes every synced post (a re-bootstrap replaces them); local echoes stay.
QStringList removeAllSynced(Database &db);
// Deletes a group's posts (and their comments); returns the removed post ids.
QStringList removeGroup(Database &db, const QString &groupId);
// The ids of files attached to a group's cached posts (their downloaded copies go with a purge).
QStringList attachmentIdsInGroup(Database &db, const QString &groupId);

std::optional<PostRow> byId(Database &db, const QString &id);
// Up to `limit` posts of the scope older than `after` in feed order (from the newest when
// after is empty).
QList<PostRow> page(Database &db, const FeedScope &scope, const std::optional<FeedKey> &after, int limit);
QList<PostRow> page(Database &db, const std::optional<FeedKey> &after, int limit); // Home
bool inScope(Database &db, const FeedScope &scope, const QString &id);
qint64 count(Database &db);

} // namespace posts
} // namespace plein::store
