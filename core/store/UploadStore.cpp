#include "UploadStore.h"

namespace plein::store::uploads {

namespace {
UploadRow readRow(const Statement &s)
{
    UploadRow r;
    r.id = s.text(0);
    r.postId = s.text(1);
    r.localPath = s.text(2);
    r.name = s.text(3);
    r.size = s.integer(4);
    r.mime = s.text(5);
    r.state = s.text(6);
    r.error = s.text(7);
    return r;
}
constexpr const char *kColumns = "id, post_id, local_path, name, size, mime, state, error";
}

void add(Database &db, const UploadRow &r)
{
    db.prepare("INSERT INTO uploads(id, post_id, local_path, name, size, mime, state) VALUES(?,?,?,?,?,?,'pending')")
        .bind(1, r.id).bind(2, r.postId).bind(3, r.localPath).bind(4, r.name).bind(5, r.size).bind(6, r.mime).run();
}

std::optional<UploadRow> byId(Database &db, const QString &id)
{
    static const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM uploads WHERE id = ?";
    Statement &s = db.prepare(sql.constData());
    s.bind(1, id);
    std::optional<UploadRow> out;
    if (s.step()) out = readRow(s);
    s.reset();
    return out;
}

QList<UploadRow> forPost(Database &db, const QString &postId)
{
    static const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM uploads WHERE post_id = ? ORDER BY rowid";
    Statement &s = db.prepare(sql.constData());
    s.bind(1, postId);
    QList<UploadRow> out;
    while (s.step()) out.append(readRow(s));
    return out;
}

void setState(Database &db, const QString &id, const QString &state, const QString &error)
{
    db.prepare("UPDATE uploads SET state = ?, error = ? WHERE id = ?")
        .bind(1, state).bind(2, error.isEmpty() ? QString() : error).bind(3, id).run();
}

bool remove(Database &db, const QString &id)
{
    db.prepare("DELETE FROM uploads WHERE id = ?").bind(1, id).run();
    return db.changes() > 0;
}

} // namespace plein::store::uploads
