#pragma once
// Uploaded files: their metadata (the bytes live under DIR/files, see files/FileStore).
#include "protocol/Attachment.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace plein::server::files {

struct StoredFile {
    protocol::Attachment attachment;
    QString uploaderId;
    QString postId; // empty until a post references it
    QString messageId;      // or a chat message (message_files)
    QString conversationId; // that message's conversation
    bool hasThumbnail = false;
};

std::optional<StoredFile> find(const QSqlDatabase &db, const QString &id);
void insert(const QSqlDatabase &db, const StoredFile &file, qint64 createdAt);
void attach(const QSqlDatabase &db, const QString &fileId, const QString &postId, int position);
QList<protocol::Attachment> forPost(const QSqlDatabase &db, const QString &postId);
QStringList idsForPost(const QSqlDatabase &db, const QString &postId);
// Chat messages hold files through message_files.
void attachToMessage(const QSqlDatabase &db, const QString &fileId, const QString &messageId, int position);
QList<protocol::Attachment> forMessage(const QSqlDatabase &db, const QString &messageId);
QStringList idsForMessage(const QSqlDatabase &db, const QString &messageId);
void removeRow(const QSqlDatabase &db, const QString &fileId);

} // namespace plein::server::files
