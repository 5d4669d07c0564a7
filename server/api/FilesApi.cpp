#include "api/FilesApi.h"
#include "access/PostAccess.h"
#include "api/Refusals.h"
#include "files/MimeSniffer.h"
#include "protocol/Uuid.h"
#include "storage/ConversationRows.h"
#include "storage/FileRows.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QUrl>

namespace plein::server {

namespace {

constexpr int kMaxNameLength = 255;

// The name as a download name: no directories, no control characters.
QString cleanName(const QString &name)
{
    QString out;
    for (const QChar c : name.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1))
        if (c.unicode() >= 0x20 && c.unicode() != 0x7f) out.append(c);
    return out.trimmed();
}

QByteArray contentDisposition(const QString &name)
{
    // RFC 6266: a plain ASCII fallback plus the exact UTF-8 name.
    QByteArray ascii;
    for (const QChar c : name) ascii.append(c.unicode() < 128 && c != QLatin1Char('"') && c != QLatin1Char('\\') ? char(c.unicode()) : '_');
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + QUrl::toPercentEncoding(name);
}

} // namespace

Reply FilesApi::upload(const ApiRequest &request)
{
    const QString id = request.query.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded).toLower();
    const QString name = cleanName(request.query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded));
    if (!protocol::isUuidV7(id)) return refuse::invalid(QStringLiteral("id"), QStringLiteral("expected a UUIDv7"));
    if (name.isEmpty() || name.size() > kMaxNameLength)
        return refuse::invalid(QStringLiteral("name"), QStringLiteral("expected a file name of 1 to 255 characters"));
    if (request.body.isEmpty()) return refuse::invalid(QStringLiteral("body"), QStringLiteral("the file is empty"));
    const protocol::User &me = request.signedIn().user;

    {
        // Same-id rule: a repeat by the uploader gets the stored file, and no second copy.
        Transaction snapshot(m_db, Transaction::Kind::Read);
        const auto existing = files::find(m_db, id);
        snapshot.commit();
        if (existing) {
            if (existing->uploaderId != me.id) return refuse::idTaken();
            return Reply::json(200, existing->attachment.toJson());
        }
    }

    files::StoredFile file;
    file.attachment.id = id;
    file.attachment.name = name;
    file.uploaderId = me.id;
    const QByteArray mime = sniffMime(request.body);
    file.attachment.mime = QString::fromLatin1(mime);
    file.attachment.size = request.body.size();
    std::optional<Thumbnail> thumb;
    if (isImageMime(mime)) thumb = makeThumbnail(request.body);
    if (thumb) {
        file.attachment.width = thumb->width;
        file.attachment.height = thumb->height;
        file.hasThumbnail = true;
    }
    // Bytes first, row second: a row never points at missing bytes. A crash in between leaves
    // an orphan file that the next upload with this id overwrites.
    if (!m_store.write(id, request.body) || (thumb && !m_store.writeThumbnail(id, thumb->jpeg)))
        throw StorageError("cannot write an uploaded file");
    Transaction tx(m_db, Transaction::Kind::Write);
    files::insert(m_db, file, QDateTime::currentMSecsSinceEpoch());
    const files::StoredFile stored = files::find(m_db, id).value();
    tx.commit();
    return Reply::json(201, stored.attachment.toJson());
}

Reply FilesApi::download(const ApiRequest &request) { return serve(request, false); }
Reply FilesApi::thumbnail(const ApiRequest &request) { return serve(request, true); }

Reply FilesApi::serve(const ApiRequest &request, bool thumbnail)
{
    const protocol::User &me = request.signedIn().user;
    const QString id = request.idParam(QStringLiteral("id"));
    Transaction snapshot(m_db, Transaction::Kind::Read);
    const auto file = files::find(m_db, id);
    bool allowed = false;
    // Attached to a post: whoever reads the post; to a chat message: the conversation's
    // current members; not attached yet: its uploader only.
    if (file && !file->postId.isEmpty()) allowed = postAccess(m_db, me, file->postId).post.has_value();
    else if (file && !file->messageId.isEmpty()) allowed = conversations::isMember(m_db, file->conversationId, me.id);
    else if (file) allowed = file->uploaderId == me.id;
    snapshot.commit();
    if (!allowed || (thumbnail && !file->hasThumbnail)) return refuse::notFound(QStringLiteral("file"));
    const auto bytes = thumbnail ? m_store.readThumbnail(id) : m_store.read(id);
    if (!bytes) throw StorageError("an uploaded file's bytes are missing");
    const QByteArray type = thumbnail ? QByteArrayLiteral("image/jpeg") : file->attachment.mime.toLatin1();
    return Reply::bytes(200, *bytes, type)
        .withHeader("Content-Disposition", contentDisposition(file->attachment.name))
        .withHeader("X-Content-Type-Options", "nosniff");
}

} // namespace plein::server
