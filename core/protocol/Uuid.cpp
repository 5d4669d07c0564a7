#include "Uuid.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace plein::protocol {

QString newUuidV7(qint64 unixMs)
{
    if (unixMs < 0) unixMs = QDateTime::currentMSecsSinceEpoch();
    unsigned char b[16];
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<unsigned char>((quint64(unixMs) >> (8 * (5 - i))) & 0xff);
    quint32 r[3];
    QRandomGenerator::system()->fillRange(r);
    for (int i = 0; i < 10; ++i)
        b[6 + i] = static_cast<unsigned char>((r[i / 4] >> (8 * (i % 4))) & 0xff);
    b[6] = static_cast<unsigned char>((b[6] & 0x0f) | 0x70);
    b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80);
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

bool isUuidV7(const QString &id)
{
    static const QRegularExpression re(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-7[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"));
    return re.match(id).hasMatch();
}

} // namespace plein::protocol
