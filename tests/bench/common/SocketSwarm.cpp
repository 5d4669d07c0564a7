#include "SocketSwarm.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QWebSocket>
#include <mutex>
#include <time.h>

namespace plein::bench {

qint64 nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

// One thread with its own event loop and its share of the sockets.
struct SocketSwarm::Worker {
    QThread thread;
    QObject *context = nullptr; // lives in `thread`; parent of its sockets
    mutable std::mutex mutex;
    std::vector<std::pair<int, qint64>> deliveries;

    Worker()
    {
        context = new QObject;
        context->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, context, &QObject::deleteLater);
        thread.start();
    }
    ~Worker()
    {
        thread.quit();
        thread.wait();
    }
};

SocketSwarm::SocketSwarm(QUrl server, int threads, QString marker)
    : m_url(std::move(server)), m_marker(std::move(marker))
{
    m_url.setScheme(m_url.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    m_url.setPath(QStringLiteral("/api/v1/stream"));
    for (int t = 0; t < std::max(1, threads); ++t) m_workers.push_back(std::make_unique<Worker>());
}

SocketSwarm::~SocketSwarm()
{
    // Close the sockets in their own threads, then stop the threads.
    for (auto &w : m_workers) {
        QMetaObject::invokeMethod(
            w->context,
            [ctx = w->context] {
                for (QWebSocket *s : ctx->findChildren<QWebSocket *>()) {
                    s->disconnect();
                    s->abort();
                    delete s;
                }
            },
            Qt::BlockingQueuedConnection);
    }
    m_workers.clear();
}

int SocketSwarm::socketsOf(const QString &userId) const
{
    return m_socketsByUser.value(userId);
}

bool SocketSwarm::open(const QList<Person> &people, int count, qint64 since, int timeoutMs)
{
    const int start = m_ready.load();
    for (int i = 0; i < count; ++i) {
        const Person &p = people.at(i % people.size());
        m_socketsByUser[p.id] += 1;
        Worker *w = m_workers[std::size_t(i) % m_workers.size()].get();
        const QByteArray hello = QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("hello")},
                                                           {QStringLiteral("token"), p.token},
                                                           {QStringLiteral("since"), since}})
                                     .toJson(QJsonDocument::Compact);
        QMetaObject::invokeMethod(
            w->context,
            [this, w, hello] {
                auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, w->context);
                auto gotReady = std::make_shared<bool>(false);
                QObject::connect(socket, &QWebSocket::connected, socket,
                                 [socket, hello] { socket->sendTextMessage(QString::fromUtf8(hello)); });
                QObject::connect(socket, &QWebSocket::disconnected, socket, [this] { ++m_closed; });
                QObject::connect(socket, &QWebSocket::textMessageReceived, socket,
                                 [this, w, gotReady](const QString &text) {
                                     const qint64 at = nowNs();
                                     ++m_frames;
                                     if (!*gotReady) {
                                         if (text.contains(QLatin1String("\"ready\""))) {
                                             *gotReady = true;
                                             ++m_ready;
                                         }
                                         return;
                                     }
                                     const qsizetype found = text.indexOf(m_marker);
                                     if (found < 0) return;
                                     int n = 0;
                                     for (qsizetype i = found + m_marker.size(); i < text.size() && text.at(i).isDigit(); ++i)
                                         n = n * 10 + text.at(i).digitValue();
                                     std::lock_guard lock(w->mutex);
                                     w->deliveries.emplace_back(n, at);
                                 });
                socket->open(m_url);
            },
            Qt::QueuedConnection);
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
