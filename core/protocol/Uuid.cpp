#include "Uuid.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace plein::protocol {

QString uuidV7From(qint64 unixMs, quint64 randHigh, quint64 randLow)
{
    unsigned char b[16];
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<unsigned char>((quint64(unixMs) >> (8 * (5 - i))) & 0xff);
    b[6] = static_cast<unsigned char>((randHigh >> 8) & 0xff);
    b[7] = static_cast<unsigned char>(randHigh & 0xff);
    for (int i = 0; i < 8; ++i)
        b[8 + i] = static_cast<unsigned char>((randLow >> (8 * (7 - i))) & 0xff);
    b[6] = static_cast<unsigned char>((b[6] & 0x0f) | 0x70); // version 7
    b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80); // RFC 9562 variant
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

QString newUuidV7(qint64 unixMs)
{
    if (unixMs < 0) unixMs = QDateTime::currentMSecsSinceEpoch();
    quint64 r[2];
    QRandomGenerator::system()->fillRange(r);
    return uuidV7From(unixMs, r[0], r[1]);
}

bool isUuidV7(const QString &id)
{
    static const QRegularExpression re(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-7[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"));
    return re.match(id).hasMatch();
}

} // namespace plein::protocol
