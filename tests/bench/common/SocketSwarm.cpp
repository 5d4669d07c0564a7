#include "SocketSwarm.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QThread>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <thread>
#include <time.h>
#include <unistd.h>

namespace plein::bench {

qint64 nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

namespace {

// A client frame (RFC 6455 5.3: clients mask everything they send).
QByteArray maskedFrame(quint8 opcode, const QByteArray &payload)
{
    QByteArray frame;
    frame.append(char(0x80 | opcode));
    const qsizetype n = payload.size();
    if (n < 126) {
        frame.append(char(0x80 | n));
    } else if (n < 65536) {
        frame.append(char(0x80 | 126));
        frame.append(char(n >> 8));
        frame.append(char(n & 0xff));
    } else {
        frame.append(char(0x80 | 127));
        for (int shift = 56; shift >= 0; shift -= 8) frame.append(char((quint64(n) >> shift) & 0xff));
    }
    const quint32 key = QRandomGenerator::global()->generate();
    const char mask[4] = {char(key >> 24), char(key >> 16), char(key >> 8), char(key)};
    frame.append(mask, 4);
    for (qsizetype i = 0; i < n; ++i) frame.append(char(payload.at(i) ^ mask[i % 4]));
    return frame;
}

} // namespace

// One raw stream client: a non-blocking TCP socket that does the WebSocket handshake itself
// and parses frames straight from its receive buffer. Touched only by its worker's thread
// once registered.
struct Connection {
    int fd = -1;
    QByteArray request; // bytes to write: the upgrade request, then the hello, pongs
    QByteArray hello;   // sent once the server has answered 101
    QByteArray in;      // bytes read and not yet parsed
    QByteArray message; // a fragmented text message being put together
    bool upgraded = false;
    bool ready = false;
    bool closed = false;
};

// A thread with its own epoll set and its share of the sockets. The clients are the
// measuring instrument, not what is measured: epoll and one recv() per readable socket keep
// their cost well below the server's, so the figures are the server's.
struct SocketSwarm::Worker {
    SocketSwarm *swarm = nullptr;
    int epoll = -1;
    std::atomic<bool> stop{false};
    std::thread thread;
    std::mutex mutex; // guards `pending` and `deliveries`
    std::vector<Connection *> pending;
    std::vector<std::pair<int, qint64>> deliveries;
    std::vector<std::unique_ptr<Connection>> connections; // worker thread only

    explicit Worker(SocketSwarm *owner) : swarm(owner), epoll(epoll_create1(EPOLL_CLOEXEC))
    {
        thread = std::thread([this] { run(); });
    }
    ~Worker()
    {
        stop = true;
        thread.join();
        for (auto &c : connections) ::close(c->fd);
        for (Connection *c : pending) {
            ::close(c->fd);
            delete c;
        }
        ::close(epoll);
    }

    void adopt(Connection *c)
    {
        {
            std::lock_guard lock(mutex);
            pending.push_back(c);
        }
        epoll_event ev{};
        ev.events = EPOLLIN | EPOLLOUT;
        ev.data.ptr = c;
        epoll_ctl(epoll, EPOLL_CTL_ADD, c->fd, &ev);
    }

    void run()
    {
        epoll_event events[256];
        while (!stop.load()) {
            const int n = epoll_wait(epoll, events, 256, 50);
            const qint64 at = nowNs();
            {
                std::lock_guard lock(mutex);
                for (Connection *c : pending) connections.emplace_back(c);
                pending.clear();
            }
            for (int i = 0; i < n; ++i) {
                auto *c = static_cast<Connection *>(events[i].data.ptr);
                if (c->closed) continue;
                if (events[i].events & EPOLLOUT) writePending(c);
                if (events[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR)) readAll(c, at);
            }
        }
    }

    void writePending(Connection *c)
    {
        while (!c->request.isEmpty()) {
            const ssize_t w = ::send(c->fd, c->request.constData(), size_t(c->request.size()), MSG_NOSIGNAL);
            if (w < 0) {
                if (errno == EAGAIN || errno == EINPROGRESS || errno == ENOTCONN) return;
                return markClosed(c);
            }
            c->request.remove(0, w);
        }
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.ptr = c;
        epoll_ctl(epoll, EPOLL_CTL_MOD, c->fd, &ev);
    }

    void send(Connection *c, const QByteArray &bytes)
    {
        const bool idle = c->request.isEmpty();
        c->request += bytes;
        if (!idle) return;
        epoll_event ev{};
        ev.events = EPOLLIN | EPOLLOUT;
        ev.data.ptr = c;
        epoll_ctl(epoll, EPOLL_CTL_MOD, c->fd, &ev);
    }

    void markClosed(Connection *c)
    {
        if (c->closed) return;
        c->closed = true;
        epoll_ctl(epoll, EPOLL_CTL_DEL, c->fd, nullptr);
        ++swarm->m_closed;
    }

    void readAll(Connection *c, qint64 at)
    {
        char buffer[65536];
        for (;;) {
            const ssize_t r = ::recv(c->fd, buffer, sizeof buffer, 0);
            if (r > 0) {
                c->in.append(buffer, r);
                if (r < ssize_t(sizeof buffer)) break;
                continue;
            }
            if (r < 0 && (errno == EAGAIN || errno == EINTR)) break;
            return markClosed(c);
        }
        if (!c->upgraded) {
            const qsizetype end = c->in.indexOf("\r\n\r\n");
            if (end < 0) return;
            if (!c->in.startsWith("HTTP/1.1 101")) return markClosed(c);
            c->in.remove(0, end + 4);
            c->upgraded = true;
            send(c, maskedFrame(0x1, c->hello));
        }
        parseFrames(c, at);
    }

    void parseFrames(Connection *c, qint64 at)
    {
        qsizetype offset = 0;
        const auto *bytes = reinterpret_cast<const uchar *>(c->in.constData());
        const qsizetype size = c->in.size();
        while (size - offset >= 2) {
            const uchar first = bytes[offset], second = bytes[offset + 1];
            qsizetype header = 2;
            quint64 length = second & 0x7f;
            if (length == 126) {
                if (size - offset < 4) break;
                length = (quint64(bytes[offset + 2]) << 8) | bytes[offset + 3];
                header = 4;
            } else if (length == 127) {
                if (size - offset < 10) break;
                length = 0;
                for (int i = 0; i < 8; ++i) length = (length << 8) | bytes[offset + 2 + i];
                header = 10;
            }
            if (quint64(size - offset - header) < length) break;
            const char *payload = c->in.constData() + offset + header;
            const int opcode = first & 0x0f;
            const bool fin = first & 0x80;
            offset += header + qsizetype(length);
            if (opcode == 0x9) { // ping: answer, or the server drops us as silent
                send(c, maskedFrame(0xA, QByteArray(payload, qsizetype(length))));
            } else if (opcode == 0x8) {
                markClosed(c);
                return;
            } else if (opcode == 0x1 || opcode == 0x0) {
                if (!fin || !c->message.isEmpty()) {
                    c->message.append(payload, qsizetype(length));
                    if (!fin) continue;
                    onText(c, QByteArrayView(c->message), at);
                    c->message.clear();
                } else {
                    onText(c, QByteArrayView(payload, qsizetype(length)), at);
                }
            }
        }
        c->in.remove(0, offset);
    }

    void onText(Connection *c, QByteArrayView text, qint64 at)
    {
        ++swarm->m_frames;
        if (!c->ready) {
            if (text.contains("\"ready\"")) {
                c->ready = true;
                ++swarm->m_ready;
            }
            return;
        }
        const qsizetype found = text.indexOf(QByteArrayView(swarm->m_marker));
        if (found < 0) return;
        int n = 0;
        for (qsizetype i = found + swarm->m_marker.size(); i < text.size() && text.at(i) >= '0' && text.at(i) <= '9'; ++i)
            n = n * 10 + (text.at(i) - '0');
        std::lock_guard lock(mutex);
        deliveries.emplace_back(n, at);
    }
};

SocketSwarm::SocketSwarm(QUrl server, int threads, QString marker)
    : m_url(std::move(server)), m_marker(marker.toUtf8())
{
    for (int t = 0; t < std::max(1, threads); ++t) m_workers.push_back(std::make_unique<Worker>(this));
}

SocketSwarm::~SocketSwarm() = default;

int SocketSwarm::socketsOf(const QString &userId) const
{
    return m_socketsByUser.value(userId);
}

bool SocketSwarm::open(const QList<Person> &people, int count, qint64 since, int timeoutMs)
{
    const int start = m_ready.load();
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(m_url.port(80)));
    if (inet_pton(AF_INET, QHostAddress(m_url.host()).toString().toLatin1().constData(), &address.sin_addr) != 1)
        return false;
    const QByteArray host = (m_url.host() + QLatin1Char(':') + QString::number(m_url.port(80))).toLatin1();
    for (int i = 0; i < count; ++i) {
        const Person &p = people.at(i % people.size());
        m_socketsByUser[p.id] += 1;
        const QByteArray hello = QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("hello")},
                                                           {QStringLiteral("token"), p.token},
                                                           {QStringLiteral("since"), since}})
                                     .toJson(QJsonDocument::Compact);
        QByteArray key(16, Qt::Uninitialized);
        for (char &b : key) b = char(QRandomGenerator::global()->bounded(256));
        auto *c = new Connection;
        c->fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        const int one = 1;
        setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        c->hello = hello;
        c->request = "GET /api/v1/stream HTTP/1.1\r\nHost: " + host
            + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: "
            + key.toBase64() + "\r\n\r\n";
        if (::connect(c->fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) < 0 && errno != EINPROGRESS) {
            std::fprintf(stderr, "SocketSwarm: connect: %s\n", std::strerror(errno));
            ::close(c->fd);
            delete c;
            continue;
        }
        m_workers[std::size_t(i) % m_workers.size()]->adopt(c);
        // Paced a little, so the server's accept queue never overflows.
        if (i % 100 == 99) QThread::msleep(5);
    }
    QDeadlineTimer deadline(timeoutMs);
    while (m_ready.load() - start < count && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(5);
    }
    return m_ready.load() - start >= count;
}

std::vector<std::pair<int, qint64>> SocketSwarm::deliveries() const
{
    std::vector<std::pair<int, qint64>> all;
    for (const auto &w : m_workers) {
        std::lock_guard lock(w->mutex);
        all.insert(all.end(), w->deliveries.begin(), w->deliveries.end());
    }
    return all;
}

} // namespace plein::bench
