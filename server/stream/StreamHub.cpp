#include "stream/StreamHub.h"
#include "auth/Sessions.h"
#include "http/ApiServer.h"
#include "protocol/ApiError.h"
#include "protocol/Sync.h"
#include "protocol/Conversation.h"
#include "storage/ChangeLog.h"
#include "storage/ConversationRows.h"
#include "storage/GroupRows.h"
#include "storage/Transaction.h"
#include "storage/UserRows.h"
#include "stream/StreamConnection.h"

#include <QDateTime>
#include <QThread>
#include <unistd.h>
#include <QJsonDocument>
#include <QJsonParseError>
#include <cstdio>
#include <exception>

namespace plein::server {

namespace {
constexpr int kReplayChunk = 1000;
constexpr int kInternalErrorClose = 1011; // RFC 6455: the server hit an unexpected condition
// Bounds on the in-memory caches; past them they start over (cheap to rebuild).
constexpr int kMaxCachedAudiences = 20000;
constexpr int kMaxTypingEntries = 20000;
}

StreamHub::StreamHub(ApiServer &server, const QSqlDatabase &db, Sessions &sessions, ChangeLog &changeLog,
                     StreamTiming timing, QObject *parent)
    : QObject(parent), m_server(server), m_db(db), m_sessions(sessions), m_changeLog(changeLog), m_timing(timing)
{
    connect(&m_server, &ApiServer::newWebSocketConnection, this, &StreamHub::accept);
    connect(&m_changeLog, &ChangeLog::committed, this, &StreamHub::publish);

    connect(&m_pingTimer, &QTimer::timeout, this, [this] {
        for (StreamConnection *c : QList(m_connections)) c->ping();
    });
    m_pingTimer.start(m_timing.pingIntervalMs);
    // Checked several times per limit so a dead socket goes soon after the limit, not up to
    // a whole ping interval later.
    connect(&m_silenceTimer, &QTimer::timeout, this, [this] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (StreamConnection *c : QList(m_connections)) c->dropIfSilentFor(m_timing.silentLimitMs, now);
    });
    m_silenceTimer.start(std::max(50, m_timing.silentLimitMs / 6));
    m_clock.start();

    // One worker per core, at most four: the hub's thread keeps HTTP and SQLite.
    const int workers = std::clamp(QThread::idealThreadCount(), 1, 4);
    for (int i = 0; i < workers; ++i) {
        // Called on the worker's thread: everything goes through this object's queue.
        StreamWorker::Callbacks callbacks{
            [this](const QString &userId, const QString &conversationId) {
                QMetaObject::invokeMethod(this, [this, userId, conversationId] { onTyping(userId, conversationId); },
                                          Qt::QueuedConnection);
            },
            [this](quint64 id) { QMetaObject::invokeMethod(this, [this, id] { forgetHanded(id); }, Qt::QueuedConnection); }};
        m_workers.push_back(std::make_unique<StreamWorker>(m_timing, std::move(callbacks)));
    }
}

StreamHub::~StreamHub()
{
    m_workers.clear(); // joins their threads before anything they call back into goes
    qDeleteAll(m_connections);
}

void StreamHub::accept()
{
    while (m_server.hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_server.nextPendingWebSocketConnection();
        if (!socket) break;
        auto *connection = new StreamConnection(std::move(socket), m_timing.helloTimeoutMs);
        m_connections.append(connection);
        connect(connection, &StreamConnection::helloReceived, this, &StreamHub::onHello);
        connect(connection, &StreamConnection::typingReceived, this, &StreamHub::onTyping);
        connect(connection, &StreamConnection::finished, this, &StreamHub::forget);
        connect(connection, &StreamConnection::drained, this, &StreamHub::handOver);
    }
}

void StreamHub::forget(StreamConnection *connection)
{
    m_liveByUser.remove(connection->userId(), connection);
    if (m_connections.removeOne(connection)) connection->deleteLater();
}

void StreamHub::onHello(StreamConnection *connection, const QString &frame)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(frame.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        connection->refuse(protocol::CloseCode::BadFrame, protocol::ErrorCode::MalformedJson,
                           QStringLiteral("the hello frame is not a JSON object"));
        return;
    }
    const auto hello = protocol::HelloFrame::fromJson(doc.object());
    if (!hello) {
        // A missing or mistyped token is an authentication failure like a wrong one.
        if (hello.error().field == QLatin1String("token"))
            connection->refuse(protocol::CloseCode::Unauthorized, protocol::ErrorCode::Unauthorized,
                               hello.error().toString());
        else
            connection->refuse(protocol::CloseCode::BadFrame, protocol::ErrorCode::ValidationFailed,
                               hello.error().toString());
        return;
    }
    try {
        replayAndGoLive(connection, hello.value().token, hello.value().since);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "plein-server: internal error in stream hello: %s\n", e.what());
        connection->refuse(kInternalErrorClose, protocol::ErrorCode::Internal, QStringLiteral("internal server error"));
    }
}

void StreamHub::replayAndGoLive(StreamConnection *connection, const QString &token, qint64 since)
{
    const auto caller = m_sessions.authenticate(token, QDateTime::currentMSecsSinceEpoch());
    if (!caller) {
        connection->refuse(protocol::CloseCode::Unauthorized, protocol::ErrorCode::Unauthorized,
                           QStringLiteral("the access token is unknown, revoked or expired"));
        return;
    }
    Transaction snapshot(m_db, Transaction::Kind::Read);
    if (!m_changeLog.canServe(since)) {
        connection->refuse(protocol::CloseCode::CursorExpired, protocol::ErrorCode::CursorExpired,
                           QStringLiteral("this cursor can no longer be served; bootstrap again"));
        return;
    }
    connection->beginReplay(since);
    qint64 position = since;
    for (;;) {
        const QList<LoggedEvent> chunk = m_changeLog.readVisible(caller->user.id, position, kReplayChunk);
        for (const LoggedEvent &e : chunk) connection->sendEvent(e);
        if (!chunk.isEmpty()) position = chunk.last().seq;
        if (chunk.size() < kReplayChunk) break;
    }
    // Everything up to the log's end has been considered, invisible events included.
    const qint64 cursor = m_changeLog.maxSeq();
    snapshot.commit();
    // Indexed first: going live flushes, and a drained socket is handed over (and let go of)
    // from inside that flush.
    m_liveByUser.insert(caller->user.id, connection);
    connection->goLive(caller->user.id, caller->sessionId, cursor);
    handOver(connection);
}

void StreamHub::handOver(StreamConnection *connection)
{
    // A replay still in Qt's buffer would be overtaken by the worker's frames: wait for
    // `drained`. Meanwhile events reach the connection here, in order, as before.
    if (m_workers.empty() || !connection->isLive() || connection->bytesToWrite() > 0) return;
    const qintptr fd = m_server.streamDescriptor(connection->peerAddress(), connection->peerPort());
    const int own = fd < 0 ? -1 : ::dup(int(fd));
    if (own < 0) return; // it stays here; that is slower, not wrong
    const quint64 id = ++m_nextHandedId;
    const QString userId = connection->userId();
    m_handed.insert(id, {userId, connection->sessionId()});
    m_handedByUser.insert(userId, id);
    m_workers[workerIndex(id)]->adopt(id, own, userId, connection->sessionId(), connection->position());
    m_liveByUser.remove(userId, connection);
    m_connections.removeOne(connection);
    connection->release();
    connection->deleteLater();
}

void StreamHub::forgetHanded(quint64 id)
{
    const Handed gone = m_handed.take(id);
    m_handedByUser.remove(gone.userId, id);
}

void StreamHub::collectHanded(const QString &userId, std::vector<QList<quint64>> &batches) const
{
    for (auto it = m_handedByUser.constFind(userId); it != m_handedByUser.cend() && it.key() == userId; ++it)
        batches[workerIndex(*it)].append(*it);
}

void StreamHub::deliver(const std::vector<QList<quint64>> &batches, const LoggedEvent &event)
{
    QByteArray tail;
    for (std::size_t w = 0; w < batches.size(); ++w) {
        if (batches[w].isEmpty()) continue;
        if (tail.isEmpty()) {
            // The rest of protocol::eventFrame after "prev"; the data as stored, or serialised once.
            const QByteArray data =
                event.dataText.isEmpty() ? QJsonDocument(event.data).toJson(QJsonDocument::Compact) : event.dataText.toUtf8();
            tail = ",\"name\":\"" + event.name.toUtf8() + "\",\"data\":" + data + '}';
        }
        m_workers[w]->sendEvent(batches[w], event.seq, tail);
    }
}

void StreamHub::publish(const LoggedEvent &event)
{
    try {
        // Same rule as ChangeLog::readVisible: org events for everyone but externals, group
        // events for the group's current members, conversation events for its current
        // members, user events for that user.
        if (event.name.startsWith(QLatin1String("conversation."))) {
            // Its members may have changed (created, updated, removed): ask again next time.
            m_audiences.remove(event.data.value(QStringLiteral("id")).toString());
        }
        const QString conversationId = Scope::conversationOf(event.scope);
        if (!conversationId.isEmpty()) {
            const QSet<QString> members = audience(conversationId); // a copy: sending may re-enter
            sendToUsers(members, event);
        } else if (event.scope.startsWith(QLatin1String("user:"))) {
            sendToUsers(QList<QString>{event.scope.mid(int(qstrlen("user:")))}, event);
        } else if (event.scope.startsWith(QLatin1String("group:"))) {
            sendToUsers(groups::memberIds(m_db, event.scope.mid(int(qstrlen("group:")))), event);
        } else if (event.scope == Scope::org()) {
            const QSet<QString> externals = users::externalIds(m_db);
            std::vector<QList<quint64>> batches(m_workers.size());
            for (auto it = m_handed.cbegin(); it != m_handed.cend(); ++it)
                if (!externals.contains(it->userId)) batches[workerIndex(it.key())].append(it.key());
            deliver(batches, event);
            for (StreamConnection *c : QList(m_connections))
                if (c->isLive() && !externals.contains(c->userId())) {
                    c->sendEvent(event);
                    c->flush();
                }
        }
    } catch (const std::exception &e) {
        // A connection that missed an event must not carry on as if it had not: closing makes
        // its client reconnect and replay from its cursor.
        std::fprintf(stderr, "plein-server: internal error while streaming seq %lld: %s\n",
                     static_cast<long long>(event.seq), e.what());
        for (StreamConnection *c : QList(m_connections))
            c->refuse(kInternalErrorClose, protocol::ErrorCode::Internal, QStringLiteral("internal server error"));
        for (auto &w : m_workers)
            w->refuseAll(kInternalErrorClose, protocol::ErrorCode::Internal, QStringLiteral("internal server error"));
    }
}

template<typename Users>
void StreamHub::sendToUsers(const Users &userIds, const LoggedEvent &event)
{
    std::vector<QList<quint64>> batches(m_workers.size());
    for (const QString &userId : userIds) collectHanded(userId, batches);
    deliver(batches, event);
    for (const QString &userId : userIds) {
        // values() copies: a send that fails may close a connection and change the index.
        for (StreamConnection *c : m_liveByUser.values(userId))
            if (c->isLive()) {
                c->sendEvent(event);
                c->flush();
            }
    }
}

const QSet<QString> &StreamHub::audience(const QString &conversationId)
{
    auto it = m_audiences.find(conversationId);
    if (it != m_audiences.end()) return it.value();
    if (m_audiences.size() >= kMaxCachedAudiences) m_audiences.clear();
    return m_audiences.insert(conversationId, conversations::memberIds(m_db, conversationId)).value();
}

void StreamHub::onTyping(const QString &userId, const QString &conversationId)
{
    try {
        const QSet<QString> members = audience(conversationId);
        // Not a member (or no such conversation): dropped without a word, so nothing leaks.
        if (!members.contains(userId)) return;
        const qint64 now = m_clock.elapsed();
        const QString key = userId + QLatin1Char('|') + conversationId;
        const auto last = m_lastTyping.constFind(key);
        if (last != m_lastTyping.constEnd() && now - last.value() < kTypingIntervalMs) return;
        if (m_lastTyping.size() >= kMaxTypingEntries) {
            for (auto it = m_lastTyping.begin(); it != m_lastTyping.end();)
                it = now - it.value() >= kTypingIntervalMs ? m_lastTyping.erase(it) : std::next(it);
        }
        m_lastTyping.insert(key, now);
        const QJsonObject frame = protocol::TypingFrame{conversationId, userId}.toJson();
        std::vector<QList<quint64>> batches(m_workers.size());
        for (const QString &member : members)
            if (member != userId) collectHanded(member, batches);
        const QByteArray text = QJsonDocument(frame).toJson(QJsonDocument::Compact);
        for (std::size_t w = 0; w < batches.size(); ++w)
            if (!batches[w].isEmpty()) m_workers[w]->sendText(batches[w], text);
        for (const QString &member : members) {
            if (member == userId) continue; // not even the sender's other devices
            for (StreamConnection *c : m_liveByUser.values(member)) {
                c->sendFrame(frame);
                c->flush();
            }
        }
    } catch (const std::exception &e) {
        // Typing is best effort: a fault here loses a hint, never an event.
        std::fprintf(stderr, "plein-server: internal error while forwarding a typing frame: %s\n", e.what());
    }
}

void StreamHub::closeSession(qint64 sessionId)
{
    for (auto &w : m_workers)
        w->refuseSession(sessionId, protocol::CloseCode::Unauthorized, protocol::ErrorCode::Unauthorized,
                         QStringLiteral("signed out"));
    for (StreamConnection *c : QList(m_connections)) {
        if (c->isLive() && c->sessionId() == sessionId)
            c->refuse(protocol::CloseCode::Unauthorized, protocol::ErrorCode::Unauthorized,
                      QStringLiteral("signed out"));
    }
}

void StreamHub::closeAll()
{
    for (auto &w : m_workers) w->closeAll();
    for (StreamConnection *c : QList(m_connections)) c->closeGoingAway();
}

} // namespace plein::server
