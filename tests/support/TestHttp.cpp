#include "TestHttp.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QTimer>

namespace plein::test {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0) return v;
    return {};
}

QString HttpResult::errorCode() const
{
    return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

HttpResult TestHttp::send(const QByteArray &verb, const QString &path, const QByteArray &body, const QByteArray &contentType)
{
    QNetworkRequest req(m_base.resolved(QUrl(path)));
    req.setTransferTimeout(15000);
    if (!body.isEmpty() || verb == "POST" || verb == "PATCH" || verb == "PUT")
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!m_token.isEmpty()) req.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    QNetworkReply *reply = m_nam.sendCustomRequest(req, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    for (const auto &h : reply->rawHeaderPairs()) r.headers.append({h.first, h.second});
    reply->abort();
    reply->deleteLater();
    return r;
}

HttpResult TestHttp::get(const QString &path) { return send("GET", path, {}); }
HttpResult TestHttp::del(const QString &path) { return send("DELETE", path, {}); }
HttpResult TestHttp::post(const QString &path, const QJsonObject &body) { return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact)); }
HttpResult TestHttp::postRaw(const QString &path, const QByteArray &body, const QByteArray &ct) { return send("POST", path, body, ct); }
HttpResult TestHttp::patch(const QString &path, const QJsonObject &body) { return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact)); }
HttpResult TestHttp::put(const QString &path, const QJsonObject &body) { return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact)); }

HttpResult TestHttp::login(const QString &email, const QString &password)
{
    const QString saved = m_token;
    m_token.clear();
    HttpResult r = post(QStringLiteral("/api/v1/auth/login"),
                        {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
    m_token = r.status == 200 ? r.json().value(QStringLiteral("accessToken")).toString() : saved;
    return r;
}

} // namespace plein::test
