#include "http/ApiServer.h"
#include "auth/Sessions.h"
#include "protocol/ApiError.h"

#include <QDateTime>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QTcpSocket>
#include <cstdio>
#include <exception>

namespace plein::server {

namespace {

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers())
        if (key.compare(name, Qt::CaseInsensitive) == 0) return value;
    return {};
}

bool isWebSocketUpgrade(const QHttpServerRequest &request)
{
    return headerValue(request, "Upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    return QByteArray(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method))).toUpper();
}

Reply notFound()
{
    return Reply::error(404, protocol::ErrorCode::NotFound, QStringLiteral("no such endpoint"));
}

} // namespace

ApiServer::ApiServer(Sessions &sessions, QObject *parent)
    : QAbstractHttpServer(parent), m_sessions(sessions)
{
}

void ApiServer::addRoute(QHttpServerRequest::Method method, const QString &path, Access access, Handler handler,
                         qint64 maxBody)
{
    m_routes.push_back({method, (kPrefix + path).split(QLatin1Char('/')), access, std::move(handler), maxBody});
}

bool ApiServer::matches(const Route &route, const QStringList &segments, QHash<QString, QString> &params)
{
    if (route.segments.size() != segments.size()) return false;
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &pattern = route.segments.at(i);
        if (pattern.startsWith(QLatin1Char('{')) && pattern.endsWith(QLatin1Char('}'))) {
            if (segments.at(i).isEmpty()) return false;
            found.insert(pattern.mid(1, pattern.size() - 2), segments.at(i));
        } else if (pattern != segments.at(i)) {
            return false;
        }
    }
    params = std::move(found);
    return true;
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // QAbstractHttpServer 6.4 hands every WebSocket upgrade that we claim (return true) to
    // its QWebSocketServer, even after we answered it. So: claim the stream's upgrade and
    // write nothing (the handshake must be the first bytes), and disclaim an upgrade anywhere
    // else: Qt then calls missingHandler (our 404) and closes the connection.
    if (isWebSocketUpgrade(request)) {
        if (request.url().path() != kStreamPath) return false;
        if (m_streamSockets.size() > 4096) m_streamSockets.removeIf([](const auto &it) { return it.value().isNull(); });
        m_streamSockets.insert(peerKey(socket->peerAddress(), socket->peerPort()), QPointer<QTcpSocket>(socket));
        return true;
    }
    send(request, socket, dispatch(request));
    return true;
}

QString ApiServer::peerKey(const QHostAddress &peer, quint16 port)
{
    return peer.toString() + QLatin1Char('|') + QString::number(port);
}

qintptr ApiServer::streamDescriptor(const QHostAddress &peer, quint16 port) const
{
    const QPointer<QTcpSocket> socket = m_streamSockets.value(peerKey(peer, port));
    return socket ? socket->socketDescriptor() : -1;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(request, socket, notFound());
}

Reply ApiServer::dispatch(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    const QStringList segments = path.split(QLatin1Char('/'));
    const Route *match = nullptr;
    QHash<QString, QString> params;
    QList<QByteArray> allowed;
    for (const Route &route : m_routes) {
        QHash<QString, QString> found;
        if (!matches(route, segments, found)) continue;
        allowed.append(methodName(route.method));
        if (route.method == request.method() && !match) {
            match = &route;
            params = std::move(found);
        }
    }
    if (path == kStreamPath) {
        return Reply::error(426, protocol::ErrorCode::ValidationFailed,
                            QStringLiteral("this endpoint only accepts a WebSocket upgrade"))
            .withHeader("Upgrade", "websocket");
    }
    if (allowed.isEmpty()) return notFound();
    if (!match) {
        return Reply::error(405, protocol::ErrorCode::MethodNotAllowed,
                            QStringLiteral("%1 is not supported here").arg(QString::fromLatin1(methodName(request.method()))))
            .withHeader("Allow", allowed.join(", "));
    }
    if (request.body().size() > match->maxBody) {
        return Reply::error(413, protocol::ErrorCode::PayloadTooLarge,
                            QStringLiteral("the body is larger than %1 bytes").arg(match->maxBody));
    }

    ApiRequest apiRequest{request.query(), request.body(), std::nullopt, std::move(params)};
    try {
        if (match->access == Access::SignedIn) {
            if (auto refused = authenticate(request, apiRequest)) return *refused;
        }
        return match->handler(apiRequest);
    } catch (const std::exception &e) {
        // The detail (SQL included) goes to the server log only, never to the client.
        std::fprintf(stderr, "plein-server: internal error on %s %s: %s\n", methodName(request.method()).constData(),
                     qPrintable(path), e.what());
        return Reply::error(500, protocol::ErrorCode::Internal, QStringLiteral("internal server error"));
    }
}

std::optional<Reply> ApiServer::authenticate(const QHttpServerRequest &request, ApiRequest &apiRequest)
{
    const QByteArray header = headerValue(request, "Authorization");
    static const QByteArray scheme = "Bearer ";
    if (header.size() > scheme.size() && header.first(scheme.size()).compare(scheme, Qt::CaseInsensitive) == 0) {
        const QString token = QString::fromLatin1(header.mid(scheme.size()).trimmed());
        apiRequest.caller = m_sessions.authenticate(token, QDateTime::currentMSecsSinceEpoch());
    }
    if (!apiRequest.caller) {
        return Reply::error(401, protocol::ErrorCode::Unauthorized, QStringLiteral("a valid access token is required"))
            .withHeader("WWW-Authenticate", "Bearer");
    }
    return std::nullopt;
}

void ApiServer::send(const QHttpServerRequest &request, QTcpSocket *socket, const Reply &reply)
{
    {
        QHttpServerResponder responder = makeResponder(request, socket);
        const QByteArray body = reply.body ? QJsonDocument(*reply.body).toJson(QJsonDocument::Compact) : reply.raw;
        responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
        if (reply.body) responder.writeHeader("Content-Type", "application/json");
        else if (!reply.contentType.isEmpty()) responder.writeHeader("Content-Type", reply.contentType);
        responder.writeHeader("Content-Length", QByteArray::number(body.size()));
        responder.writeHeader("Cache-Control", "no-store");
        for (const auto &[name, value] : reply.headers) responder.writeHeader(name, value);
        responder.writeBody(body);
    }
    // The answer leaves now rather than on the next pass of the event loop (one poll() over
    // every stream socket saved per request).
    socket->flush();
}

} // namespace plein::server
