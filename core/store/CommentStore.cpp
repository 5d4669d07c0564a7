#include "CommentStore.h"
#include "ReactionToggle.h"
#include "JsonColumns.h"

namespace plein::store::comments {

namespace {
constexpr const char *kColumns =
    "id, post_id, author_id, author_name, body, created_at, edited_at, version, reactions, my_reactions, state, error";

CommentRow readRow(const Statement &s)
{
    CommentRow r;
    r.comment.id = s.text(0);
    r.comment.postId = s.text(1);
    r.comment.authorId = s.text(2);
    r.comment.authorName = s.text(3);
    r.comment.body = s.text(4);
    r.comment.createdAt = s.integer(5);
    r.comment.editedAt = s.integer(6);
    r.comment.version = s.integer(7);
    r.comment.reactions = columns::toCounts(s.text(8));
    r.comment.myReactions = columns::toList(s.text(9));
    r.state = PostState(s.integer(10));
    r.error = s.text(11);
    return r;
}

bool exists(Database &db, const QString &id)
{
    Statement &s = db.prepare("SELECT 1 FROM comments WHERE id = ?");
    s.bind(1, id);
    const bool found = s.step();
    s.reset();
    return found;
}
}

bool upsertFromServer(Database &db, const protocol::Comment &c, PerUser perUser, bool *inserted, Counts counts)
{
    const bool existed = exists(db, c.id);
    if (inserted) *inserted = !existed;
    db.prepare("INSERT INTO comments(id, post_id, author_id, author_name, body, created_at, edited_at, version, "
               "reactions, state, error) VALUES(?,?,?,?,?,?,?,?,?,0,NULL) "
               "ON CONFLICT(id) DO UPDATE SET body=excluded.body, author_name=excluded.author_name, "
               "created_at=excluded.created_at, edited_at=excluded.edited_at, version=excluded.version, "
               "reactions=CASE WHEN ?10 THEN comments.reactions ELSE excluded.reactions END, state=0, error=NULL "
               "WHERE excluded.version > comments.version OR comments.state != 0")
        .bind(1, c.id).bind(2, c.postId).bind(3, c.authorId).bind(4, c.authorName).bind(5, c.body)
        .bind(6, c.createdAt).bind(7, c.editedAt).bind(8, c.version).bind(9, columns::fromCounts(c.reactions))
        .bind(10, counts == Counts::KeepCached ? 1 : 0)
        .run();
    bool changed = db.changes() > 0;
    if (perUser == PerUser::Included && (!existed || counts == Counts::FromCopy)) {
        const QString mine = columns::fromList(c.myReactions);
        const QString counts = columns::fromCounts(c.reactions);
        db.prepare("UPDATE comments SET my_reactions = ?1, reactions = ?2 WHERE id = ?3 AND version <= ?4 AND "
                   "(my_reactions != ?1 OR reactions != ?2)")
            .bind(1, mine).bind(2, counts).bind(3, c.id).bind(4, c.version).run();
        changed = changed || db.changes() > 0;
    }
    return changed;
}

void insertLocal(Database &db, const protocol::Comment &c)
{
    db.prepare("INSERT INTO comments(id, post_id, author_id, author_name, body, created_at, edited_at, version, state) "
               "VALUES(?,?,?,?,?,?,0,0,1)")
        .bind(1, c.id).bind(2, c.postId).bind(3, c.authorId).bind(4, c.authorName).bind(5, c.body).bind(6, c.createdAt)
        .run();
}

void setState(Database &db, const QString &id, PostState state, const QString &error)
{
    db.prepare("UPDATE comments SET state = ?, error = ? WHERE id = ?")
        .bind(1, int(state)).bind(2, error.isEmpty() ? QString() : error).bind(3, id).run();
}

bool editLocal(Database &db, const QString &id, const QString &body, qint64 editedAt)
{
    db.prepare("UPDATE comments SET body = ?, edited_at = ?, state = 1, error = NULL WHERE id = ?")
        .bind(1, body).bind(2, editedAt).bind(3, id).run();
    return db.changes() > 0;
}

bool setReactions(Database &db, const QString &id, const protocol::ReactionCounts &counts)
{
    db.prepare("UPDATE comments SET reactions = ? WHERE id = ?").bind(1, columns::fromCounts(counts)).bind(2, id).run();
    return db.changes() > 0;
}

bool setMyReaction(Database &db, const QString &id, const QString &kind, bool active)
{
    auto row = byId(db, id);
    if (!row) return false;
    QStringList mine = row->comment.myReactions;
    protocol::ReactionCounts counts = row->comment.reactions;
    if (!toggleMyReaction(mine, &counts, kind, active)) return false;
    db.prepare("UPDATE comments SET my_reactions = ?, reactions = ? WHERE id = ?")
        .bind(1, columns::fromList(mine)).bind(2, columns::fromCounts(counts)).bind(3, id).run();
    return true;
}

bool setMyReactionFlag(Database &db, const QString &id, const QString &kind, bool active)
{
    auto row = byId(db, id);
    if (!row) return false;
    QStringList mine = row->comment.myReactions;
    if (!toggleMyReaction(mine, nullptr, kind, active)) return false;
    db.prepare("UPDATE comments SET my_reactions = ? WHERE id = ?").bind(1, columns::fromList(mine)).bind(2, id).run();
    return true;
}

bool remove(Database &db, const QString &id)
{
    db.prepare("DELETE FROM comments WHERE id = ?").bind(1, id).run();
    return db.changes() > 0;
}

std::optional<CommentRow> byId(Database &db, const QString &id)
{
    static const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM comments WHERE id = ?";
    Statement &s = db.prepare(sql.constData());
    s.bind(1, id);
    std::optional<CommentRow> row;
    if (s.step()) row = readRow(s);
    s.reset();
    return row;
}

QList<CommentRow> forPost(Database &db, const QString &postId)
{
    static const QByteArray sql =
        QByteArray("SELECT ") + kColumns + " FROM comments WHERE post_id = ? ORDER BY created_at, id";
    Statement &s = db.prepare(sql.constData());
    s.bind(1, postId);
    QList<CommentRow> rows;
    while (s.step()) rows.append(readRow(s));
    return rows;
}

} // namespace plein::store::comments
