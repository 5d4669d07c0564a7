#include "AttachmentRoles.h"
#include "store/UploadStore.h"

namespace plein::models {

QVariantList attachmentRoles(store::Database &db, const QString &ownerId, bool ownerSynced,
                             const QList<protocol::Attachment> &attachments, const QHash<QString, double> &progress)
{
    QVariantList out;
    if (attachments.isEmpty()) return out;
    QHash<QString, store::UploadRow> local;
    if (!ownerSynced)
        for (const auto &u : store::uploads::forPost(db, ownerId)) local.insert(u.id, u);
    for (const auto &a : attachments) {
        const auto up = local.constFind(a.id);
        const bool uploading = up != local.cend();
        out.append(QVariantMap{
            {QStringLiteral("id"), a.id}, {QStringLiteral("name"), a.name}, {QStringLiteral("size"), a.size},
            {QStringLiteral("mime"), a.mime}, {QStringLiteral("url"), a.url},
            {QStringLiteral("thumbnailUrl"), a.thumbnailUrl}, {QStringLiteral("width"), a.width},
            {QStringLiteral("height"), a.height},
            {QStringLiteral("localPath"), uploading ? up->localPath : QString()},
            {QStringLiteral("uploadState"), uploading ? up->state : QString()},
            {QStringLiteral("uploadError"), uploading ? up->error : QString()},
            {QStringLiteral("uploadProgress"), uploading ? progress.value(a.id, 0.0) : 1.0},
        });
    }
    return out;
}

} // namespace plein::models
