#include "seed/SeedRandom.h"

namespace plein::server::seed {

QString SeedRandom::uuidV7(qint64 unixMs)
{
    unsigned char b[16];
    for (int i = 0; i < 6; ++i) b[i] = static_cast<unsigned char>((quint64(unixMs) >> (8 * (5 - i))) & 0xff);
    const quint64 r1 = next();
    const quint64 r2 = next();
    for (int i = 0; i < 5; ++i) b[6 + i] = static_cast<unsigned char>((r1 >> (8 * i)) & 0xff);
    for (int i = 0; i < 5; ++i) b[11 + i] = static_cast<unsigned char>((r2 >> (8 * i)) & 0xff);
    b[6] = static_cast<unsigned char>((b[6] & 0x0f) | 0x70); // version 7
    b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80); // RFC 4122 variant
    static const char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out.append(QLatin1Char('-'));
        out.append(QLatin1Char(hex[b[i] >> 4]));
        out.append(QLatin1Char(hex[b[i] & 0xf]));
    }
    return out;
}

} // namespace plein::server::seed
