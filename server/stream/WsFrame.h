#pragma once
// RFC 6455 framing for the live stream sockets that StreamWorker serves itself: server frames
// go out unmasked, client frames must come in masked.
#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace plein::server::ws {

enum Opcode : quint8 { Continuation = 0x0, Text = 0x1, Binary = 0x2, Close = 0x8, Ping = 0x9, Pong = 0xA };

// Appends one whole (FIN) unmasked frame; `parts` are concatenated as its payload, so a frame
// can be put together without first joining its pieces.
void appendFrame(QByteArray &out, Opcode opcode, std::initializer_list<QByteArrayView> parts);
// A close frame's payload: the code, then the UTF-8 reason cut to fit a control frame.
QByteArray closePayload(int code, const QString &reason);

struct ClientFrame {
    Opcode opcode = Text;
    bool fin = true;
    QByteArray payload; // unmasked
};

enum class Take { Frame, NeedMore, Invalid };
// Takes the first frame from `buffer` starting at `offset` and moves `offset` past it.
// Invalid: unmasked, a reserved bit or opcode, a fragmented or oversized control frame, or a
// payload over `maxPayload`.
Take takeClientFrame(const QByteArray &buffer, qsizetype &offset, ClientFrame &frame, qint64 maxPayload);

} // namespace plein::server::ws
