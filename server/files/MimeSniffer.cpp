#include "files/MimeSniffer.h"

#include <QStringDecoder>

namespace plein::server {

namespace {

bool startsWith(const QByteArray &data, const char *magic, qsizetype length, qsizetype offset = 0)
{
    return data.size() >= offset + length && data.mid(offset, length) == QByteArray(magic, length);
}

bool isPlainText(const QByteArray &data)
{
    const QByteArray head = data.left(64 * 1024);
    for (const char c : head) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    // A multi-byte character cut by the 64 KiB window is not an error of the file.
    const QByteArray checked = data.size() > head.size() ? head.chopped(std::min<qsizetype>(3, head.size())) : head;
    (void)decoder.decode(checked);
    return !decoder.hasError();
}

} // namespace

QByteArray sniffMime(const QByteArray &data)
{
    if (startsWith(data, "\x89PNG\r\n\x1a\n", 8)) return "image/png";
    if (startsWith(data, "\xff\xd8\xff", 3)) return "image/jpeg";
    if (startsWith(data, "GIF87a", 6) || startsWith(data, "GIF89a", 6)) return "image/gif";
    if (startsWith(data, "RIFF", 4) && startsWith(data, "WEBP", 4, 8)) return "image/webp";
    if (startsWith(data, "%PDF-", 5)) return "application/pdf";
    if (startsWith(data, "PK\x03\x04", 4) || startsWith(data, "PK\x05\x06", 4)) return "application/zip";
    if (!data.isEmpty() && isPlainText(data)) return "text/plain";
    return "application/octet-stream";
}

bool isImageMime(const QByteArray &mime)
{
    return mime.startsWith("image/");
}

} // namespace plein::server
