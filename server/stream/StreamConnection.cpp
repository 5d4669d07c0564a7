#include "stream/StreamConnection.h"
#include "protocol/ApiError.h"
#include "protocol/Conversation.h"
#include "protocol/Sync.h"
#include "storage/ChangeLog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>

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
    if (m_state == State::Live) return onClientFrame(frame);
    if (m_state != State::AwaitingHello) return;
    m_helloTimer.stop();
    Q_EMIT helloReceived(this, frame);
}

void StreamConnection::onClientFrame(const QString &frame)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(frame.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return refuse(protocol::CloseCode::BadFrame, protocol::ErrorCode::MalformedJson,
                      QStringLiteral("a client frame is not a JSON object"));
    // Types this server does not know are ignored, so newer clients still work with it.
    if (doc.object().value(QStringLiteral("type")).toString() != protocol::FrameType::Typing) return;
    const auto typing = protocol::TypingFrame::fromJson(doc.object());
    if (!typing)
        return refuse(protocol::CloseCode::BadFrame, protocol::ErrorCode::ValidationFailed, typing.error().toString());
    Q_EMIT typingReceived(this, typing.value().conversationId.toLower());
}

void StreamConnection::sendJson(const QJsonObject &frame)
{
    m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void StreamConnection::sendEvent(const LoggedEvent &event)
{
    if (event.dataText.isEmpty()) {
        sendJson(protocol::eventFrame({event.seq, m_position, event.name, event.data}));
    } else {
        // The same frame as protocol::eventFrame, with the event's stored JSON spliced in.
        // Event names are our own constants (lowercase letters and dots): nothing to escape.
        m_socket->sendTextMessage(QStringLiteral("{\"type\":\"event\",\"seq\":") + QString::number(event.seq)
                                  + QStringLiteral(",\"prev\":") + QString::number(m_position)
                                  + QStringLiteral(",\"name\":\"") + event.name + QStringLiteral("\",\"data\":")
                                  + event.dataText + QLatin1Char('}'));
    }
    m_position = event.seq;
}

void StreamConnection::sendFrame(const QJsonObject &frame)
{
    if (m_state == State::Live) sendJson(frame);
}

void StreamConnection::flush()
{
    m_socket->flush();
}

void StreamConnection::goLive(const QString &userId, qint64 sessionId, qint64 cursor)
{
    sendJson(protocol::readyFrame(cursor));
    m_userId = userId;
    m_sessionId = sessionId;
    m_position = cursor;
    m_state = State::Live;
    flush();
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
