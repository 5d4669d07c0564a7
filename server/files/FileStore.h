#pragma once
// The bytes of uploaded files under DIR/files: <id> for the file, <id>.thumb.jpg for an
// image's thumbnail. Names are ids the server checked (UUIDv7), never a path from a request.
#include <QByteArray>
#include <QString>
#include <optional>

namespace plein::server {

class FileStore {
public:
    explicit FileStore(const QString &dataDir);

    // Writes atomically (temporary file, then rename), so a crash leaves no half file.
    bool write(const QString &id, const QByteArray &data);
    bool writeThumbnail(const QString &id, const QByteArray &jpeg);
    std::optional<QByteArray> read(const QString &id) const;
    std::optional<QByteArray> readThumbnail(const QString &id) const;
    void remove(const QString &id);

private:
    QString pathOf(const QString &name) const;
    QString m_dir;
};

// An image's pixel size and a JPEG thumbnail of at most 480 px on its longer side; nullopt
// when the bytes do not decode as an image.
struct Thumbnail {
    int width = 0;
    int height = 0;
    QByteArray jpeg;
};
std::optional<Thumbnail> makeThumbnail(const QByteArray &image);

} // namespace plein::server
