#pragma once
// A file uploaded with POST /files and attached to a post.
#include "Decoded.h"

#include <QJsonObject>

namespace plein::protocol {

inline constexpr qint64 kMaxUploadSize = 25 * 1024 * 1024; // 25 MiB per file
inline constexpr int kMaxAttachmentsPerPost = 10;

struct Attachment {
    QString id;           // UUIDv7 chosen by the uploader's client
    QString name;         // the file name given at upload, for display and downloads
    QString mime;         // sniffed by the server from the bytes, never taken from the name
    QString url;          // path of the bytes, relative to the server: /api/v1/files/<id>
    QString thumbnailUrl; // empty when the file is not an image
    qint64 size = 0;      // bytes
    qint64 width = 0;     // pixels, images only
    qint64 height = 0;

    static Decoded<Attachment> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const Attachment &) const = default;
};

} // namespace plein::protocol
