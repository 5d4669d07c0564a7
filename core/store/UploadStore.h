#pragma once
// Files attached to a post that are not on the server yet. The bytes are a copy in the
// account's directory, so an upload survives the original moving and the app restarting.
#include "Database.h"
#include "protocol/Attachment.h"

#include <QList>
#include <optional>

namespace plein::store {

struct UploadRow {
    QString id;        // the file id the server will know it by (chosen here, UUIDv7)
    QString postId;    // the post, or the chat message, the file belongs to
    QString localPath;
    QString name;
    qint64 size = 0;
    QString mime;
    QString state;     // pending, failed
    QString error;

    // What its post or message shows of it until the server has it.
    protocol::Attachment attachment() const
    {
        protocol::Attachment a;
        a.id = id;
        a.name = name;
        a.size = size;
        a.mime = mime;
        return a;
    }
};

namespace uploads {

void add(Database &db, const UploadRow &row);
std::optional<UploadRow> byId(Database &db, const QString &id);
QList<UploadRow> forPost(Database &db, const QString &postId);
void setState(Database &db, const QString &id, const QString &state, const QString &error = {});
bool remove(Database &db, const QString &id); // uploaded or discarded; the caller deletes the copy

} // namespace uploads
} // namespace plein::store
