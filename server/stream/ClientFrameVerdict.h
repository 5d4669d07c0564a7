#pragma once
// What a live stream does with a text frame from its client, decided in one place for the
// QWebSocket path (before hand-over) and StreamWorker (after).
#include <QByteArray>
#include <QString>

namespace plein::server {

struct ClientFrameVerdict {
    enum class Kind { Ignore, Typing, Refuse };
    Kind kind = Kind::Ignore;
    QString conversationId; // Typing: lowercase
    int closeCode = 0;      // Refuse
    QString errorCode;      // Refuse
    QString message;        // Refuse

    static ClientFrameVerdict of(const QByteArray &utf8);
};

// The {"type":"error",...} frame sent just before a refusing close.
QByteArray errorFrameText(const QString &errorCode, const QString &message);

} // namespace plein::server
