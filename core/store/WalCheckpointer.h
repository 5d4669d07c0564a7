#pragma once
// Copies the writer's committed WAL pages into the database file on a thread of its own. SQLite
// would do it on the writer, inside the commit that passes a thousand pages: a catch-up of 100
// pages of /sync stopped about every second page to copy and fsync (a sixth of the writer's time,
// docs/performance.md). Readers and the writer go on meanwhile (a passive checkpoint waits for
// nobody); the writer keeps a far larger automatic checkpoint as a backstop, so the WAL file
// cannot grow without bound if this thread falls behind.
#include <QString>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace plein::store {

class Database;

class WalCheckpointer {
public:
    explicit WalCheckpointer(QString path);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Hooks the writer's commits; call on the writer's thread once its connection is open.
    void attach(Database &writer);

    // Checkpoints finished so far (every WAL page copied); tests wait on it.
    int completed() const { return m_completed.load(); }

    static constexpr int kPagesPerCheckpoint = 1000; // SQLite's own default
    static constexpr int kWriterBackstopPages = 16000;

private:
    static int onCommit(void *self, sqlite3 *db, const char *schema, int walPages);
    void run();

    QString m_path;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_stopping = false;
    std::atomic<int> m_completed = 0;
    std::thread m_thread;
};

} // namespace plein::store
