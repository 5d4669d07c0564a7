#pragma once
// What a route answers: a status, an optional JSON body and extra headers. Every error body
// is protocol::ApiError, so clients decode one shape for all failures.
#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <optional>

namespace plein::server {

struct Reply {
    int status = 200;
    std::optional<QJsonObject> body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // Non-JSON answers (file downloads): sent as is with `contentType` when body is empty.
    QByteArray raw;
    QByteArray contentType;

    static Reply json(int status, const QJsonObject &body);
    static Reply noContent();
    static Reply bytes(int status, const QByteArray &data, const QByteArray &contentType);
    static Reply error(int status, const QString &code, const QString &message, const QString &field = {});

    Reply &withHeader(const QByteArray &name, const QByteArray &value);
};

} // namespace plein::server
