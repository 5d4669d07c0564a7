#include "PostStore.h"

namespace plein::store::posts {

namespace {
constexpr const char *kColumns =
    "id, author_id, author_name, group_id, group_name, body, created_at, edited_at, like_count, "
    "comment_count, version, state, error";

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
    return r;
}

Statement &bindPost(Statement &s, const protocol::Post &p)
{
    s.bind(1, p.id).bind(2, p.authorId).bind(3, p.authorName);
    if (p.groupId.isEmpty()) s.bindNull(4); else s.bind(4, p.groupId);
    if (p.groupName.isEmpty()) s.bindNull(5); else s.bind(5, p.groupName);
    return s.bind(6, p.body).bind(7, p.createdAt).bind(8, p.editedAt).bind(9, p.likeCount)
        .bind(10, p.commentCount).bind(11, p.version);
}
}

bool upsertFromServer(Database &db, const protocol::Post &post)
{
    Statement &s = db.prepare(
        "INSERT INTO posts(id, author_id, author_name, group_id, group_name, body, created_at, edited_at, "
        "like_count, comment_count, version, state, error) VALUES(?,?,?,?,?,?,?,?,?,?,?,0,NULL) "
        "ON CONFLICT(id) DO UPDATE SET author_id=excluded.author_id, author_name=excluded.author_name, "
        "group_id=excluded.group_id, group_name=excluded.group_name, body=excluded.body, "
        "created_at=excluded.created_at, edited_at=excluded.edited_at, like_count=excluded.like_count, "
        "comment_count=excluded.comment_count, version=excluded.version, state=0, error=NULL "
        "WHERE excluded.version > posts.version OR posts.state != 0");
    bindPost(s, post).run();
    return db.changes() > 0;
}

void insertLocal(Database &db, const protocol::Post &post)
{
    Statement &s = db.prepare(
        "INSERT INTO posts(id, author_id, author_name, group_id, group_name, body, created_at, edited_at, "
        "like_count, comment_count, version, state, error) VALUES(?,?,?,?,?,?,?,?,?,?,?,1,NULL)");
    bindPost(s, post).run();
}

void setState(Database &db, const QString &id, PostState state, const QString &error)
{
    Statement &s = db.prepare("UPDATE posts SET state = ?, error = ? WHERE id = ? AND state != 0");
    s.bind(1, int(state)).bind(2, error.isEmpty() ? QString() : error).bind(3, id).run();
}

bool remove(Database &db, const QString &id)
{
    db.prepare("DELETE FROM posts WHERE id = ?").bind(1, id).run();
    return db.changes() > 0;
}

QStringList removeAllSynced(Database &db)
{
    QStringList ids;
    Statement &q = db.prepare("SELECT id FROM posts WHERE state = 0");
    while (q.step()) ids.append(q.text(0));
    db.prepare("DELETE FROM posts WHERE state = 0").run();
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

QList<PostRow> page(Database &db, const std::optional<FeedKey> &after, int limit)
{
    QList<PostRow> rows;
    if (after) {
        static const QByteArray sql = QByteArray("SELECT ") + kColumns +
            " FROM posts WHERE created_at < ? OR (created_at = ? AND id < ?) "
            "ORDER BY created_at DESC, id DESC LIMIT ?";
        Statement &s = db.prepare(sql.constData());
        s.bind(1, after->createdAt).bind(2, after->createdAt).bind(3, after->id).bind(4, limit);
        while (s.step()) rows.append(readRow(s));
    } else {
        static const QByteArray sql = QByteArray("SELECT ") + kColumns +
            " FROM posts ORDER BY created_at DESC, id DESC LIMIT ?";
        Statement &s = db.prepare(sql.constData());
        s.bind(1, limit);
        while (s.step()) rows.append(readRow(s));
    }
    return rows;
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
