#pragma once
#include <QString>
#include <QUrl>

namespace plein::net {

// Turns what a person typed ("plein.example.org", "http://127.0.0.1:8088/") into the server's
// base URL. TLS is required for every host but loopback: a plain http URL to any other host
// yields an invalid QUrl and a reason in *error.
QUrl normalizeServerUrl(const QString &typed, QString *error = nullptr);
bool isLoopback(const QUrl &url);

} // namespace plein::net
