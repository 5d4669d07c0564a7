#pragma once
// One Plein client in a test: its own config and cache dir, the real Account, Store,
// SyncEngine and FeedModel, with short network timings so faults recover quickly.
#include "account/Account.h"
#include "models/FeedModel.h"

#include <QTemporaryDir>
#include <memory>

namespace plein::test {

class TestClient {
public:
    TestClient();
    explicit TestClient(sync::SyncEngine::Options options);
    ~TestClient();

    static sync::SyncEngine::Options fastOptions();
    // Signs in and waits until the account is bootstrapped and the stream is live.
    bool signIn(const QUrl &server, const QString &email, QString *error = nullptr);
    bool waitOnline(int timeoutMs = 10000);

    account::Account &account() { return *m_account; }
    sync::SyncEngine &sync() { return *m_account->sync(); }
    models::FeedModel &feed() { return *m_feed; }
    QString dir() const { return m_dir.path(); }
    account::AccountPaths paths() const;

    // Creates a post through the outbox and returns its id.
    QString post(const QString &body, const QString &groupId = {});
    // How many rows the cache file holds for this post id (0 or 1), read straight from SQLite.
    int cachedCount(const QString &postId);
    bool isPending(const QString &postId);
    // One number from the cache file through a connection of our own (`sql` binds `arg` as ?1).
    qint64 countInCache(const char *sql, const QString &arg = {});
    // Runs one statement on the cache file through a connection of our own (a test's fault).
    bool execInCache(const QByteArray &sql);

private:
    void attachFeed();
    QTemporaryDir m_dir;
    std::unique_ptr<account::Account> m_account;
    std::unique_ptr<models::FeedModel> m_feed;
};

} // namespace plein::test
