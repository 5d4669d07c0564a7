#include "Migrations.h"

#include <array>

namespace plein::store {

namespace {
// Step N takes the file from user_version N to N+1. Never edit a released step; add one.
constexpr std::array kSteps = {
    R"sql(
    CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE users(
        id TEXT PRIMARY KEY, email TEXT NOT NULL, name TEXT NOT NULL, title TEXT, department TEXT,
        expertise TEXT, role TEXT NOT NULL, version INTEGER NOT NULL);
    CREATE TABLE org_groups(
        id TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT, visibility TEXT NOT NULL,
        kind TEXT, member_count INTEGER NOT NULL DEFAULT 0, version INTEGER NOT NULL,
        is_member INTEGER NOT NULL DEFAULT 0);
    -- state: 0 synced, 1 pending (in the outbox), 2 failed (the outbox gave up; error says why)
    CREATE TABLE posts(
        id TEXT PRIMARY KEY, author_id TEXT NOT NULL, author_name TEXT NOT NULL,
        group_id TEXT, group_name TEXT, body TEXT NOT NULL, created_at INTEGER NOT NULL,
        edited_at INTEGER NOT NULL DEFAULT 0, like_count INTEGER NOT NULL DEFAULT 0,
        comment_count INTEGER NOT NULL DEFAULT 0, version INTEGER NOT NULL,
        state INTEGER NOT NULL DEFAULT 0, error TEXT);
    CREATE INDEX posts_by_time ON posts(created_at DESC, id DESC);
    CREATE INDEX posts_by_group ON posts(group_id, created_at DESC);
    CREATE TABLE outbox(
        seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, object_id TEXT NOT NULL,
        payload TEXT NOT NULL, state TEXT NOT NULL CHECK(state IN ('pending','sending','failed')),
        attempts INTEGER NOT NULL DEFAULT 0, error TEXT, created_at INTEGER NOT NULL);
    CREATE INDEX outbox_by_state ON outbox(state, seq);
    )sql",
    // Groups and the full feed: my relation to each group, announcements, reactions,
    // attachments, comments. Per-user columns (my_reactions, acknowledged) are only written
    // from REST answers, which carry them; change-log events are shared and do not.
    R"sql(
    ALTER TABLE org_groups ADD COLUMN membership TEXT NOT NULL DEFAULT 'none';
    UPDATE org_groups SET membership = 'member' WHERE is_member = 1;
    ALTER TABLE posts ADD COLUMN announcement INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE posts ADD COLUMN read_count INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE posts ADD COLUMN acknowledged INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE posts ADD COLUMN reactions TEXT NOT NULL DEFAULT '{}';
    ALTER TABLE posts ADD COLUMN my_reactions TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE posts ADD COLUMN attachments TEXT NOT NULL DEFAULT '[]';
    -- the text of an edit the server refused as stale, kept until the user decides
    ALTER TABLE posts ADD COLUMN conflict_body TEXT;
    CREATE INDEX posts_pinned ON posts(announcement, acknowledged, created_at DESC);
    CREATE TABLE comments(
        id TEXT PRIMARY KEY, post_id TEXT NOT NULL, author_id TEXT NOT NULL,
        author_name TEXT NOT NULL, body TEXT NOT NULL, created_at INTEGER NOT NULL,
        edited_at INTEGER NOT NULL DEFAULT 0, version INTEGER NOT NULL,
        reactions TEXT NOT NULL DEFAULT '{}', my_reactions TEXT NOT NULL DEFAULT '[]',
        state INTEGER NOT NULL DEFAULT 0, error TEXT);
    CREATE INDEX comments_by_post ON comments(post_id, created_at, id);
    -- files the user attached that are not uploaded yet (a copy lives in the account's dir)
    CREATE TABLE uploads(
        id TEXT PRIMARY KEY, post_id TEXT, local_path TEXT NOT NULL, name TEXT NOT NULL,
        size INTEGER NOT NULL, mime TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'pending',
        error TEXT);
    )sql",
    // Chat. A message's sort_key is its server position, or for a local echo a number above
    // every position (kLocalSortBase + n), so pending messages list after the confirmed ones.
    // history_from: the lowest position from which the cache holds every message up to
    // last_position (older ones are paged from the server); history_complete: none older exist.
    R"sql(
    CREATE TABLE conversations(
        id TEXT PRIMARY KEY, title TEXT NOT NULL DEFAULT '', direct INTEGER NOT NULL DEFAULT 0,
        created_by TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL,
        last_activity_at INTEGER NOT NULL, last_position INTEGER NOT NULL DEFAULT 0,
        version INTEGER NOT NULL, members TEXT NOT NULL DEFAULT '[]',
        my_read_position INTEGER NOT NULL DEFAULT 0, last_message TEXT, muted INTEGER NOT NULL DEFAULT 0,
        history_from INTEGER NOT NULL DEFAULT 0, history_complete INTEGER NOT NULL DEFAULT 0);
    CREATE INDEX conversations_by_activity ON conversations(last_activity_at DESC, id);
    CREATE TABLE messages(
        id TEXT PRIMARY KEY, conversation_id TEXT NOT NULL, author_id TEXT NOT NULL,
        author_name TEXT NOT NULL, body TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0,
        sort_key INTEGER NOT NULL, created_at INTEGER NOT NULL, edited_at INTEGER NOT NULL DEFAULT 0,
        version INTEGER NOT NULL, reply_to TEXT, attachments TEXT NOT NULL DEFAULT '[]',
        reactions TEXT NOT NULL DEFAULT '{}', my_reactions TEXT NOT NULL DEFAULT '[]',
        state INTEGER NOT NULL DEFAULT 0, error TEXT);
    CREATE INDEX messages_by_conversation ON messages(conversation_id, sort_key);
    )sql",
};
}

int currentSchemaVersion() { return int(kSteps.size()); }

void migrate(Database &db)
{
    const int from = db.userVersion();
    if (from > currentSchemaVersion()) {
        throw StoreError(QStringLiteral("The local cache %1 was written by a newer version of Plein (schema %2, "
                                        "this version reads up to %3). Update Plein or sign in again.")
                             .arg(db.path())
                             .arg(from)
                             .arg(currentSchemaVersion()));
    }
    for (int v = from; v < currentSchemaVersion(); ++v) {
        Transaction tx(db);
        db.exec(kSteps[size_t(v)]);
        db.exec(QByteArray("PRAGMA user_version=" + QByteArray::number(v + 1)).constData());
        tx.commit();
    }
}

} // namespace plein::store
