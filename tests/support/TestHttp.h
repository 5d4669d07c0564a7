#pragma once
// Blocking HTTP for tests only: each call spins an event loop until the reply or a timeout.
#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QUrl>
#include <utility>

namespace plein::test {

struct HttpResult {
    int status = 0;              // 0: no HTTP answer (connection refused, timeout)
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const;
    QString errorCode() const;   // error.code of an error body
};

class TestHttp {
public:
    explicit TestHttp(QUrl base) : m_base(std::move(base)) {}
    void setToken(const QString &token) { m_token = token; }

    HttpResult get(const QString &path);
    HttpResult del(const QString &path);
    HttpResult post(const QString &path, const QJsonObject &body);
    HttpResult postRaw(const QString &path, const QByteArray &body, const QByteArray &contentType = "application/json");
    HttpResult patch(const QString &path, const QJsonObject &body);
    HttpResult put(const QString &path, const QJsonObject &body = {});
    HttpResult send(const QByteArray &verb, const QString &path, const QByteArray &body,
                    const QByteArray &contentType = "application/json");

    // Signs in and keeps the access token for later calls; returns the login result.
    HttpResult login(const QString &email, const QString &password = QStringLiteral("demo-password"));

private:
    QUrl m_base;
    QString m_token;
    QNetworkAccessManager m_nam;
};

} // namespace plein::test
