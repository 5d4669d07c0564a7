#pragma once
// Catch-up over REST and the frames of the WebSocket stream.
#include "Decoded.h"
#include "Event.h"

#include <QList>

namespace plein::protocol {

inline constexpr int kMaxSyncBatch = 1000;

struct SyncBatch {
    QList<Event> events;
    qint64 cursor = 0;   // the last seq this batch covers; the next `since`
    bool hasMore = false;
    static Decoded<SyncBatch> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// WebSocket close codes the server uses.
namespace CloseCode {
inline constexpr int Unauthorized = 4401;   // bad, expired or missing token in hello
inline constexpr int CursorExpired = 4410;  // `since` can no longer be served: re-bootstrap
inline constexpr int BadFrame = 4400;       // malformed or unexpected client frame
}

// Client -> server: the first frame.
struct HelloFrame {
    QString token;
    qint64 since = 0;
    static Decoded<HelloFrame> fromJson(const QJsonObject &json); // checks type == "hello"
    QJsonObject toJson() const;
};

// Server -> client frames: {"type":"event",...Event}, {"type":"ready","cursor":N} after the
// replay, and {"type":"error",...ApiError} just before a close.
namespace FrameType {
inline const QString Hello = QStringLiteral("hello");
inline const QString Event = QStringLiteral("event");
inline const QString Ready = QStringLiteral("ready");
inline const QString Error = QStringLiteral("error");
inline const QString Typing = QStringLiteral("typing"); // both directions: TypingFrame (Conversation.h)
}

QJsonObject eventFrame(const Event &event);
QJsonObject readyFrame(qint64 cursor);

} // namespace plein::protocol
