#pragma once
// REST calls to one Plein server for one signed-in account. Every request has a timeout;
// a 401 on an authorised request refreshes the access token once and retries, and when the
// refresh itself is refused, sessionExpired() is emitted.
#include "NetError.h"
#include "protocol/Auth.h"
#include "protocol/Post.h"

#include <QCoroTask>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <functional>

namespace plein::net {

using TransferProgress = std::function<void(qint64 done, qint64 total)>;

// How a request's body travels: its type, and who wants to hear of its progress.
struct Transfer {
    QByteArray contentType = QByteArrayLiteral("application/json");
    TransferProgress progress;
};

class ApiClient : public QObject {
    Q_OBJECT
public:
    explicit ApiClient(QUrl base, QObject *parent = nullptr);
    ~ApiClient() override;

    QUrl baseUrl() const { return m_base; }
    void setTokens(const QString &access, const QString &refresh);
    QString accessToken() const { return m_access; }
    QString refreshToken() const { return m_refresh; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    QCoro::Task<ApiResult<protocol::Session>> login(QString email, QString password);
    QCoro::Task<ApiResult<bool>> logout();
    // Raw bodies: the sync engine decodes these on the store's thread.
    QCoro::Task<ApiResult<QByteArray>> bootstrap();
    QCoro::Task<ApiResult<QByteArray>> feedPage(QString before, int limit);
    QCoro::Task<ApiResult<QByteArray>> sync(qint64 since, int limit);
    QCoro::Task<ApiResult<protocol::Post>> createPost(QByteArray newPostJson);
    // Any JSON route of the API: the answer's raw body on 2xx (empty for 204).
    QCoro::Task<ApiResult<QByteArray>> request(QByteArray verb, QString path, QByteArray body = {});
    // Raw bytes up (a file) or down (a file's content), reporting (done, total) as they move.
    using Progress = TransferProgress;
    QCoro::Task<ApiResult<QByteArray>> upload(QString path, QByteArray bytes, Progress progress);
    QCoro::Task<ApiResult<QByteArray>> download(QString path, Progress progress);

    // A refresh of the tokens now (also used when the WebSocket is refused for its token).
    QCoro::Task<bool> refreshTokens();

Q_SIGNALS:
    void tokensChanged(const QString &access, const QString &refresh);
    void sessionExpired();

private:
    struct Reply {
        int status = 0;
        QByteArray body;
        int retryAfter = 0;
        bool transportError = false;
        QString transportMessage;
    };
    QCoro::Task<Reply> send(QByteArray verb, QString path, QByteArray body, bool authorised, Transfer transfer = {});
    QCoro::Task<ApiResult<QByteArray>> call(QByteArray verb, QString path, QByteArray body = {}, Transfer transfer = {});
    static NetError classify(const Reply &reply);

    QUrl m_base;
    QString m_access;
    QString m_refresh;
    int m_timeoutMs = 15000;
    bool m_closing = false;
    bool m_refreshing = false;
    bool m_lastRefreshOk = false;
    QNetworkAccessManager m_nam;
Q_SIGNALS:
    void refreshFinished();
};

} // namespace plein::net
