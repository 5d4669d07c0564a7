#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QStringList>

namespace plein::server {

namespace {

// Each step is applied exactly once and never edited after release: add a new step instead.
const QList<QStringList> &steps()
{
    static const QList<QStringList> all{
        {
            QStringLiteral(R"(CREATE TABLE users (
                id TEXT PRIMARY KEY,
                email TEXT NOT NULL UNIQUE COLLATE NOCASE,
                name TEXT NOT NULL,
                title TEXT NOT NULL DEFAULT '',
                department TEXT NOT NULL DEFAULT '',
                expertise TEXT NOT NULL DEFAULT '[]',
                role TEXT NOT NULL CHECK (role IN ('external', 'member', 'community_manager', 'admin')),
                password_hash TEXT NOT NULL,
                version INTEGER NOT NULL DEFAULT 1,
                created_at INTEGER NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE groups (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                description TEXT NOT NULL DEFAULT '',
                visibility TEXT NOT NULL CHECK (visibility IN ('public', 'private', 'secret')),
                kind TEXT NOT NULL DEFAULT '',
                version INTEGER NOT NULL DEFAULT 1,
                created_at INTEGER NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE memberships (
                user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                group_id TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
                role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'admin')),
                created_at INTEGER NOT NULL,
                PRIMARY KEY (user_id, group_id)))"),
            QStringLiteral("CREATE INDEX memberships_by_group ON memberships(group_id)"),
            QStringLiteral(R"(CREATE TABLE posts (
                id TEXT PRIMARY KEY,
                author_id TEXT NOT NULL REFERENCES users(id),
                group_id TEXT REFERENCES groups(id) ON DELETE CASCADE,
                body TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                edited_at INTEGER,
                version INTEGER NOT NULL DEFAULT 1))"),
            QStringLiteral("CREATE INDEX posts_by_time ON posts(created_at, id)"),
            QStringLiteral("CREATE INDEX posts_by_group_time ON posts(group_id, created_at, id)"),
            QStringLiteral(R"(CREATE TABLE comments (
                id TEXT PRIMARY KEY,
                post_id TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
                author_id TEXT NOT NULL REFERENCES users(id),
                body TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                version INTEGER NOT NULL DEFAULT 1))"),
            QStringLiteral("CREATE INDEX comments_by_post ON comments(post_id, created_at)"),
            QStringLiteral(R"(CREATE TABLE reactions (
                post_id TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
                user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                kind TEXT NOT NULL DEFAULT 'like',
                created_at INTEGER NOT NULL,
                PRIMARY KEY (post_id, user_id, kind)))"),
            QStringLiteral(R"(CREATE TABLE sessions (
                id INTEGER PRIMARY KEY,
                user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                refresh_hash TEXT NOT NULL UNIQUE,
                refresh_expires_at INTEGER NOT NULL,
                created_at INTEGER NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE access_tokens (
                token_hash TEXT PRIMARY KEY,
                session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
                expires_at INTEGER NOT NULL))"),
            QStringLiteral("CREATE INDEX access_tokens_by_session ON access_tokens(session_id)"),
            QStringLiteral(R"(CREATE TABLE events (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                scope TEXT NOT NULL,
                name TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                version INTEGER NOT NULL,
                data TEXT NOT NULL,
                created_at INTEGER NOT NULL))"),
            QStringLiteral("CREATE INDEX events_by_scope ON events(scope, seq)"),
        },
        // 2: issue 3. Groups remember their creator (same-id rule); requests and invitations
        // wait in membership_offers until decided; announcements with acknowledgements;
        // comment edits and reactions; uploaded files.
        {
            QStringLiteral("ALTER TABLE groups ADD COLUMN created_by TEXT REFERENCES users(id)"),
            QStringLiteral(R"(CREATE TABLE membership_offers (
                user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                group_id TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
                state TEXT NOT NULL CHECK (state IN ('requested', 'invited')),
                created_at INTEGER NOT NULL,
                PRIMARY KEY (user_id, group_id)))"),
            QStringLiteral("CREATE INDEX membership_offers_by_group ON membership_offers(group_id, state)"),
            QStringLiteral("ALTER TABLE posts ADD COLUMN announcement INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE INDEX posts_announcements ON posts(announcement) WHERE announcement = 1"),
            QStringLiteral(R"(CREATE TABLE acknowledgements (
                post_id TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
                user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                created_at INTEGER NOT NULL,
                PRIMARY KEY (post_id, user_id)))"),
            QStringLiteral("ALTER TABLE comments ADD COLUMN edited_at INTEGER"),
            QStringLiteral(R"(CREATE TABLE comment_reactions (
                comment_id TEXT NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
                user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                PRIMARY KEY (comment_id, user_id, kind)))"),
            QStringLiteral(R"(CREATE TABLE files (
                id TEXT PRIMARY KEY,
                uploader_id TEXT NOT NULL REFERENCES users(id),
                name TEXT NOT NULL,
                mime TEXT NOT NULL,
                size INTEGER NOT NULL,
                width INTEGER NOT NULL DEFAULT 0,
                height INTEGER NOT NULL DEFAULT 0,
                has_thumbnail INTEGER NOT NULL DEFAULT 0,
                post_id TEXT REFERENCES posts(id) ON DELETE CASCADE,
                position INTEGER NOT NULL DEFAULT 0,
                created_at INTEGER NOT NULL))"),
            QStringLiteral("CREATE INDEX files_by_post ON files(post_id, position)"),
        },
        // 3: issue 4, chat. Direct conversations carry a key made of their two members' ids
        // (sorted), so there is at most one per pair. Messages are numbered per conversation by
        // `position` (the conversations row holds the last one given out); a deleted message
        // keeps its row (body emptied, deleted_at set) so its position stays taken and replies
        // quoting it can say it was deleted.
        {
            QStringLiteral(R"(CREATE TABLE conversations (
                id TEXT PRIMARY KEY,
                title TEXT NOT NULL DEFAULT '',
                direct INTEGER NOT NULL DEFAULT 0,
                direct_key TEXT UNIQUE,
                created_by TEXT NOT NULL REFERENCES users(id),
                created_at INTEGER NOT NULL,
                last_activity_at INTEGER NOT NULL,
                last_position INTEGER NOT NULL DEFAULT 0,
                version INTEGER NOT NULL DEFAULT 1))"),
            QStringLiteral(R"(CREATE TABLE conversation_members (
                conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
                user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                read_position INTEGER NOT NULL DEFAULT 0,
                muted INTEGER NOT NULL DEFAULT 0,
                joined_at INTEGER NOT NULL,
                PRIMARY KEY (conversation_id, user_id)))"),
            QStringLiteral("CREATE INDEX conversation_members_by_user ON conversation_members(user_id, conversation_id)"),
            QStringLiteral(R"(CREATE TABLE messages (
                id TEXT PRIMARY KEY,
                conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                author_id TEXT NOT NULL REFERENCES users(id),
                body TEXT NOT NULL,
                reply_to TEXT,
                attachment_count INTEGER NOT NULL DEFAULT 0,
                created_at INTEGER NOT NULL,
                edited_at INTEGER,
                deleted_at INTEGER,
                version INTEGER NOT NULL DEFAULT 1,
                UNIQUE (conversation_id, position)))"),
            QStringLiteral(R"(CREATE TABLE message_reactions (
                message_id TEXT NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
                user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                PRIMARY KEY (message_id, user_id, kind)))"),
            QStringLiteral(R"(CREATE TABLE message_files (
                file_id TEXT PRIMARY KEY REFERENCES files(id) ON DELETE CASCADE,
                message_id TEXT NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
                position INTEGER NOT NULL))"),
            QStringLiteral("CREATE INDEX message_files_by_message ON message_files(message_id, position)"),
        },
    };
    return all;
}

} // namespace

int latestSchemaVersion()
{
    return int(steps().size());
}

QString migrate(const QSqlDatabase &db)
{
    const int current = sql::scalar(db, QStringLiteral("PRAGMA user_version"), {}, 0).toInt();
    if (current > latestSchemaVersion()) {
        return QStringLiteral("the database has schema version %1, newer than the %2 this plein-server "
                              "understands; use a newer plein-server")
            .arg(current)
            .arg(latestSchemaVersion());
    }
    for (int version = current + 1; version <= latestSchemaVersion(); ++version) {
        Transaction tx(db, Transaction::Kind::Write);
        for (const QString &statement : steps().at(version - 1)) sql::run(db, statement);
        // PRAGMA takes no bound parameters; `version` is our own integer.
        sql::run(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
        tx.commit();
    }
    return {};
}

} // namespace plein::server
