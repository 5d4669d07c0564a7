#include "ApiClient.h"
#include "protocol/ApiError.h"
#include "protocol/JsonReader.h"

#include <QCoroNetworkReply>
#include <QCoroSignal>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QPointer>
#include <QUrlQuery>

namespace plein::net {

using protocol::ApiError;

ApiClient::ApiClient(QUrl base, QObject *parent)
    : QObject(parent), m_base(std::move(base))
{
    m_nam.setAutoDeleteReplies(false);
}

ApiClient::~ApiClient()
{
    // A coroutine awaiting a reply that is deleted with the network manager would never
    // resume, and its frame would leak. Aborting finishes each reply now: the awaiting
    // coroutines resume with a network error while this object's members still exist.
    m_closing = true;
    const auto replies = m_nam.findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies) reply->abort();
}

void ApiClient::setTokens(const QString &access, const QString &refresh)
{
    m_access = access;
    m_refresh = refresh;
}

QCoro::Task<ApiClient::Reply> ApiClient::send(QByteArray verb, QString path, QByteArray body, bool authorised,
                                              Transfer transfer)
{
    QUrl url = m_base;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0) url.setQuery(path.mid(q + 1));
    QNetworkRequest req(url);
    req.setTransferTimeout(m_timeoutMs);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    req.setRawHeader("Accept", "application/json");
    if (!body.isEmpty()) req.setHeader(QNetworkRequest::ContentTypeHeader, transfer.contentType);
    if (authorised && !m_access.isEmpty()) req.setRawHeader("Authorization", "Bearer " + m_access.toUtf8());

    QPointer<QNetworkReply> reply = m_nam.sendCustomRequest(req, verb, body);
    if (transfer.progress) {
        connect(reply.get(), &QNetworkReply::uploadProgress, this, transfer.progress);
        connect(reply.get(), &QNetworkReply::downloadProgress, this, transfer.progress);
    }
    co_await reply.get();
    Reply out;
    if (!reply) co_return out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A reply aborted because the client is going away (sign-out, quitting) is already closed.
    if (reply->isOpen()) out.body = reply->readAll();
    out.retryAfter = reply->rawHeader("Retry-After").toInt();
    if (out.status == 0) {
        out.transportError = true;
        out.transportMessage = reply->errorString();
    }
    reply->deleteLater();
    co_return out;
}

NetError ApiClient::classify(const Reply &reply)
{
    NetError e;
    e.status = reply.status;
    if (reply.transportError || reply.status == 0) {
        e.kind = NetError::Kind::Network;
        e.message = reply.transportMessage;
        return e;
    }
    const auto parsed = protocol::parseObject(reply.body);
    const auto apiError = parsed ? ApiError::fromJson(parsed.value()) : protocol::Decoded<ApiError>(parsed.error());
    if (!apiError) {
        // Not our error body: whatever answered is not a Plein server (or a proxy in between).
        e.kind = reply.status >= 500 ? NetError::Kind::Server : NetError::Kind::Protocol;
        e.message = QStringLiteral("unexpected answer (HTTP %1)").arg(reply.status);
        return e;
    }
    e.code = apiError.value().code;
    e.message = apiError.value().message;
    e.field = apiError.value().field;
    e.retryAfterSeconds = reply.retryAfter;
    e.body = reply.body;
    switch (reply.status) {
    case 401: e.kind = NetError::Kind::Unauthorized; break;
    case 403: e.kind = NetError::Kind::Forbidden; break;
    case 404: e.kind = NetError::Kind::NotFound; break;
    case 409: e.kind = NetError::Kind::Conflict; break;
    case 410: e.kind = NetError::Kind::Gone; break;
    case 429: e.kind = NetError::Kind::RateLimited; break;
    default:
        e.kind = reply.status >= 500 ? NetError::Kind::Server
               : reply.status >= 400 ? NetError::Kind::Invalid
                                     : NetError::Kind::Protocol;
    }
    return e;
}

QCoro::Task<ApiResult<QByteArray>> ApiClient::call(QByteArray verb, QString path, QByteArray body, Transfer transfer)
{
    QPointer<ApiClient> self(this);
    auto firstTry = send(verb, path, body, true, transfer);
    Reply reply = co_await firstTry;
    if (!self) co_return NetError{};
    if (reply.status == 401) {
        const bool refreshed = co_await refreshTokens();
        if (!self) co_return NetError{};
        auto retryAfterRefresh = send(verb, path, body, true, transfer);
        if (refreshed) reply = co_await retryAfterRefresh;
        if (!self) co_return NetError{};
    }
    if (reply.status >= 200 && reply.status < 300) co_return reply.body;
    co_return classify(reply);
}

QCoro::Task<bool> ApiClient::refreshTokens()
{
    QPointer<ApiClient> self(this);
    if (m_refreshing) {
        // One refresh at a time: a second would present an already rotated refresh token.
        co_await qCoro(this, &ApiClient::refreshFinished);
        co_return self && m_lastRefreshOk;
    }
    if (m_refresh.isEmpty()) co_return false;
    m_refreshing = true;
    const QByteArray body = QJsonDocument(protocol::RefreshRequest{m_refresh}.toJson()).toJson(QJsonDocument::Compact);
    auto refreshing = send("POST", QStringLiteral("/api/v1/auth/refresh"), body, false);
    const Reply reply = co_await refreshing;
    if (!self) co_return false;
    m_refreshing = false;
    m_lastRefreshOk = false;
    if (reply.status == 200) {
        const auto obj = protocol::parseObject(reply.body);
        const auto session = obj ? protocol::Session::fromJson(obj.value()) : protocol::Decoded<protocol::Session>(obj.error());
        if (session) {
            setTokens(session.value().accessToken, session.value().refreshToken);
            m_lastRefreshOk = true;
            Q_EMIT tokensChanged(m_access, m_refresh);
        }
    } else if (reply.status == 401) {
        Q_EMIT sessionExpired();
    }
    Q_EMIT refreshFinished();
    co_return m_lastRefreshOk;
}

QCoro::Task<ApiResult<protocol::Session>> ApiClient::login(QString email, QString password)
{
    QPointer<ApiClient> self(this);
    const QByteArray body = QJsonDocument(protocol::LoginRequest{email, password}.toJson()).toJson(QJsonDocument::Compact);
    auto loggingIn = send("POST", QStringLiteral("/api/v1/auth/login"), body, false);
    const Reply reply = co_await loggingIn;
    if (!self) co_return NetError{};
    if (reply.status != 200) co_return classify(reply);
    const auto obj = protocol::parseObject(reply.body);
    auto session = obj ? protocol::Session::fromJson(obj.value()) : protocol::Decoded<protocol::Session>(obj.error());
    if (!session) co_return NetError{NetError::Kind::Protocol, reply.status, {}, session.error().toString(), {}, 0, {}};
    setTokens(session.value().accessToken, session.value().refreshToken);
    co_return std::move(session).value();
}

QCoro::Task<ApiResult<bool>> ApiClient::logout()
{
    auto loggingOut = send("POST", QStringLiteral("/api/v1/auth/logout"), QByteArrayLiteral("{}"), true);
    const Reply reply = co_await loggingOut;
    if (reply.status >= 200 && reply.status < 300) co_return true;
    co_return classify(reply);
}

QCoro::Task<ApiResult<QByteArray>> ApiClient::request(QByteArray verb, QString path, QByteArray body)
{
    return call(verb, path, body);
}

QCoro::Task<ApiResult<QByteArray>> ApiClient::upload(QString path, QByteArray bytes, Progress progress)
{
    return call("POST", path, bytes, Transfer{QByteArrayLiteral("application/octet-stream"), std::move(progress)});
}

QCoro::Task<ApiResult<QByteArray>> ApiClient::download(QString path, Progress progress)
{
    return call("GET", path, {}, Transfer{QByteArrayLiteral("application/json"), std::move(progress)});
}

QCoro::Task<ApiResult<QByteArray>> ApiClient::bootstrap()
{
    return call("GET", QStringLiteral("/api/v1/bootstrap"));
}

QCoro::Task<ApiResult<QByteArray>> ApiClient::feedPage(QString before, int limit)
{
    QUrlQuery q;
    if (!before.isEmpty()) q.addQueryItem(QStringLiteral("before"), before);
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return call("GET", QStringLiteral("/api/v1/feed?") + q.toString(QUrl::FullyEncoded));
}

QCoro::Task<ApiResult<QByteArray>> ApiClient::sync(qint64 since, int limit)
{
    return call("GET", QStringLiteral("/api/v1/sync?since=%1&limit=%2").arg(since).arg(limit));
}

QCoro::Task<ApiResult<protocol::Post>> ApiClient::createPost(QByteArray newPostJson)
{
    QPointer<ApiClient> self(this);
    auto creating = call("POST", QStringLiteral("/api/v1/posts"), newPostJson);
    const auto result = co_await creating;
    if (!self) co_return NetError{};
    if (!result) co_return result.error();
    const auto obj = protocol::parseObject(result.value());
    auto post = obj ? protocol::Post::fromJson(obj.value()) : protocol::Decoded<protocol::Post>(obj.error());
    if (!post) co_return NetError{NetError::Kind::Protocol, 200, {}, post.error().toString(), {}, 0, {}};
    co_return std::move(post).value();
}

} // namespace plein::net
