#include "storage/FileRows.h"
#include "storage/Sql.h"

namespace plein::server::files {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT f.id, f.name, f.mime, f.size, f.width, f.height, f.has_thumbnail, f.uploader_id, f.post_id, "
    "mf.message_id, m.conversation_id FROM files f "
    "LEFT JOIN message_files mf ON mf.file_id = f.id LEFT JOIN messages m ON m.id = mf.message_id ");

StoredFile fromRow(const QSqlQuery &q)
{
    StoredFile f;
    f.attachment.id = q.value(0).toString();
    f.attachment.name = q.value(1).toString();
    f.attachment.mime = q.value(2).toString();
    f.attachment.size = q.value(3).toLongLong();
    f.attachment.width = q.value(4).toLongLong();
    f.attachment.height = q.value(5).toLongLong();
    f.hasThumbnail = q.value(6).toBool();
    f.uploaderId = q.value(7).toString();
    f.postId = q.value(8).toString();
    f.messageId = q.value(9).toString();
    f.conversationId = q.value(10).toString();
    // URLs are derived from the id, so moving the API prefix never needs a data migration.
    f.attachment.url = QStringLiteral("/api/v1/files/") + f.attachment.id;
    if (f.hasThumbnail) f.attachment.thumbnailUrl = f.attachment.url + QStringLiteral("/thumbnail");
    return f;
}

} // namespace

std::optional<StoredFile> find(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery q = sql::run(db, kSelect + QStringLiteral("WHERE f.id = ?"), {id});
    if (!q.next()) return std::nullopt;
    return fromRow(q);
}

void insert(const QSqlDatabase &db, const StoredFile &f, qint64 createdAt)
{
    sql::execute(db,
             QStringLiteral("INSERT INTO files (id, uploader_id, name, mime, size, width, height, has_thumbnail, created_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {f.attachment.id, f.uploaderId, f.attachment.name, f.attachment.mime, f.attachment.size, f.attachment.width,
              f.attachment.height, f.hasThumbnail ? 1 : 0, createdAt});
}

void attach(const QSqlDatabase &db, const QString &fileId, const QString &postId, int position)
{
    sql::execute(db, QStringLiteral("UPDATE files SET post_id = ?, position = ? WHERE id = ?"), {postId, position, fileId});
}

QList<protocol::Attachment> forPost(const QSqlDatabase &db, const QString &postId)
{
    QSqlQuery q = sql::run(db, kSelect + QStringLiteral("WHERE f.post_id = ? ORDER BY f.position"), {postId});
    QList<protocol::Attachment> out;
    while (q.next()) out.append(fromRow(q).attachment);
    return out;
}

QStringList idsForPost(const QSqlDatabase &db, const QString &postId)
{
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT id FROM files WHERE post_id = ?"), {postId});
    QStringList out;
    while (q.next()) out.append(q.value(0).toString());
    return out;
}

void attachToMessage(const QSqlDatabase &db, const QString &fileId, const QString &messageId, int position)
{
    sql::execute(db, QStringLiteral("INSERT INTO message_files (file_id, message_id, position) VALUES (?, ?, ?)"),
             {fileId, messageId, position});
}

QList<protocol::Attachment> forMessage(const QSqlDatabase &db, const QString &messageId)
{
    QSqlQuery q = sql::run(db, kSelect + QStringLiteral("WHERE mf.message_id = ? ORDER BY mf.position"), {messageId});
    QList<protocol::Attachment> out;
    while (q.next()) out.append(fromRow(q).attachment);
    return out;
}

QStringList idsForMessage(const QSqlDatabase &db, const QString &messageId)
{
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT file_id FROM message_files WHERE message_id = ?"), {messageId});
    QStringList out;
    while (q.next()) out.append(q.value(0).toString());
    return out;
}

void removeRow(const QSqlDatabase &db, const QString &fileId)
{
    sql::execute(db, QStringLiteral("DELETE FROM files WHERE id = ?"), {fileId});
}

} // namespace plein::server::files
