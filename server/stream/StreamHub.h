#pragma once
// Serves /api/v1/stream. A hello is answered in one slot: check the token, replay every
// visible event after `since`, send ready, go live. The server is single-threaded, so no
// commit can slip in between the replay's reads and the moment the connection is live;
// keep this in one slot.
//
// Fan-out: live connections are indexed by user, and the members of each conversation are
// cached in memory (loaded once, dropped when a conversation.* event says they changed), so
// a message to a 50-member conversation costs 50 hash lookups, not a query or a scan of
// every socket. Typing frames go through the same member sets and are never stored.
//
// Threads: hello, replay and going live happen here, on the server's one thread. Once a live
// connection's replay has left Qt's buffer, its socket is handed to a StreamWorker (one
// thread each, epoll) that writes its frames from then on; the hub keeps deciding who gets
// what and posts each event to the workers in commit order, so every socket still sees the
// change log's order.
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMultiHash>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QTimer>
#include "stream/StreamTiming.h"
#include "stream/StreamWorker.h"

#include <memory>
#include <vector>

namespace plein::server {

class ApiServer;
class ChangeLog;
class Sessions;
class StreamConnection;
struct LoggedEvent;


class StreamHub : public QObject {
    Q_OBJECT
public:
    StreamHub(ApiServer &server, const QSqlDatabase &db, Sessions &sessions, ChangeLog &changeLog,
              StreamTiming timing, QObject *parent = nullptr);
    ~StreamHub() override;

    // Closes the streams of a signed-out session (4401: the token they opened with is gone).
    void closeSession(qint64 sessionId);
    void closeAll();

private:
    void accept();
    void onHello(StreamConnection *connection, const QString &frame);
    void replayAndGoLive(StreamConnection *connection, const QString &token, qint64 since);
    void publish(const LoggedEvent &event);
    void forget(StreamConnection *connection);
    void onTyping(const QString &userId, const QString &conversationId);
    void handOver(StreamConnection *connection);
    void forgetHanded(quint64 id);
    // Adds the user's handed-over sockets to their workers' batches (ids, one list per worker).
    void collectHanded(const QString &userId, std::vector<QList<quint64>> &batches) const;
    void deliver(const std::vector<QList<quint64>> &batches, const LoggedEvent &event);
    std::size_t workerIndex(quint64 id) const { return std::size_t(id % m_workers.size()); }
    // The live connections of these users.
    template<typename Users>
    void sendToUsers(const Users &userIds, const LoggedEvent &event);
    // The members of a conversation, from the cache or the database.
    const QSet<QString> &audience(const QString &conversationId);

public:
    // At most one typing frame per user and conversation is forwarded in this many ms.
    static constexpr qint64 kTypingIntervalMs = 2000;

private:

    ApiServer &m_server;
    QSqlDatabase m_db;
    Sessions &m_sessions;
    ChangeLog &m_changeLog;
    StreamTiming m_timing;
    QList<StreamConnection *> m_connections;
    QMultiHash<QString, StreamConnection *> m_liveByUser;
    QHash<QString, QSet<QString>> m_audiences;   // conversation id -> member ids
    QHash<QString, qint64> m_lastTyping;         // "user|conversation" -> m_clock ms
    QElapsedTimer m_clock;
    struct Handed {
        QString userId;
        qint64 sessionId = 0;
    };
    std::vector<std::unique_ptr<StreamWorker>> m_workers;
    QHash<quint64, Handed> m_handed;
    QMultiHash<QString, quint64> m_handedByUser;
    quint64 m_nextHandedId = 0;
    QTimer m_pingTimer;
    QTimer m_silenceTimer;
};

} // namespace plein::server
