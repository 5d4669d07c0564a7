#include "RealtimeClient.h"
#include "protocol/Sync.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkInformation>

Q_LOGGING_CATEGORY(lcRealtime, "plein.realtime")

namespace plein::net {

RealtimeClient::RealtimeClient(QObject *parent)
    : QObject(parent)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &RealtimeClient::openSocket);
    connect(&m_pingTimer, &QTimer::timeout, this, &RealtimeClient::checkAlive);
    setTiming(m_timing);
}

void RealtimeClient::watchReachability()
{
    if (m_watchingReachability) return;
    m_watchingReachability = true;
    // Come back at once when the OS says the network is back, instead of waiting out a backoff.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability r) {
                    if (r == QNetworkInformation::Reachability::Online && !m_connected) reconnectNow();
                });
    }
}

RealtimeClient::~RealtimeClient() { stop(); }

void RealtimeClient::setTiming(const Timing &timing)
{
    m_timing = timing;
    m_backoff = Backoff(timing.backoffBaseMs, timing.backoffCapMs);
    m_pingTimer.setInterval(timing.pingIntervalMs);
}

void RealtimeClient::start(const QUrl &serverBase, std::function<qint64()> cursor, std::function<QString()> token)
{
    m_url = serverBase;
    m_url.setScheme(serverBase.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    m_url.setPath(QStringLiteral("/api/v1/stream"));
    m_cursor = std::move(cursor);
    m_token = std::move(token);
    m_running = true;
    m_waitForOwner = false;
    m_backoff.reset();
    // Only now, not when made: the backend loads GLib and GIO plugins (about 5 ms), and an app
    // reopening its cache makes its client well before it has a token to connect with.
    watchReachability();
    openSocket();
}

void RealtimeClient::stop()
{
    m_running = false;
    m_reconnectTimer.stop();
    m_pingTimer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    setConnected(false);
}

void RealtimeClient::reconnectNow()
{
    if (!m_running) return;
    m_waitForOwner = false;
    m_backoff.reset();
    if (m_socket && m_connected) return;
    m_reconnectTimer.stop();
    openSocket();
}

void RealtimeClient::openSocket()
{
    if (!m_running) return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::connected, this, &RealtimeClient::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &RealtimeClient::onDisconnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &frame) {
        m_lastHeardMs = QDateTime::currentMSecsSinceEpoch();
        if (!m_connected) {
            // The first answer to hello: the server accepted us.
            m_backoff.reset();
            setConnected(true);
        }
        Q_EMIT frameReceived(frame);
    });
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this] {
        // A failed open reports an error and may never report disconnected.
        if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState) {
            m_pingTimer.stop();
            setConnected(false);
            scheduleReconnect();
        }
    });
    connect(m_socket, &QWebSocket::pong, this, [this] { m_lastHeardMs = QDateTime::currentMSecsSinceEpoch(); });
    m_socket->open(m_url);
}

void RealtimeClient::onConnected()
{
    m_lastHeardMs = QDateTime::currentMSecsSinceEpoch();
    const protocol::HelloFrame hello{m_token ? m_token() : QString(), m_cursor ? m_cursor() : 0};
    m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(hello.toJson()).toJson(QJsonDocument::Compact)));
    m_pingTimer.start();
}

void RealtimeClient::onDisconnected()
{
    m_pingTimer.stop();
    const int code = m_socket ? int(m_socket->closeCode()) : 0;
    qCDebug(lcRealtime) << "stream closed" << code << (m_socket ? m_socket->closeReason() : QString());
    setConnected(false);
    if (!m_running) return;
    if (code == protocol::CloseCode::Unauthorized || code == protocol::CloseCode::CursorExpired ||
        code == protocol::CloseCode::BadFrame) {
        m_waitForOwner = true;
        Q_EMIT refused(code);
        return;
    }
    scheduleReconnect();
}

void RealtimeClient::scheduleReconnect()
{
    if (!m_running || m_waitForOwner || m_reconnectTimer.isActive()) return;
    Q_EMIT connectionLost();
    m_reconnectTimer.start(m_backoff.nextDelayMs());
}

void RealtimeClient::checkAlive()
{
    if (!m_socket) return;
    if (QDateTime::currentMSecsSinceEpoch() - m_lastHeardMs > m_timing.deadAfterMs) {
        // Silent for too long: the connection is dead even if TCP has not noticed.
        m_socket->abort();
        setConnected(false);
        scheduleReconnect();
        return;
    }
    m_socket->ping();
}

void RealtimeClient::setConnected(bool connected)
{
    if (m_connected == connected) return;
    m_connected = connected;
    Q_EMIT connectedChanged(connected);
}

bool RealtimeClient::sendFrame(const QString &text)
{
    if (!m_socket || !m_connected) return false;
    return m_socket->sendTextMessage(text) > 0;
}

} // namespace plein::net
