#include "stream/WsFrame.h"

namespace plein::server::ws {

void appendFrame(QByteArray &out, Opcode opcode, std::initializer_list<QByteArrayView> parts)
{
    quint64 length = 0;
    for (QByteArrayView p : parts) length += quint64(p.size());
    out.append(char(0x80 | opcode));
    if (length < 126) {
        out.append(char(length));
    } else if (length < 65536) {
        out.append(char(126));
        out.append(char(length >> 8));
        out.append(char(length & 0xff));
    } else {
        out.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8) out.append(char((length >> shift) & 0xff));
    }
    for (QByteArrayView p : parts) out.append(p);
}

QByteArray closePayload(int code, const QString &reason)
{
    QByteArray payload;
    payload.append(char((code >> 8) & 0xff));
    payload.append(char(code & 0xff));
    QByteArray text = reason.toUtf8();
    // A control frame carries at most 125 bytes; cut on a character boundary.
    if (text.size() > 123) {
        qsizetype n = 123;
        while (n > 0 && (uchar(text.at(n)) & 0xC0) == 0x80) --n;
        text.truncate(n);
    }
    payload.append(text);
    return payload;
}

Take takeClientFrame(const QByteArray &buffer, qsizetype &offset, ClientFrame &frame, qint64 maxPayload)
{
    const auto *bytes = reinterpret_cast<const uchar *>(buffer.constData());
    const qsizetype available = buffer.size() - offset;
    if (available < 2) return Take::NeedMore;
    const uchar first = bytes[offset], second = bytes[offset + 1];
    const quint8 opcode = first & 0x0f;
    const bool fin = first & 0x80;
    if ((first & 0x70) != 0) return Take::Invalid;       // no extensions were agreed
    if (!(second & 0x80)) return Take::Invalid;          // clients must mask
    if ((opcode > Binary && opcode < Close) || opcode > Pong) return Take::Invalid;
    qsizetype header = 2;
    quint64 length = second & 0x7f;
    if (length == 126) {
        if (available < 4) return Take::NeedMore;
        length = (quint64(bytes[offset + 2]) << 8) | bytes[offset + 3];
        header = 4;
    } else if (length == 127) {
        if (available < 10) return Take::NeedMore;
        length = 0;
        for (int i = 0; i < 8; ++i) length = (length << 8) | bytes[offset + 2 + i];
        header = 10;
    }
    if (opcode >= Close && (!fin || length > 125)) return Take::Invalid;
    if (length > quint64(maxPayload)) return Take::Invalid;
    if (quint64(available) < quint64(header) + 4 + length) return Take::NeedMore;
    const uchar *mask = bytes + offset + header;
    const uchar *payload = mask + 4;
    frame.opcode = Opcode(opcode);
    frame.fin = fin;
    frame.payload.resize(qsizetype(length));
    char *to = frame.payload.data();
    for (quint64 i = 0; i < length; ++i) to[i] = char(payload[i] ^ mask[i % 4]);
    offset += header + 4 + qsizetype(length);
    return Take::Frame;
}

} // namespace plein::server::ws
