#pragma once
// One account's cache file. Writes run in order on a dedicated writer thread, each in its own
// transaction; reads for models use a separate read-only connection on the caller's thread
// (WAL lets them see every committed write). After a write commits, changed() tells what.
#include "Database.h"
#include "StoreChanges.h"
#include "WalCheckpointer.h"
#include "protocol/Message.h"

#include <QHash>

#include <QCoroTask>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QThread>
#include <functional>
#include <memory>

namespace plein::store {

// Handed to a write job: the writer connection and the change list it fills in.
struct WriteContext {
    Database &db;
    StoreChanges changes;
    QString me{}; // the signed-in user's id, read once per job by whoever needs it
    // The newest message per conversation seen in this job; written to the conversation once,
    // before the job's transaction commits (a batch of 1,000 messages updates it once).
    QHash<QString, protocol::Message> newestMessages{};
    // The newest position each author wrote per conversation in this job: sending reads up to
    // one's own message, so their read marker moves there (written with newestMessages).
    QHash<QString, QHash<QString, qint64>> authorPositions{};
};

enum class Durability {
    Normal, // synced data: it can always be pulled from the server again
    Full,   // what only the user has (the outbox and its local echo): fsync on commit
};

class StoreWriter : public QObject {
    Q_OBJECT
public:
    StoreWriter(QString path, WalCheckpointer *checkpointer) : m_path(std::move(path)), m_checkpointer(checkpointer) {}
    Database &db();
    void close() { m_db.reset(); }
Q_SIGNALS:
    void committed(const plein::store::StoreChanges &changes);
private:
    QString m_path;
    WalCheckpointer *m_checkpointer;
    std::unique_ptr<Database> m_db;
};

class Store;
struct OpenedStore {
    std::unique_ptr<Store> store; // null when the file cannot be used
    QString error;                // then: why, readable (e.g. written by a newer Plein)
};

class Store : public QObject {
    Q_OBJECT
public:
    // Opens (creating and migrating) the file on the writer thread.
    static QCoro::Task<OpenedStore> open(QString path);
    ~Store() override;

    QString path() const { return m_path; }
    Database &reader() { return *m_reader; }

    // Runs job(WriteContext&) on the writer thread; the job opens its own Transaction.
    // The future carries the job's result or its StoreError.
    template<typename F>
    auto write(F job, Durability durability = Durability::Normal)
    {
        using R = std::invoke_result_t<F, WriteContext &>;
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        QMetaObject::invokeMethod(m_writer, [writer = m_writer, promise, job = std::move(job), durability]() mutable {
            WriteContext ctx{writer->db(), {}};
            try {
                if (durability == Durability::Full) ctx.db.exec("PRAGMA synchronous=FULL");
                if constexpr (std::is_void_v<R>) {
                    job(ctx);
                } else {
                    R result = job(ctx);
                    promise->addResult(std::move(result));
                }
            } catch (const StoreError &) {
                ctx.changes = {};
                promise->setException(std::current_exception());
            }
            if (durability == Durability::Full) {
                try { ctx.db.exec("PRAGMA synchronous=NORMAL"); } catch (const StoreError &) {}
            }
            // Announce before resolving, so models have updated when the awaiting code resumes.
            if (!ctx.changes.isEmpty()) Q_EMIT writer->committed(ctx.changes);
            promise->finish();
        }, Qt::QueuedConnection);
        return future;
    }

    // A directory that belongs to this cache file ("<dir>/<name>-<what>"), e.g. for downloads.
    static QString companionDir(const QString &path, const QString &what);
    // Deletes a cache file and its WAL companions.
    static bool removeFiles(const QString &path);

Q_SIGNALS:
    void changed(const plein::store::StoreChanges &changes);

private:
    explicit Store(QString path);
    QString m_path;
    WalCheckpointer m_checkpointer;
    QThread m_thread;
    StoreWriter *m_writer = nullptr;
    std::unique_ptr<Database> m_reader;
};

} // namespace plein::store
