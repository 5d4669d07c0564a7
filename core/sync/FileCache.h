#pragma once
// Downloaded attachments (full files and thumbnails) kept next to the cache file, so images
// show offline and a file opens without fetching it again. Removed with the content they
// belong to (a purge) and with the account (sign-out).
#include "RemoteDirectory.h"
#include "store/Store.h"

#include <QCoroTask>
#include <QObject>

namespace plein::sync {

class FileCache : public QObject {
    Q_OBJECT
public:
    FileCache(store::Store *store, RemoteDirectory *remote, QString dir, QObject *parent = nullptr);

    QString dir() const { return m_dir; }
    // The local copy, or empty when it has not been downloaded.
    QString cachedPath(const QString &fileId, bool thumbnail) const;
    // The local copy, downloading it first when needed (progress through downloadProgress()).
    QCoro::Task<net::ApiResult<QString>> fetch(QString fileId, bool thumbnail);

Q_SIGNALS:
    void downloadProgress(const QString &fileId, qint64 received, qint64 total);

private:
    QString pathFor(const QString &fileId, bool thumbnail) const;
    void removeCopies(const QStringList &fileIds);

    store::Store *m_store;
    RemoteDirectory *m_remote;
    QString m_dir;
};

} // namespace plein::sync
