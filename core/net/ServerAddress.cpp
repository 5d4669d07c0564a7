#include "ServerAddress.h"

#include <QHostAddress>

namespace plein::net {

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) return true;
    const QHostAddress addr(host);
    return !addr.isNull() && addr.isLoopback();
}

QUrl normalizeServerUrl(const QString &typed, QString *error)
{
    QString text = typed.trimmed();
    if (text.isEmpty()) {
        if (error) *error = QStringLiteral("empty");
        return {};
    }
    if (!text.contains(QLatin1String("://"))) text.prepend(QLatin1String("https://"));
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        if (error) *error = QStringLiteral("invalid");
        return {};
    }
    if (url.scheme() == QLatin1String("http") && !isLoopback(url)) {
        if (error) *error = QStringLiteral("insecure");
        return {};
    }
    url.setPath(QString());
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace plein::net
