#include "files/FileStore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSaveFile>

namespace plein::server {

namespace {
constexpr int kThumbnailEdge = 480;
}

FileStore::FileStore(const QString &dataDir) : m_dir(QDir(dataDir).filePath(QStringLiteral("files")))
{
    QDir().mkpath(m_dir);
}

QString FileStore::pathOf(const QString &name) const
{
    return QDir(m_dir).filePath(name);
}

bool FileStore::write(const QString &id, const QByteArray &data)
{
    QSaveFile file(pathOf(id));
    if (!file.open(QIODevice::WriteOnly)) return false;
    file.write(data);
    return file.commit();
}

bool FileStore::writeThumbnail(const QString &id, const QByteArray &jpeg)
{
    return write(id + QStringLiteral(".thumb.jpg"), jpeg);
}

std::optional<QByteArray> FileStore::read(const QString &id) const
{
    QFile file(pathOf(id));
    if (!file.open(QIODevice::ReadOnly)) return std::nullopt;
    return file.readAll();
}

std::optional<QByteArray> FileStore::readThumbnail(const QString &id) const
{
    return read(id + QStringLiteral(".thumb.jpg"));
}

void FileStore::remove(const QString &id)
{
    QFile::remove(pathOf(id));
    QFile::remove(pathOf(id + QStringLiteral(".thumb.jpg")));
}

std::optional<Thumbnail> makeThumbnail(const QByteArray &image)
{
    QImage decoded;
    if (!decoded.loadFromData(image) || decoded.isNull()) return std::nullopt;
    Thumbnail t{decoded.width(), decoded.height(), {}};
    const QImage small = (decoded.width() > kThumbnailEdge || decoded.height() > kThumbnailEdge)
        ? decoded.scaled(kThumbnailEdge, kThumbnailEdge, Qt::KeepAspectRatio, Qt::SmoothTransformation)
        : decoded;
    QBuffer buffer(&t.jpeg);
    buffer.open(QIODevice::WriteOnly);
    // JPEG has no alpha: flatten transparent images onto white rather than black.
    QImage flat(small.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    {
        QImage converted = small.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        for (int y = 0; y < flat.height(); ++y) {
            auto *dst = reinterpret_cast<QRgb *>(flat.scanLine(y));
            const auto *src = reinterpret_cast<const QRgb *>(converted.constScanLine(y));
            for (int x = 0; x < flat.width(); ++x) {
                const int a = qAlpha(src[x]);
                dst[x] = qRgb(qRed(src[x]) + (255 - a), qGreen(src[x]) + (255 - a), qBlue(src[x]) + (255 - a));
            }
        }
    }
    if (!flat.save(&buffer, "JPEG", 80)) return std::nullopt;
    return t;
}

} // namespace plein::server
