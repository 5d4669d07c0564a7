#pragma once
// A thread that serves live stream sockets itself. Once a connection has said hello, had its
// replay and gone live on the hub's thread, the hub hands its descriptor over; from then on
// this thread writes its event frames, pings it, reads its typing frames and closes it, with
// epoll, so fan-out runs beside the hub's HTTP and SQLite work instead of after it, and no
// poll() over every socket follows each request (see docs/performance.md).
//
// Order: every call is carried out on the worker's thread in the order it was made, and each
// socket's frames go out in the order they were queued.
#include "stream/StreamTiming.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace plein::server {

class StreamWorker {
public:
    struct Callbacks {
        // Both are called on the worker's thread.
        std::function<void(const QString &userId, const QString &conversationId)> typing;
        std::function<void(quint64 id)> closed; // the socket is gone; its id will not be seen again
    };

    StreamWorker(StreamTiming timing, Callbacks callbacks);
    ~StreamWorker(); // drops every socket without a word and stops the thread
    StreamWorker(const StreamWorker &) = delete;
    StreamWorker &operator=(const StreamWorker &) = delete;

    // Takes ownership of `fd`, a live stream whose last frame sent carried seq `position`.
    void adopt(quint64 id, int fd, const QString &userId, qint64 sessionId, qint64 position);
    // Sends {"type":"event","seq":seq,"prev":<the socket's position>` + tail to each socket
    // (tail: `,"name":...,"data":...}`) and moves their positions to seq.
    void sendEvent(const QList<quint64> &ids, qint64 seq, const QByteArray &tail);
    // Sends a text frame that is not an event (typing).
    void sendText(const QList<quint64> &ids, const QByteArray &text);
    // An error frame, then a close with `closeCode`, to the sockets of this session.
    void refuseSession(qint64 sessionId, int closeCode, const QString &errorCode, const QString &message);
    // The same to every socket.
    void refuseAll(int closeCode, const QString &errorCode, const QString &message);
    // A 1001 close to every socket, written before this returns.
    void closeAll();

    struct Loop;

private:
    std::unique_ptr<Loop> m_loop;
};

} // namespace plein::server
