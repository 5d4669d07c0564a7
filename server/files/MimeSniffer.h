#pragma once
// The type of an upload, decided from its first bytes and never from its name or the
// client's Content-Type: a file named x.pdf that is a PNG is served as image/png.
#include <QByteArray>

namespace plein::server {

// image/png, image/jpeg, image/gif, image/webp, application/pdf, application/zip (Office
// documents are ZIP containers), text/plain (valid UTF-8 without control characters), or
// application/octet-stream.
QByteArray sniffMime(const QByteArray &data);
bool isImageMime(const QByteArray &mime);

} // namespace plein::server
