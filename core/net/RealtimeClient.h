#pragma once
// The live stream: one WebSocket to /api/v1/stream that says hello with the token and the
// cursor, hands every frame on as raw text (decoding happens on the store's thread), keeps
// itself alive with pings, and reconnects with jittered backoff until stopped.
#include "Backoff.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>
#include <functional>

namespace plein::net {

class RealtimeClient : public QObject {
    Q_OBJECT
public:
    struct Timing {
        int pingIntervalMs = 25000;
        int deadAfterMs = 60000;   // no frame or pong for this long: the socket is dead
        int backoffBaseMs = 500;
        int backoffCapMs = 30000;
    };

    explicit RealtimeClient(QObject *parent = nullptr);
    ~RealtimeClient() override;

    void setTiming(const Timing &timing);
    // cursor() and token() are asked at every (re)connect, so a resume always starts from
    // what the store has applied and with the freshest token.
    void start(const QUrl &serverBase, std::function<qint64()> cursor, std::function<QString()> token);
    void stop();
    void reconnectNow();        // e.g. the network came back, or a new token is available
    bool isConnected() const { return m_connected; }
    // An ephemeral client frame (typing); dropped when not connected. Returns whether it went.
    bool sendFrame(const QString &text);

Q_SIGNALS:
    void frameReceived(const QString &frame);
    void connectedChanged(bool connected);
    // The server closed with an application code (4401 token refused, 4410 cursor expired,
    // 4400 bad frame). Reconnecting is then up to the owner, after it has acted.
    void refused(int closeCode);
    // A connection attempt failed or an open connection dropped; a retry is scheduled.
    void connectionLost();

private:
    void watchReachability();
    void openSocket();
    void onConnected();
    void onDisconnected();
    void scheduleReconnect();
    void setConnected(bool connected);
    void checkAlive();

    QWebSocket *m_socket = nullptr;
    QUrl m_url;
    std::function<qint64()> m_cursor;
    std::function<QString()> m_token;
    Timing m_timing;
    Backoff m_backoff;
    QTimer m_reconnectTimer;
    QTimer m_pingTimer;
    qint64 m_lastHeardMs = 0;
    bool m_running = false;
    bool m_watchingReachability = false;
    bool m_connected = false;
    bool m_waitForOwner = false;
};

} // namespace plein::net
