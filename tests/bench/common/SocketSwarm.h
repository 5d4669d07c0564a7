#pragma once
// Many raw stream clients (plain sockets speaking WebSocket, epoll) spread over a few threads, each signed in with a
// manifest token: they say hello, wait for `ready`, and read every frame. A frame holding the
// marker followed by a number (a message body like "plein-bench-42;") is recorded as a
// delivery of that number with the monotonic time it arrived; all other frames are only counted.
#include "Manifest.h"

#include <QUrl>
#include <atomic>
#include <memory>
#include <utility>
#include <vector>

namespace plein::bench {

// Monotonic nanoseconds, comparable across threads (and processes) of this machine.
qint64 nowNs();

class SocketSwarm {
public:
    SocketSwarm(QUrl server, int threads, QString marker = QStringLiteral("plein-bench-"));
    ~SocketSwarm();
    SocketSwarm(const SocketSwarm &) = delete;
    SocketSwarm &operator=(const SocketSwarm &) = delete;

    // Opens `count` sockets, socket i as people[i % people.size()], each sending a hello with
    // `since`. True when every one has had its `ready` within timeoutMs.
    bool open(const QList<Person> &people, int count, qint64 since, int timeoutMs);
    int readyCount() const { return m_ready.load(); }
    int closedCount() const { return m_closed.load(); }
    qint64 framesReceived() const { return m_frames.load(); }
    // How many of the sockets are signed in as this user.
    int socketsOf(const QString &userId) const;

    // Every delivery recorded so far: (number after the marker, nowNs() at arrival).
    std::vector<std::pair<int, qint64>> deliveries() const;

    struct Worker;

private:
    QUrl m_url;
    QByteArray m_marker;
    std::vector<std::unique_ptr<Worker>> m_workers;
    QHash<QString, int> m_socketsByUser;
    std::atomic<int> m_ready{0};
    std::atomic<int> m_closed{0};
    std::atomic<qint64> m_frames{0};
};

} // namespace plein::bench
