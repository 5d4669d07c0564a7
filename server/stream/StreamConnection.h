#pragma once
// One client on /api/v1/stream: waits for the hello frame, then carries event frames whose
// `prev` chains on this connection. Liveness is tracked here; the decisions (who may see
// what, when to go live) are StreamHub's.
#include <QObject>
#include <QTimer>
#include <QWebSocket>
#include <memory>

namespace plein::server {

struct LoggedEvent;

class StreamConnection : public QObject {
    Q_OBJECT
public:
    StreamConnection(std::unique_ptr<QWebSocket> socket, int helloTimeoutMs, QObject *parent = nullptr);
    ~StreamConnection() override;

    bool isLive() const { return m_state == State::Live; }
    const QString &userId() const { return m_userId; }
    qint64 sessionId() const { return m_sessionId; }

    // Starts the replay: the first event sent will carry prev = since.
    void beginReplay(qint64 since) { m_position = since; }
    // Sends the event with prev = this connection's position, then moves the position to it.
    void sendEvent(const LoggedEvent &event);
    // Sends a frame that is not an event (typing): it carries no seq and moves no position.
    void sendFrame(const QJsonObject &frame);
    // The hub hands a drained live connection's socket to a StreamWorker: these say which
    // socket, whether Qt still holds bytes for it, and where its prev chain stands.
    QHostAddress peerAddress() const { return m_socket->peerAddress(); }
    quint16 peerPort() const { return m_socket->peerPort(); }
    qint64 bytesToWrite() const { return m_socket->bytesToWrite(); }
    qint64 position() const { return m_position; }
    // Lets go of the socket without a frame (the hub holds a duplicate of its descriptor).
    void release();
    // Writes what is queued to the kernel now, not on the next pass of the event loop: a live
    // frame then costs one write() and no extra poll() over every socket (see performance.md).
    void flush();
    // Ends the replay: the client's cursor is now `cursor`, and so is the next event's prev.
    void goLive(const QString &userId, qint64 sessionId, qint64 cursor);
    // Sends an error frame, then closes with `closeCode`. Nothing is sent after this.
    void refuse(int closeCode, const QString &errorCode, const QString &message);
    void closeGoingAway();

    // Pings a healthy socket; drops one that has been silent for longer than `silentMs`.
    void ping();
    void dropIfSilentFor(qint64 silentMs, qint64 nowMs);

Q_SIGNALS:
    void helloReceived(plein::server::StreamConnection *connection, const QString &frame);
    // A valid typing frame after the hello; the id is lowercase. Whether the user is in that
    // conversation is the hub's question.
    void typingReceived(const QString &userId, const QString &conversationId);
    void finished(plein::server::StreamConnection *connection);
    // Live, and Qt's write buffer for it is empty.
    void drained(plein::server::StreamConnection *connection);

private:
    enum class State { AwaitingHello, Live, Closing };
    void onText(const QString &frame);
    void onClientFrame(const QString &frame);
    void sendJson(const QJsonObject &frame);

    std::unique_ptr<QWebSocket> m_socket;
    QTimer m_helloTimer;
    State m_state = State::AwaitingHello;
    QString m_userId;
    qint64 m_sessionId = 0;
    qint64 m_position = 0;
    qint64 m_lastHeardMs = 0;
};

} // namespace plein::server
