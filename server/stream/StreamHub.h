#pragma once
// Serves /api/v1/stream. A hello is answered in one slot: check the token, replay every
// visible event after `since`, send ready, go live. The server is single-threaded, so no
// commit can slip in between the replay's reads and the moment the connection is live;
// keep this in one slot.
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

namespace plein::server {

class ApiServer;
class ChangeLog;
class Sessions;
class StreamConnection;
struct LoggedEvent;

struct StreamTiming {
    int helloTimeoutMs = 10000;
    int pingIntervalMs = 25000;
    int silentLimitMs = 60000; // a socket silent this long (no pong, no frame) is dropped
};

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

    ApiServer &m_server;
    QSqlDatabase m_db;
    Sessions &m_sessions;
    ChangeLog &m_changeLog;
    StreamTiming m_timing;
    QList<StreamConnection *> m_connections;
    QTimer m_pingTimer;
    QTimer m_silenceTimer;
};

} // namespace plein::server
