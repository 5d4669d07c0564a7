#include "stream/StreamConnection.h"
#include "protocol/ApiError.h"
#include "protocol/Conversation.h"
#include "protocol/Sync.h"
#include "storage/ChangeLog.h"
#include "stream/ClientFrameVerdict.h"

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
    connect(m_socket.get(), &QWebSocket::bytesWritten, this, [this] {
        if (m_state == State::Live && m_socket->bytesToWrite() == 0) Q_EMIT drained(this);
    });

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
    const ClientFrameVerdict verdict = ClientFrameVerdict::of(frame.toUtf8());
    if (verdict.kind == ClientFrameVerdict::Kind::Refuse)
        return refuse(verdict.closeCode, verdict.errorCode, verdict.message);
    if (verdict.kind == ClientFrameVerdict::Kind::Typing) Q_EMIT typingReceived(m_userId, verdict.conversationId);
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

void StreamConnection::release()
{
    m_state = State::Closing;
    m_helloTimer.stop();
    QObject::disconnect(m_socket.get(), nullptr, this, nullptr);
    m_socket->abort(); // closes Qt's descriptor only: no close frame, no FIN while a duplicate lives
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
    m_socket->sendTextMessage(QString::fromUtf8(errorFrameText(errorCode, message)));
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
