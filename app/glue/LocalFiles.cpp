#include "LocalFiles.h"

#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QUrl>

namespace plein::app {

QVariantMap LocalFiles::describe(const QString &pathOrUrl) const
{
    const QUrl asUrl(pathOrUrl);
    const QString path = asUrl.isLocalFile() ? asUrl.toLocalFile() : pathOrUrl;
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) return {};
    // Sniffed from the content, as the server does; the name alone is not trusted.
    const QMimeType mime = QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchContent);
    return {{QStringLiteral("path"), info.absoluteFilePath()},
            {QStringLiteral("url"), QUrl::fromLocalFile(info.absoluteFilePath())},
            {QStringLiteral("name"), info.fileName()},
            {QStringLiteral("size"), info.size()},
            {QStringLiteral("mime"), mime.name()},
            {QStringLiteral("isImage"), mime.name().startsWith(QLatin1String("image/"))}};
}

QString LocalFiles::sizeLabel(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace plein::app
