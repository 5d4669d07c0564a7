#pragma once
// The HTTP front door: one route table under /api/v1, authentication, size limits, and the
// JSON error contract for everything that goes wrong, including unknown paths. Subclassing
// QAbstractHttpServer (instead of QHttpServer's router) keeps all answers, fallbacks
// included, in our own hands.
#include "http/ApiRequest.h"
#include "http/Reply.h"

#include <QAbstractHttpServer>
#include <QPointer>
#include <QTcpSocket>
#include <QHttpServerRequest>
#include <functional>
#include <vector>

namespace plein::server {

class Sessions;

class ApiServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    using Handler = std::function<Reply(const ApiRequest &)>;
    enum class Access { Anyone, SignedIn };

    static inline const QString kPrefix = QStringLiteral("/api/v1");
    static inline const QString kStreamPath = QStringLiteral("/api/v1/stream");

    ApiServer(Sessions &sessions, QObject *parent = nullptr);

    // `path` is relative to /api/v1, e.g. "/auth/login" or "/groups/{id}/members/{userId}";
    // a {name} segment matches any one non-empty segment and lands in ApiRequest::params.
    // `maxBody` is the largest body the route accepts (413 above it).
    void addRoute(QHttpServerRequest::Method method, const QString &path, Access access, Handler handler,
                  qint64 maxBody = kDefaultMaxBody);

    static constexpr qint64 kDefaultMaxBody = 1024 * 1024;

    // The descriptor under a stream connection, found by its peer, or -1: Qt's QWebSocket does
    // not show its QTcpSocket, and the hub hands live sockets to its workers.
    qintptr streamDescriptor(const QHostAddress &peer, quint16 port) const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static QString peerKey(const QHostAddress &peer, quint16 port);
    QHash<QString, QPointer<QTcpSocket>> m_streamSockets; // by peerKey
    struct Route {
        QHttpServerRequest::Method method;
        QStringList segments;
        Access access;
        Handler handler;
        qint64 maxBody;
    };
    // Fills `params` and returns true when `segments` (of a request path) fit the route.
    static bool matches(const Route &route, const QStringList &segments, QHash<QString, QString> &params);
    Reply dispatch(const QHttpServerRequest &request);
    // Resolves the caller into apiRequest; returns the 401 to send when that fails.
    std::optional<Reply> authenticate(const QHttpServerRequest &request, ApiRequest &apiRequest);
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const Reply &reply);

    Sessions &m_sessions;
    std::vector<Route> m_routes;
};

} // namespace plein::server
