#include "stream/StreamConnection.h"
#include "protocol/ApiError.h"
#include "protocol/Sync.h"
#include "storage/ChangeLog.h"

#include <QDateTime>
#include <QJsonDocument>

namespace plein::server {

StreamConnection::StreamConnection(std::unique_ptr<QWebSocket> socket, int helloTimeoutMs, QObject *parent)
    : QObject(parent), m_socket(std::move(socket)), m_lastHeardMs(QDateTime::currentMSecsSinceEpoch())
{
    const auto heard = [this] { m_lastHeardMs = QDateTime::currentMSecsSinceEpoch(); };
    connect(m_socket.get(), &QWebSocket::pong, this, heard);
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, [this, heard](const QString &frame) {
        heard();
        onText(frame);
    });
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this, [this, heard] {
        heard();
        if (m_state == State::AwaitingHello)
            refuse(protocol::CloseCode::BadFrame, protocol::ErrorCode::ValidationFailed,
                   QStringLiteral("the first frame must be a text hello frame"));
    });
    connect(m_socket.get(), &QWebSocket::disconnected, this, [this] { Q_EMIT finished(this); });

    m_helloTimer.setSingleShot(true);
    connect(&m_helloTimer, &QTimer::timeout, this, [this] {
        refuse(protocol::CloseCode::Unauthorized, protocol::ErrorCode::Unauthorized,
               QStringLiteral("no hello frame in time"));
    });
    m_helloTimer.start(helloTimeoutMs);
}

StreamConnection::~StreamConnection() = default;

void StreamConnection::onText(const QString &frame)
{
    // After the hello, client frames are reserved for later features (typing, read marks):
    // ignoring them keeps older servers compatible with newer clients.
    if (m_state != State::AwaitingHello) return;
    m_helloTimer.stop();
    Q_EMIT helloReceived(this, frame);
}

void StreamConnection::sendJson(const QJsonObject &frame)
{
    m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void StreamConnection::sendEvent(const LoggedEvent &event)
{
    sendJson(protocol::eventFrame({event.seq, m_position, event.name, event.data}));
    m_position = event.seq;
}

void StreamConnection::goLive(const QString &userId, qint64 sessionId, qint64 cursor)
{
    sendJson(protocol::readyFrame(cursor));
    m_userId = userId;
    m_sessionId = sessionId;
    m_position = cursor;
    m_state = State::Live;
}

void StreamConnection::refuse(int closeCode, const QString &errorCode, const QString &message)
{
    if (m_state == State::Closing) return;
    m_state = State::Closing;
    m_helloTimer.stop();
    QJsonObject frame = protocol::ApiError{errorCode, message, {}}.toJson();
    frame.insert(QStringLiteral("type"), protocol::FrameType::Error);
    sendJson(frame);
    m_socket->close(QWebSocketProtocol::CloseCode(closeCode), message);
}

void StreamConnection::closeGoingAway()
{
    if (m_state == State::Closing) return;
    m_state = State::Closing;
    m_socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("server shutting down"));
    m_socket->flush();
}

void StreamConnection::ping()
{
    m_socket->ping();
}

void StreamConnection::dropIfSilentFor(qint64 silentMs, qint64 nowMs)
{
    // abort() rather than close(): a peer that stopped answering will not finish a close
    // handshake either. `disconnected` then lets the hub forget this connection.
    if (nowMs - m_lastHeardMs > silentMs) m_socket->abort();
}

} // namespace plein::server
