#include "FileCache.h"

#include <QCoroFuture>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QRegularExpression>
#include <QSaveFile>

namespace plein::sync {

namespace {
// File ids are server-chosen UUIDs: anything else must never become a path.
bool isSafeId(const QString &id)
{
    static const QRegularExpression uuid(QStringLiteral("^[0-9a-fA-F-]{36}$"));
    return uuid.match(id).hasMatch();
}
}

FileCache::FileCache(store::Store *store, RemoteDirectory *remote, QString dir, QObject *parent)
    : QObject(parent), m_store(store), m_remote(remote), m_dir(std::move(dir))
{
    connect(store, &store::Store::changed, this, [this](const store::StoreChanges &changes) {
        if (!changes.filesPurged.isEmpty()) removeCopies(changes.filesPurged);
    });
}

QString FileCache::pathFor(const QString &fileId, bool thumbnail) const
{
    return QDir(m_dir).filePath(fileId.toLower() + (thumbnail ? QStringLiteral(".thumb") : QString()));
}

QString FileCache::cachedPath(const QString &fileId, bool thumbnail) const
{
    if (!isSafeId(fileId)) return {};
    const QString path = pathFor(fileId, thumbnail);
    return QFile::exists(path) ? path : QString();
}

QCoro::Task<net::ApiResult<QString>> FileCache::fetch(QString fileId, bool thumbnail)
{
    if (!isSafeId(fileId)) co_return net::NetError{net::NetError::Kind::Invalid, 0, {}, QStringLiteral("not a file id"), {}, 0, {}};
    const QString path = pathFor(fileId, thumbnail);
    if (QFile::exists(path)) co_return path;
    QPointer<FileCache> self(this);
    auto downloading = m_remote->fileContent(fileId, thumbnail, [self, fileId](qint64 done, qint64 total) {
        if (self) Q_EMIT self->downloadProgress(fileId, done, total);
    });
    const auto bytes = co_await downloading;
    if (!self) co_return net::NetError{};
    if (!bytes) co_return bytes.error();
    // Written on the store's thread: a large file never stalls the screen.
    auto writing = m_store->write([path, dir = m_dir, data = bytes.value()](store::WriteContext &) {
        QDir().mkpath(dir);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
            throw store::StoreError(QStringLiteral("could not save a downloaded file"));
        return true;
    });
    try {
        co_await writing;
    } catch (const store::StoreError &e) {
        co_return net::NetError{net::NetError::Kind::Invalid, 0, {}, e.message(), {}, 0, {}};
    }
    co_return path;
}

void FileCache::removeCopies(const QStringList &fileIds)
{
    for (const QString &id : fileIds) {
        if (!isSafeId(id)) continue;
        QFile::remove(pathFor(id, false));
        QFile::remove(pathFor(id, true));
    }
}

} // namespace plein::sync
