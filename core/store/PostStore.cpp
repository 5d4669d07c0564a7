#include "PostStore.h"
#include "ReactionToggle.h"
#include "JsonColumns.h"

namespace plein::store::posts {

namespace {
constexpr const char *kColumns =
    "id, author_id, author_name, group_id, group_name, body, created_at, edited_at, like_count, "
    "comment_count, version, state, error, announcement, read_count, acknowledged, reactions, "
    "my_reactions, attachments, conflict_body";

// Home: posts to everyone, and posts in groups I belong to (my own echoes always).
constexpr const char *kHomeFilter =
    "(group_id IS NULL OR state != 0 OR group_id IN "
    "(SELECT id FROM org_groups WHERE membership IN ('member','admin')))";

PostRow readRow(const Statement &s)
{
    PostRow r;
    r.post.id = s.text(0);
    r.post.authorId = s.text(1);
    r.post.authorName = s.text(2);
    r.post.groupId = s.text(3);
    r.post.groupName = s.text(4);
    r.post.body = s.text(5);
    r.post.createdAt = s.integer(6);
    r.post.editedAt = s.integer(7);
    r.post.likeCount = s.integer(8);
    r.post.commentCount = s.integer(9);
    r.post.version = s.integer(10);
    r.state = PostState(s.integer(11));
    r.error = s.text(12);
    r.post.announcement = s.integer(13) != 0;
    r.post.readCount = s.integer(14);
    r.post.acknowledged = s.integer(15) != 0;
    r.post.reactions = columns::toCounts(s.text(16));
    r.post.myReactions = columns::toList(s.text(17));
    r.post.attachments = columns::toAttachments(s.text(18));
    r.conflictBody = s.text(19);
    return r;
}

Statement &bindPost(Statement &s, const protocol::Post &p)
{
    s.bind(1, p.id).bind(2, p.authorId).bind(3, p.authorName);
    if (p.groupId.isEmpty()) s.bindNull(4); else s.bind(4, p.groupId);
    if (p.groupName.isEmpty()) s.bindNull(5); else s.bind(5, p.groupName);
    return s.bind(6, p.body).bind(7, p.createdAt).bind(8, p.editedAt).bind(9, p.reactions.value(QStringLiteral("like")))
        .bind(10, p.commentCount).bind(11, p.version).bind(12, p.announcement ? 1 : 0).bind(13, p.readCount)
        .bind(14, columns::fromCounts(p.reactions)).bind(15, columns::fromAttachments(p.attachments));
}

QByteArray scopeFilter(const FeedScope &scope)
{
    switch (scope.kind) {
    case FeedScope::Kind::Home: return kHomeFilter;
    case FeedScope::Kind::Group: return "group_id = :group";
    case FeedScope::Kind::Pinned: return QByteArray("announcement = 1 AND acknowledged = 0 AND ") + kHomeFilter;
    }
    return kHomeFilter;
}

int likeCountOf(const protocol::ReactionCounts &counts) { return int(counts.value(QStringLiteral("like"))); }
}

bool upsertFromServer(Database &db, const protocol::Post &post, PerUser perUser, Counts counts)
{
    const bool keep = counts == Counts::KeepCached;
    bool existed = false;
    if (keep) {
        Statement &e = db.prepare("SELECT 1 FROM posts WHERE id = ?");
        e.bind(1, post.id);
        existed = e.step();
        e.reset();
    }
    Statement &s = db.prepare(
        "INSERT INTO posts(id, author_id, author_name, group_id, group_name, body, created_at, edited_at, "
        "like_count, comment_count, version, announcement, read_count, reactions, attachments, state, error) "
        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,NULL) "
        "ON CONFLICT(id) DO UPDATE SET author_id=excluded.author_id, author_name=excluded.author_name, "
        "group_id=excluded.group_id, group_name=excluded.group_name, body=excluded.body, "
        "created_at=excluded.created_at, edited_at=excluded.edited_at, "
        "like_count=CASE WHEN ?16 THEN posts.like_count ELSE excluded.like_count END, "
        "comment_count=CASE WHEN ?16 THEN posts.comment_count ELSE excluded.comment_count END, "
        "version=excluded.version, announcement=excluded.announcement, "
        "read_count=CASE WHEN ?16 THEN posts.read_count ELSE excluded.read_count END, "
        "reactions=CASE WHEN ?16 THEN posts.reactions ELSE excluded.reactions END, attachments=excluded.attachments, "
        "state=0, error=NULL "
        "WHERE excluded.version > posts.version OR posts.state != 0");
    bindPost(s, post).bind(16, keep ? 1 : 0).run();
    bool changed = db.changes() > 0;
    if (perUser == PerUser::Included && !(keep && existed)) {
        const QString mine = columns::fromList(post.myReactions);
        const QString counts = columns::fromCounts(post.reactions);
        Statement &u = db.prepare(
            "UPDATE posts SET my_reactions = ?1, acknowledged = ?2, reactions = ?3, like_count = ?4, "
            "read_count = ?5, comment_count = ?6 WHERE id = ?7 AND version <= ?8 AND "
            "(my_reactions != ?1 OR acknowledged != ?2 OR reactions != ?3 OR read_count != ?5 OR comment_count != ?6)");
        u.bind(1, mine).bind(2, post.acknowledged ? 1 : 0).bind(3, counts).bind(4, likeCountOf(post.reactions))
            .bind(5, post.readCount).bind(6, post.commentCount).bind(7, post.id).bind(8, post.version).run();
        changed = changed || db.changes() > 0;
    }
    return changed;
}

void insertLocal(Database &db, const protocol::Post &post)
{
    Statement &s = db.prepare(
        "INSERT INTO posts(id, author_id, author_name, group_id, group_name, body, created_at, edited_at, "
        "like_count, comment_count, version, announcement, read_count, reactions, attachments, state, error) "
        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,NULL)");
    bindPost(s, post).run();
}

void setState(Database &db, const QString &id, PostState state, const QString &error)
{
    Statement &s = db.prepare("UPDATE posts SET state = ?, error = ? WHERE id = ?");
    s.bind(1, int(state)).bind(2, error.isEmpty() ? QString() : error).bind(3, id).run();
}

bool editLocal(Database &db, const QString &id, const QString &body, qint64 editedAt)
{
    db.prepare("UPDATE posts SET body = ?, edited_at = ?, state = 1, error = NULL, conflict_body = NULL WHERE id = ?")
        .bind(1, body).bind(2, editedAt).bind(3, id).run();
    return db.changes() > 0;
}

void setConflict(Database &db, const QString &id, const QString &myBody)
{
    db.prepare("UPDATE posts SET conflict_body = ? WHERE id = ?").bind(1, myBody).bind(2, id).run();
}

void clearConflict(Database &db, const QString &id)
{
    db.prepare("UPDATE posts SET conflict_body = NULL WHERE id = ?").bind(1, id).run();
}

bool setReactions(Database &db, const QString &id, const protocol::ReactionCounts &counts)
{
    db.prepare("UPDATE posts SET reactions = ?, like_count = ? WHERE id = ?")
        .bind(1, columns::fromCounts(counts)).bind(2, likeCountOf(counts)).bind(3, id).run();
    return db.changes() > 0;
}

bool setMyReaction(Database &db, const QString &id, const QString &kind, bool active)
{
    auto row = byId(db, id);
    if (!row) return false;
    QStringList mine = row->post.myReactions;
    protocol::ReactionCounts counts = row->post.reactions;
    if (!toggleMyReaction(mine, &counts, kind, active)) return false;
    db.prepare("UPDATE posts SET my_reactions = ?, reactions = ?, like_count = ? WHERE id = ?")
        .bind(1, columns::fromList(mine)).bind(2, columns::fromCounts(counts)).bind(3, likeCountOf(counts)).bind(4, id)
        .run();
    return true;
}

bool setAcknowledged(Database &db, const QString &id, qint64 readCount, bool mine)
{
    if (mine)
        db.prepare("UPDATE posts SET read_count = max(read_count, ?), acknowledged = 1 WHERE id = ?")
            .bind(1, readCount).bind(2, id).run();
    else
        db.prepare("UPDATE posts SET read_count = max(read_count, ?) WHERE id = ?").bind(1, readCount).bind(2, id).run();
    return db.changes() > 0;
}

bool addCommentCount(Database &db, const QString &id, int delta)
{
    db.prepare("UPDATE posts SET comment_count = max(0, comment_count + ?) WHERE id = ?").bind(1, delta).bind(2, id).run();
    return db.changes() > 0;
}

bool setMyReactionFlag(Database &db, const QString &id, const QString &kind, bool active)
{
    auto row = byId(db, id);
    if (!row) return false;
    QStringList mine = row->post.myReactions;
    if (!toggleMyReaction(mine, nullptr, kind, active)) return false;
    db.prepare("UPDATE posts SET my_reactions = ? WHERE id = ?").bind(1, columns::fromList(mine)).bind(2, id).run();
    return true;
}

bool remove(Database &db, const QString &id)
{
    db.prepare("DELETE FROM comments WHERE post_id = ?").bind(1, id).run();
    db.prepare("DELETE FROM posts WHERE id = ?").bind(1, id).run();
    return db.changes() > 0;
}

QStringList removeAllSynced(Database &db)
{
    QStringList ids;
    Statement &q = db.prepare("SELECT id FROM posts WHERE state = 0");
    while (q.step()) ids.append(q.text(0));
    db.prepare("DELETE FROM comments WHERE state = 0").run();
    db.prepare("DELETE FROM posts WHERE state = 0").run();
    return ids;
}

QStringList removeGroup(Database &db, const QString &groupId)
{
    QStringList ids;
    Statement &q = db.prepare("SELECT id FROM posts WHERE group_id = ?");
    q.bind(1, groupId);
    while (q.step()) ids.append(q.text(0));
    db.prepare("DELETE FROM comments WHERE post_id IN (SELECT id FROM posts WHERE group_id = ?)").bind(1, groupId).run();
    db.prepare("DELETE FROM posts WHERE group_id = ?").bind(1, groupId).run();
    return ids;
}

QStringList attachmentIdsInGroup(Database &db, const QString &groupId)
{
    QStringList ids;
    Statement &q = db.prepare("SELECT attachments FROM posts WHERE group_id = ? AND attachments != '[]'");
    q.bind(1, groupId);
    while (q.step())
        for (const auto &a : columns::toAttachments(q.text(0))) ids.append(a.id);
    return ids;
}

std::optional<PostRow> byId(Database &db, const QString &id)
{
    static const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM posts WHERE id = ?";
    Statement &s = db.prepare(sql.constData());
    s.bind(1, id);
    std::optional<PostRow> row;
    if (s.step()) row = readRow(s);
    s.reset();
    return row;
}

QList<PostRow> page(Database &db, const FeedScope &scope, const std::optional<FeedKey> &after, int limit)
{
    QList<PostRow> rows;
    const QByteArray filter = scopeFilter(scope);
    QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM posts WHERE " + filter;
    if (after) sql += " AND (created_at < :at OR (created_at = :at AND id < :id))";
    sql += " ORDER BY created_at DESC, id DESC LIMIT :limit";
    Statement &s = db.prepare(sql.constData());
    if (scope.kind == FeedScope::Kind::Group) s.bind(s.parameterIndex(":group"), scope.groupId);
    if (after) s.bind(s.parameterIndex(":at"), after->createdAt).bind(s.parameterIndex(":id"), after->id);
    s.bind(s.parameterIndex(":limit"), limit);
    while (s.step()) rows.append(readRow(s));
    return rows;
}

QList<PostRow> page(Database &db, const std::optional<FeedKey> &after, int limit)
{
    return page(db, FeedScope::home(), after, limit);
}

bool inScope(Database &db, const FeedScope &scope, const QString &id)
{
    const QByteArray sql = "SELECT 1 FROM posts WHERE id = :id AND " + scopeFilter(scope);
    Statement &s = db.prepare(sql.constData());
    s.bind(s.parameterIndex(":id"), id);
    if (scope.kind == FeedScope::Kind::Group) s.bind(s.parameterIndex(":group"), scope.groupId);
    const bool found = s.step();
    s.reset();
    return found;
}

qint64 count(Database &db)
{
    Statement &s = db.prepare("SELECT count(*) FROM posts");
    s.step();
    const qint64 n = s.integer(0);
    s.reset();
    return n;
}

} // namespace plein::store::posts
