#pragma once
// Keeps one account's store in step with the server: bootstrap, the live stream, catch-up over
// REST after gaps, re-bootstrap when the cursor expired, older feed pages on demand, and the
// outbox (what the user wrote, sent in order, exactly once).
#include "net/ApiClient.h"
#include "net/Backoff.h"
#include "net/RealtimeClient.h"
#include "protocol/User.h"
#include "store/OutboxStore.h"
#include "store/UploadStore.h"
#include "store/Store.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace plein::sync {

class SyncEngine : public QObject {
    Q_OBJECT
public:
    struct Options {
        int syncPageSize = 500;
        int feedPageSize = 30;
        int messagePageSize = 50;
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
    // Files are copied into the account's directory first, so they upload (in order, before
    // the post) even after a restart or when the original moved.
    QCoro::Task<QString> createPost(QString groupId, QString groupName, QString body, bool announcement = false,
                                    QStringList localFiles = {});
    QCoro::Task<bool> retryPost(QString postId) { return retry(postId); }
    QCoro::Task<bool> discardPost(QString postId) { return discard(postId); }

    // What the user does, written to the cache and the outbox in one durable transaction and
    // shown at once; the outbox sends it when it can. Each returns false when the object is
    // not in the cache.
    QCoro::Task<bool> editPost(QString postId, QString body);
    QCoro::Task<bool> deletePost(QString postId);
    // After a stale edit: send mine over theirs, or drop mine.
    QCoro::Task<bool> resolveEditConflict(QString postId, bool keepMine);
    QCoro::Task<QString> addComment(QString postId, QString body);
    QCoro::Task<bool> editComment(QString commentId, QString body);
    QCoro::Task<bool> deleteComment(QString commentId);
    // target: "post" or "comment"
    QCoro::Task<bool> setReaction(QString target, QString id, QString kind, bool active);
    QCoro::Task<bool> acknowledge(QString postId);
    QCoro::Task<bool> joinGroup(QString groupId);
    QCoro::Task<bool> leaveGroup(QString groupId);
    // A failed action on this object (post, comment, file) goes again / is given up.
    QCoro::Task<bool> retry(QString objectId);
    QCoro::Task<bool> discard(QString objectId);

    // Pages from the server into the cache. False at the end, or when offline.
    QCoro::Task<bool> loadGroupPosts(QString groupId);
    bool serverHasOlderGroupPosts(const QString &groupId) const;
    QCoro::Task<bool> loadComments(QString postId);
    // Refreshes the cached list of my groups ("mine") or the ones I may join ("discover").
    QCoro::Task<bool> refreshGroups(QString scope, QString query);

    // Chat. Messages go through the outbox like posts: shown at once (pending), sent in order
    // and exactly once, also after a restart. Files are copied and uploaded ahead of the message.
    QCoro::Task<QString> sendMessage(QString conversationId, QString body, QString replyToId = {},
                                     QStringList localFiles = {});
    QCoro::Task<bool> editMessage(QString messageId, QString body);
    QCoro::Task<bool> deleteMessage(QString messageId);
    // Moves my read marker to the newest message (never back); false when there was nothing unread.
    QCoro::Task<bool> markRead(QString conversationId);
    // Older history from the server into the cache (the newest page when none is cached).
    // False at the end of history, or when offline.
    QCoro::Task<bool> loadOlderMessages(QString conversationId);
    bool serverHasOlderMessages(const QString &conversationId) const;
    // Online-only conversation changes (start, members, mute, rename, leave): the server's
    // answer goes into the cache before the task resolves. Starting one resolves to its id.
    QCoro::Task<net::ApiResult<QString>> startConversation(QStringList memberIds, QString title);
    QCoro::Task<net::ApiResult<bool>> changeConversation(QString conversationId, QByteArray verb, QString subPath,
                                                         QByteArray body = {});
    QCoro::Task<bool> refreshConversations();
    // Tells the others in the conversation that I am typing (only when connected; never stored).
    void sendTyping(const QString &conversationId);

    QString uploadsDir() const;
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
    void uploadProgress(const QString &fileId, qint64 sent, qint64 total);
    // The server refused something the user did and nothing is left to retry (a reaction on a
    // deleted post, the last admin leaving): the screens say so.
    void actionRefused(const QString &kind, const QString &objectId, const QString &message);
    // Someone else in a conversation is typing (ephemeral, from the live stream).
    void typingReceived(const QString &conversationId, const QString &userId);

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
    QCoro::Task<bool> enqueue(std::function<bool(store::WriteContext &)> local, QString kind, QString objectId,
                              QString payload);
    QCoro::Task<net::ApiResult<QByteArray>> send(store::OutboxEntry entry);
    // The uploads of files attached to a new post or message: ids chosen, copies' paths planned.
    QList<store::UploadRow> prepareUploads(const QString &ownerId, const QStringList &localFiles) const;

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
    QSet<QString> m_loadingMessages; // conversations with a history page on its way
    net::Backoff m_outboxBackoff;
    QTimer m_outboxRetry;
};

} // namespace plein::sync
