#include "stream/StreamWorker.h"
#include "stream/ClientFrameVerdict.h"
#include "stream/WsFrame.h"

#include <QElapsedTimer>
#include <cerrno>
#include <future>
#include <mutex>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <unordered_map>
#include <vector>

namespace plein::server {

namespace {
constexpr qint64 kMaxClientMessage = 64 * 1024;       // a typing frame is under 200 bytes
constexpr qsizetype kMaxQueuedBytes = 16 * 1024 * 1024; // a client this far behind reconnects and replays
constexpr qint64 kCloseGraceMs = 5000;                 // for the peer's answer to our close
constexpr quint64 kWakeId = 0;                         // epoll tag of the task eventfd

struct Socket {
    quint64 id = 0;
    int fd = -1;
    QString userId;
    qint64 sessionId = 0;
    qint64 position = 0;
    QByteArray out;     // queued bytes the kernel has not taken yet
    QByteArray in;      // read, not yet parsed
    QByteArray message; // a fragmented client message being put together
    qint64 lastHeardMs = 0;
    bool closing = false;     // our close frame is queued; only the peer's close or EOF is awaited
    qint64 closingSinceMs = 0;
    bool shutAfterWrite = false;
    bool wantsWrite = false;
    bool dead = false;            // closed; erased at the end of the loop's pass
    ws::Opcode messageOpcode = ws::Text;
};
} // namespace

struct StreamWorker::Loop {
    StreamTiming timing;
    Callbacks callbacks;
    int epoll = -1;
    int wake = -1;
    std::thread thread;
    std::mutex mutex;
    std::vector<std::function<void()>> tasks; // guarded by mutex
    bool stop = false;                        // guarded by mutex
    // The rest belongs to the worker's thread.
    std::unordered_map<quint64, std::unique_ptr<Socket>> sockets;
    std::vector<quint64> doomed; // dropped this pass: erased (and reported) once nothing holds them
    QElapsedTimer clock;
    qint64 nextPingMs = 0;
    qint64 nextSweepMs = 0;

    Loop(StreamTiming t, Callbacks c)
        : timing(t), callbacks(std::move(c)), epoll(epoll_create1(EPOLL_CLOEXEC)), wake(eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC))
    {
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.u64 = kWakeId;
        epoll_ctl(epoll, EPOLL_CTL_ADD, wake, &ev);
        clock.start();
        nextPingMs = timing.pingIntervalMs;
        nextSweepMs = sweepInterval();
        thread = std::thread([this] { run(); });
    }

    ~Loop()
    {
        {
            std::lock_guard lock(mutex);
            stop = true;
        }
        signal();
        thread.join();
        for (auto &[id, s] : sockets) ::close(s->fd);
        ::close(wake);
        ::close(epoll);
    }

    int sweepInterval() const { return std::max(50, timing.silentLimitMs / 6); }

    void post(std::function<void()> task)
    {
        {
            std::lock_guard lock(mutex);
            tasks.push_back(std::move(task));
        }
        signal();
    }

    void signal()
    {
        const quint64 one = 1;
        [[maybe_unused]] const ssize_t n = ::write(wake, &one, sizeof one);
    }

    void run()
    {
        std::vector<epoll_event> events(256);
        std::vector<std::function<void()>> batch;
        for (;;) {
            const qint64 now = clock.elapsed();
            const int timeout = int(std::max<qint64>(0, std::min(nextPingMs, nextSweepMs) - now));
            const int n = epoll_wait(epoll, events.data(), int(events.size()), timeout);
            for (int i = 0; i < n; ++i) {
                if (events[i].data.u64 == kWakeId) {
                    quint64 count = 0;
                    [[maybe_unused]] const ssize_t r = ::read(wake, &count, sizeof count);
                    continue;
                }
                Socket *s = find(events[i].data.u64);
                if (!s) continue;
                if (events[i].events & EPOLLOUT) flush(s);
                if (!s->dead && (events[i].events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR))) read(s);
            }
            {
                std::lock_guard lock(mutex);
                if (stop) return;
                batch.swap(tasks);
            }
            for (auto &task : batch) task();
            batch.clear();
            housekeeping();
            reap();
        }
    }

    void reap()
    {
        for (quint64 id : doomed) {
            sockets.erase(id);
            callbacks.closed(id);
        }
        doomed.clear();
    }

    void housekeeping()
    {
        const qint64 now = clock.elapsed();
        if (now >= nextPingMs) {
            nextPingMs = now + timing.pingIntervalMs;
            QByteArray frame;
            ws::appendFrame(frame, ws::Ping, {});
            for (auto &[id, s] : sockets)
                if (!s->closing && !s->dead) queue(s.get(), frame);
        }
        if (now >= nextSweepMs) {
            nextSweepMs = now + sweepInterval();
            for (auto &[id, s] : sockets) {
                // A peer that stopped answering will not finish a close handshake either.
                if (now - s->lastHeardMs > timing.silentLimitMs) drop(s.get());
                else if (s->closing && now - s->closingSinceMs > kCloseGraceMs) drop(s.get());
            }
        }
    }

    Socket *find(quint64 id)
    {
        const auto it = sockets.find(id);
        return it == sockets.end() || it->second->dead ? nullptr : it->second.get();
    }

    void watch(Socket *s, bool writable)
    {
        if (s->wantsWrite == writable) return;
        s->wantsWrite = writable;
        epoll_event ev{};
        ev.events = EPOLLIN | EPOLLRDHUP | (writable ? quint32(EPOLLOUT) : 0u);
        ev.data.u64 = s->id;
        epoll_ctl(epoll, EPOLL_CTL_MOD, s->fd, &ev);
    }

    // Writes at once when nothing is waiting (the usual case: one send() per frame); what the
    // kernel does not take waits for EPOLLOUT, behind which later frames queue in order.
    void queue(Socket *s, const QByteArray &bytes)
    {
        if (s->dead) return;
        if (!s->out.isEmpty()) {
            s->out.append(bytes);
            if (s->out.size() > kMaxQueuedBytes) drop(s);
            return;
        }
        const ssize_t w = ::send(s->fd, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (w == bytes.size()) return afterWrite(s);
        if (w < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) return drop(s);
        s->out = bytes.mid(std::max<ssize_t>(w, 0));
        watch(s, true);
    }

    void flush(Socket *s)
    {
        while (!s->out.isEmpty()) {
            const ssize_t w = ::send(s->fd, s->out.constData(), size_t(s->out.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
            if (w < 0) {
                if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) return;
                return drop(s);
            }
            s->out.remove(0, w);
        }
        watch(s, false);
        afterWrite(s);
    }

    void afterWrite(Socket *s)
    {
        if (s->shutAfterWrite && s->out.isEmpty()) {
            s->shutAfterWrite = false;
            ::shutdown(s->fd, SHUT_WR);
        }
    }

    void read(Socket *s)
    {
        char buffer[16384];
        for (;;) {
            const ssize_t r = ::recv(s->fd, buffer, sizeof buffer, 0);
            if (r > 0) {
                s->in.append(buffer, r);
                if (r < ssize_t(sizeof buffer)) break;
                continue;
            }
            if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) break;
            if (r < 0 && errno == EINTR) continue;
            return drop(s); // EOF or a reset
        }
        s->lastHeardMs = clock.elapsed();
        qsizetype offset = 0;
        ws::ClientFrame frame;
        for (;;) {
            const ws::Take take = ws::takeClientFrame(s->in, offset, frame, kMaxClientMessage);
            if (take == ws::Take::NeedMore) break;
            if (take == ws::Take::Invalid) return drop(s);
            onFrame(s, frame);
            if (s->dead) return;
        }
        s->in.remove(0, offset);
    }

    void onFrame(Socket *s, ws::ClientFrame &frame)
    {
        switch (frame.opcode) {
        case ws::Ping: {
            if (s->closing) return;
            QByteArray pong;
            ws::appendFrame(pong, ws::Pong, {frame.payload});
            return queue(s, pong);
        }
        case ws::Pong:
            return;
        case ws::Close:
            if (!s->closing) {
                // Answer with the peer's code, then end our side.
                QByteArray reply;
                ws::appendFrame(reply, ws::Close, {QByteArrayView(frame.payload).first(std::min<qsizetype>(2, frame.payload.size()))});
                s->closing = true;
                s->closingSinceMs = clock.elapsed();
                s->shutAfterWrite = true;
                queue(s, reply);
                return;
            }
            return drop(s);
        default:
            break;
        }
        if (s->closing) return;
        if (frame.opcode != ws::Continuation) s->messageOpcode = frame.opcode;
        s->message.append(frame.payload);
        if (s->message.size() > kMaxClientMessage) return drop(s);
        if (!frame.fin) return;
        const QByteArray message = std::exchange(s->message, {});
        if (s->messageOpcode != ws::Text) return; // binary frames after the hello mean nothing
        const ClientFrameVerdict verdict = ClientFrameVerdict::of(message);
        if (verdict.kind == ClientFrameVerdict::Kind::Typing) callbacks.typing(s->userId, verdict.conversationId);
        else if (verdict.kind == ClientFrameVerdict::Kind::Refuse)
            refuse(s, verdict.closeCode, verdict.errorCode, verdict.message);
    }

    void refuse(Socket *s, int closeCode, const QString &errorCode, const QString &message)
    {
        if (s->closing) return;
        QByteArray bytes;
        ws::appendFrame(bytes, ws::Text, {errorFrameText(errorCode, message)});
        ws::appendFrame(bytes, ws::Close, {ws::closePayload(closeCode, message)});
        s->closing = true;
        s->closingSinceMs = clock.elapsed();
        queue(s, bytes);
    }

    void drop(Socket *s)
    {
        if (s->dead) return;
        s->dead = true;
        epoll_ctl(epoll, EPOLL_CTL_DEL, s->fd, nullptr);
        ::close(s->fd);
        doomed.push_back(s->id);
    }
};

StreamWorker::StreamWorker(StreamTiming timing, Callbacks callbacks)
    : m_loop(std::make_unique<Loop>(timing, std::move(callbacks)))
{
}

StreamWorker::~StreamWorker() = default;

void StreamWorker::adopt(quint64 id, int fd, const QString &userId, qint64 sessionId, qint64 position)
{
    m_loop->post([loop = m_loop.get(), id, fd, userId, sessionId, position] {
        auto s = std::make_unique<Socket>();
        s->id = id;
        s->fd = fd;
        s->userId = userId;
        s->sessionId = sessionId;
        s->position = position;
        s->lastHeardMs = loop->clock.elapsed();
        epoll_event ev{};
        ev.events = EPOLLIN | EPOLLRDHUP;
        ev.data.u64 = id;
        if (epoll_ctl(loop->epoll, EPOLL_CTL_ADD, fd, &ev) != 0) {
            ::close(fd);
            loop->callbacks.closed(id);
            return;
        }
        // Bytes the client sent since the hand-over are waiting already: epoll reports them.
        loop->sockets.emplace(id, std::move(s));
    });
}

void StreamWorker::sendEvent(const QList<quint64> &ids, qint64 seq, const QByteArray &tail)
{
    m_loop->post([loop = m_loop.get(), ids, seq, tail] {
        const QByteArray head = "{\"type\":\"event\",\"seq\":" + QByteArray::number(seq) + ",\"prev\":";
        QByteArray frame;
        for (quint64 id : ids) {
            Socket *s = loop->find(id);
            if (!s || s->closing) continue;
            frame.clear();
            ws::appendFrame(frame, ws::Text, {head, QByteArray::number(s->position), tail});
            s->position = seq;
            loop->queue(s, frame);
        }
    });
}

void StreamWorker::sendText(const QList<quint64> &ids, const QByteArray &text)
{
    m_loop->post([loop = m_loop.get(), ids, text] {
        QByteArray frame;
        ws::appendFrame(frame, ws::Text, {text});
        for (quint64 id : ids) {
            Socket *s = loop->find(id);
            if (s && !s->closing) loop->queue(s, frame);
        }
    });
}

void StreamWorker::refuseSession(qint64 sessionId, int closeCode, const QString &errorCode, const QString &message)
{
    m_loop->post([loop = m_loop.get(), sessionId, closeCode, errorCode, message] {
        for (auto &[id, s] : loop->sockets)
            if (s->sessionId == sessionId && !s->dead) loop->refuse(s.get(), closeCode, errorCode, message);
    });
}

void StreamWorker::refuseAll(int closeCode, const QString &errorCode, const QString &message)
{
    m_loop->post([loop = m_loop.get(), closeCode, errorCode, message] {
        for (auto &[id, s] : loop->sockets)
            if (!s->dead) loop->refuse(s.get(), closeCode, errorCode, message);
    });
}

void StreamWorker::closeAll()
{
    std::promise<void> done;
    m_loop->post([loop = m_loop.get(), &done] {
        QByteArray frame;
        ws::appendFrame(frame, ws::Close, {ws::closePayload(1001, QStringLiteral("server shutting down"))});
        for (auto &[id, s] : loop->sockets) {
            if (s->dead) continue;
            if (!s->closing) loop->queue(s.get(), frame);
            if (!s->dead) ::shutdown(s->fd, SHUT_WR);
        }
        done.set_value();
    });
    done.get_future().wait();
}

} // namespace plein::server
