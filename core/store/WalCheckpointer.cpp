#include "WalCheckpointer.h"
#include "Database.h"

#include <QLoggingCategory>
#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcCheckpoint, "plein.store.checkpoint")

namespace plein::store {

WalCheckpointer::WalCheckpointer(QString path) : m_path(std::move(path)) {}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable()) m_thread.join();
}

void WalCheckpointer::attach(Database &writer)
{
    // After a long catch-up the WAL is reused from its start; this trims the file back then.
    writer.exec("PRAGMA journal_size_limit=16777216");
    // Replaces SQLite's automatic checkpoint, which is itself a WAL hook.
    sqlite3_wal_hook(writer.handle(), &WalCheckpointer::onCommit, this);
}

int WalCheckpointer::onCommit(void *self, sqlite3 *db, const char *schema, int walPages)
{
    auto *c = static_cast<WalCheckpointer *>(self);
    if (walPages >= kWriterBackstopPages) {
        sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        return SQLITE_OK;
    }
    if (walPages >= kPagesPerCheckpoint) {
        {
            std::lock_guard lock(c->m_mutex);
            c->m_requested = true;
            // Started by the first write that needs it: most runs of the app never write that
            // much, and a cold start makes no thread it does not use.
            if (!c->m_thread.joinable()) c->m_thread = std::thread([c] { c->run(); });
        }
        c->m_wake.notify_one();
    }
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
    std::unique_ptr<Database> db;
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_requested || m_stopping; });
        if (m_stopping) return;
        m_requested = false;
        lock.unlock();
        try {
            if (!db) db = std::make_unique<Database>(m_path, Database::Mode::ReadWrite);
            int logged = 0, copied = 0;
            const int rc = sqlite3_wal_checkpoint_v2(db->handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, &logged, &copied);
            if (rc == SQLITE_OK && copied == logged) ++m_completed;
            else if (rc != SQLITE_OK && rc != SQLITE_BUSY)
                qCWarning(lcCheckpoint) << "checkpoint failed:" << sqlite3_errmsg(db->handle());
        } catch (const StoreError &e) {
            qCWarning(lcCheckpoint) << "cannot open the cache for checkpoints:" << e.message();
        }
        lock.lock();
    }
}

} // namespace plein::store
