#pragma once
// Keeps one account's store in step with the server: bootstrap, the live stream, catch-up over
// REST after gaps, re-bootstrap when the cursor expired, older feed pages on demand, and the
// outbox (what the user wrote, sent in order, exactly once).
#include "net/ApiClient.h"
#include "net/Backoff.h"
#include "net/RealtimeClient.h"
#include "protocol/User.h"
#include "store/Store.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace plein::sync {

class SyncEngine : public QObject {
    Q_OBJECT
public:
    struct Options {
        int syncPageSize = 500;
        int feedPageSize = 30;
        net::RealtimeClient::Timing realtime;
        int outboxRetryBaseMs = 1000;
        int outboxRetryCapMs = 30000;
    };

    SyncEngine(store::Store *store, net::ApiClient *api, Options options, QObject *parent = nullptr);
    ~SyncEngine() override;

    void setMe(const protocol::User &me) { m_me = me; }
    const protocol::User &me() const { return m_me; }

    // Starts syncing: recovers the outbox after a crash, bootstraps when the cache never was,
    // then goes live and flushes the outbox. Safe to call without a network.
    void start();
    void stop();

    bool isOnline() const { return m_online; }
    // Offline: the last attempt to reach the server failed (not just "not connected yet").
    bool isOffline() const { return m_offline; }
    bool isBootstrapped() const { return m_bootstrapped; }
    qint64 cursor() const { return m_cursor; }

    // Writes a post locally (pending) and into the outbox in one durable transaction, then
    // tries to send it. Returns the new post's id.
    QCoro::Task<QString> createPost(QString groupId, QString groupName, QString body);
    QCoro::Task<bool> retryPost(QString postId);
    QCoro::Task<bool> discardPost(QString postId);
    // Fetches one older feed page from the server into the store. False at the end or on error.
    QCoro::Task<bool> loadOlderFeed();
    bool serverHasOlderFeed() const { return !m_bootstrapped || !m_feedNext.isEmpty(); }

Q_SIGNALS:
    void onlineChanged();
    void offlineChanged();
    void bootstrappedChanged();
    void cursorChanged(qint64 cursor);
    void outboxIdle();                  // nothing pending is left to send
    void errorOccurred(const QString &message);
    void sessionExpired();

private:
    QCoro::Task<> run();
    QCoro::Task<bool> bootstrap(bool replace);
    QCoro::Task<> catchUp();
    QCoro::Task<> flushOutbox();
    QCoro::Task<> onFrame(QString frame);
    void onRefused(int closeCode);
    void setOnline(bool online);
    void setOffline(bool offline);
    void setCursor(qint64 cursor);
    void scheduleOutboxRetry();
    void reloadFeedNext();

    store::Store *m_store;
    net::ApiClient *m_api;
    Options m_options;
    net::RealtimeClient m_realtime;
    protocol::User m_me;
    qint64 m_cursor = 0;
    // The server's paging token for older feed posts, mirrored from the store: the model asks
    // about it on every canFetchMore(), which must not cost a query each time.
    QString m_feedNext;
    quint64 m_generation = 0; // bumped by stop(): answers for an older run are dropped
    bool m_running = false;
    bool m_online = false;
    bool m_offline = false;
    bool m_bootstrapped = false;
    bool m_catchingUp = false;
    bool m_catchUpAgain = false;
    bool m_flushing = false;
    bool m_flushAgain = false;
    bool m_loadingOlder = false;
    net::Backoff m_outboxBackoff;
    QTimer m_outboxRetry;
};

} // namespace plein::sync
