#include "SyncEngine.h"
#include "EventApplier.h"
#include "protocol/Sync.h"
#include "protocol/Uuid.h"
#include "store/DirectoryStore.h"
#include "store/MetaStore.h"
#include "store/OutboxStore.h"
#include "store/PostStore.h"

#include <QCoroFuture>
#include <QCoroTimer>
#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSync, "plein.sync")

namespace plein::sync {

using namespace plein::store;
using net::NetError;

SyncEngine::SyncEngine(Store *store, net::ApiClient *api, Options options, QObject *parent)
    : QObject(parent), m_store(store), m_api(api), m_options(options),
      m_outboxBackoff(options.outboxRetryBaseMs, options.outboxRetryCapMs)
{
    m_realtime.setTiming(options.realtime);
    m_cursor = meta::cursor(store->reader());
    m_bootstrapped = meta::get(store->reader(), meta::Bootstrapped) == QLatin1String("1");
    reloadFeedNext();
    if (auto me = directory::user(store->reader(), meta::get(store->reader(), meta::MeId))) m_me = *me;

    connect(&m_realtime, &net::RealtimeClient::frameReceived, this, [this](const QString &f) { onFrame(f); });
    connect(&m_realtime, &net::RealtimeClient::connectedChanged, this, [this](bool connected) {
        setOnline(connected);
        if (connected) {
            setOffline(false);
            m_outboxBackoff.reset();
            flushOutbox();
        }
    });
    connect(&m_realtime, &net::RealtimeClient::connectionLost, this, [this] { setOffline(true); });
    connect(&m_realtime, &net::RealtimeClient::refused, this, &SyncEngine::onRefused);
    connect(m_api, &net::ApiClient::sessionExpired, this, &SyncEngine::sessionExpired);
    m_outboxRetry.setSingleShot(true);
    connect(&m_outboxRetry, &QTimer::timeout, this, [this] { flushOutbox(); });
}

SyncEngine::~SyncEngine() { stop(); }

void SyncEngine::start()
{
    if (m_running) return;
    m_running = true;
    ++m_generation;
    run();
}

void SyncEngine::stop()
{
    m_running = false;
    ++m_generation;
    m_outboxRetry.stop();
    m_realtime.stop();
    setOnline(false);
}

QCoro::Task<> SyncEngine::run()
{
    QPointer<SyncEngine> self(this);
    const quint64 generation = m_generation;
    try {
        auto recovering = m_store->write([](WriteContext &ctx) { outbox::recoverInterrupted(ctx.db); });
        co_await recovering;
    } catch (const StoreError &e) {
        qCWarning(lcSync) << "outbox recovery failed:" << e.message();
    }
    if (!self || generation != m_generation) co_return;
    if (!m_bootstrapped) {
        co_await bootstrap(false);
        if (!self || generation != m_generation) co_return;
        if (!m_bootstrapped) co_return; // refused for good: errorOccurred said why
    }
    // The stream starts from whatever the store has applied; until the bootstrap succeeds the
    // socket's replay would be the whole log, so retrying the bootstrap comes first.
    m_realtime.start(m_api->baseUrl(), [this] { return m_cursor; }, [this] { return m_api->accessToken(); });
    flushOutbox();
}

QCoro::Task<bool> SyncEngine::bootstrap(bool replace)
{
    QPointer<SyncEngine> self(this);
    const quint64 generation = m_generation;
    net::Backoff backoff(m_options.realtime.backoffBaseMs, m_options.realtime.backoffCapMs);
    while (true) {
        auto fetching = m_api->bootstrap();
        const auto body = co_await fetching;
        if (!self || generation != m_generation) co_return false;
        if (body) {
            try {
                auto applying = m_store->write(
                    [data = body.value(), replace](WriteContext &ctx) { return apply::bootstrap(ctx, data, replace); });
                const qint64 cursor = co_await applying;
                if (!self || generation != m_generation) co_return false;
                if (auto me = directory::user(m_store->reader(), meta::get(m_store->reader(), meta::MeId))) m_me = *me;
                reloadFeedNext();
                setCursor(cursor);
                if (!m_bootstrapped) {
                    m_bootstrapped = true;
                    Q_EMIT bootstrappedChanged();
                }
                co_return true;
            } catch (const StoreError &e) {
                Q_EMIT errorOccurred(e.message());
                co_return false;
            }
        }
        if (!body.error().isTransient()) {
            Q_EMIT errorOccurred(body.error().message);
            co_return false;
        }
        setOffline(true);
        // Stay on the bootstrap until it succeeds: the cached feed (if any) is shown meanwhile.
        co_await QCoro::sleepFor(std::chrono::milliseconds(backoff.nextDelayMs()));
        if (!self || generation != m_generation) co_return false;
    }
}

QCoro::Task<> SyncEngine::onFrame(QString frame)
{
    QPointer<SyncEngine> self(this);
    const quint64 generation = m_generation;
    FrameOutcome outcome;
    try {
        auto applying = m_store->write([frame](WriteContext &ctx) { return apply::frame(ctx, frame); });
        outcome = co_await applying;
    } catch (const StoreError &e) {
        qCWarning(lcSync) << "could not apply a frame:" << e.message();
        co_return;
    }
    if (!self || generation != m_generation) co_return;
    switch (outcome.kind) {
    case FrameOutcome::Kind::Applied:
        setCursor(outcome.cursor);
        break;
    case FrameOutcome::Kind::Gap:
        catchUp();
        break;
    case FrameOutcome::Kind::Ready:
        setCursor(outcome.cursor);
        break;
    case FrameOutcome::Kind::Malformed:
        qCWarning(lcSync) << "ignoring a frame:" << outcome.detail;
        break;
    case FrameOutcome::Kind::Duplicate:
    case FrameOutcome::Kind::ServerError:
        break;
    }
}

QCoro::Task<> SyncEngine::catchUp()
{
    if (m_catchingUp) {
        m_catchUpAgain = true;
        co_return;
    }
    QPointer<SyncEngine> self(this);
    const quint64 generation = m_generation;
    m_catchingUp = true;
    do {
        m_catchUpAgain = false;
        bool more = true;
        while (more) {
            auto fetching = m_api->sync(m_cursor, m_options.syncPageSize);
            const auto body = co_await fetching;
            if (!self || generation != m_generation) co_return;
            if (!body) {
                if (body.error().kind == NetError::Kind::Gone) {
                    co_await bootstrap(true);
                    if (!self || generation != m_generation) co_return;
                }
                break; // the stream's reconnect resumes from the cursor
            }
            try {
                auto applying = m_store->write(
                    [data = body.value()](WriteContext &ctx) { return apply::syncBatch(ctx, data); });
                const BatchOutcome b = co_await applying;
                if (!self || generation != m_generation) co_return;
                setCursor(b.cursor);
                more = b.hasMore;
            } catch (const StoreError &e) {
                qCWarning(lcSync) << "catch-up failed:" << e.message();
                break;
            }
        }
    } while (m_catchUpAgain);
    m_catchingUp = false;
}

void SyncEngine::onRefused(int closeCode)
{
    qCInfo(lcSync) << "stream refused with close code" << closeCode;
    QPointer<SyncEngine> self(this);
    const quint64 generation = m_generation;
    if (closeCode == protocol::CloseCode::CursorExpired) {
        QCoro::connect(bootstrap(true), this, [this, self, generation](bool) {
            if (self && generation == m_generation) m_realtime.reconnectNow();
        });
    } else if (closeCode == protocol::CloseCode::Unauthorized) {
        QCoro::connect(m_api->refreshTokens(), this, [this, self, generation](bool ok) {
            if (!self || generation != m_generation) return;
            if (ok) m_realtime.reconnectNow();
            // Refused refresh: ApiClient has emitted sessionExpired; the account signs out.
        });
    } else {
        qCWarning(lcSync) << "stream refused with" << closeCode;
        QTimer::singleShot(m_options.realtime.backoffCapMs, this, [this, self, generation] {
            if (self && generation == m_generation) m_realtime.reconnectNow();
        });
    }
}

QCoro::Task<QString> SyncEngine::createPost(QString groupId, QString groupName, QString body)
{
    protocol::Post post;
    post.id = protocol::newUuidV7();
    post.authorId = m_me.id;
    post.authorName = m_me.name;
    post.groupId = groupId;
    post.groupName = groupName;
    post.body = body;
    post.createdAt = QDateTime::currentMSecsSinceEpoch();
    post.version = 0;
    const protocol::NewPost request{post.id, groupId, body};
    const QString payload = QString::fromUtf8(QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
    QPointer<SyncEngine> self(this);
    auto storing = m_store->write([post, payload](WriteContext &ctx) {
        Transaction tx(ctx.db);
        posts::insertLocal(ctx.db, post);
        outbox::enqueue(ctx.db, OutboxKind::CreatePost, post.id, payload);
        tx.commit();
        ctx.changes.postsUpserted.append(post.id);
        ctx.changes.outboxChanged = true;
    }, Durability::Full);
    co_await storing;
    if (self && m_running) flushOutbox();
    co_return post.id;
}

QCoro::Task<bool> SyncEngine::retryPost(QString postId)
{
    QPointer<SyncEngine> self(this);
    auto retrying = m_store->write([postId](WriteContext &ctx) {
        Transaction tx(ctx.db);
        const bool found = outbox::retry(ctx.db, postId);
        if (found) posts::setState(ctx.db, postId, PostState::Pending);
        tx.commit();
        if (found) ctx.changes.postsUpserted.append(postId);
        return found;
    }, Durability::Full);
    const bool ok = co_await retrying;
    if (ok && self && m_running) {
        m_outboxBackoff.reset();
        flushOutbox();
    }
    co_return ok;
}

QCoro::Task<bool> SyncEngine::discardPost(QString postId)
{
    auto discarding = m_store->write([postId](WriteContext &ctx) {
        Transaction tx(ctx.db);
        const bool found = outbox::discard(ctx.db, postId);
        if (found) posts::remove(ctx.db, postId);
        tx.commit();
        if (found) ctx.changes.postsRemoved.append(postId);
        return found;
    }, Durability::Full);
    co_return co_await discarding;
}

QCoro::Task<> SyncEngine::flushOutbox()
{
    if (!m_running) co_return;
    if (m_flushing) {
        m_flushAgain = true;
        co_return;
    }
    QPointer<SyncEngine> self(this);
    const quint64 generation = m_generation;
    m_flushing = true;
    bool idle = false;
    try {
        while (true) {
            auto taking = m_store->write([](WriteContext &ctx) {
                auto e = outbox::nextPending(ctx.db);
                if (e) outbox::markSending(ctx.db, e->seq);
                return e;
            });
            const auto entry = co_await taking;
            if (!self) co_return;
            if (generation != m_generation) break;
            if (!entry) {
                idle = true;
                break;
            }
            if (entry->kind != OutboxKind::CreatePost) {
                auto refusing = m_store->write([seq = entry->seq](WriteContext &ctx) {
                    outbox::markFailed(ctx.db, seq, QStringLiteral("unknown action"));
                });
                co_await refusing;
                continue;
            }
            auto sending = m_api->createPost(entry->payload.toUtf8());
            const auto result = co_await sending;
            if (!self) co_return;
            if (result) {
                auto confirming = m_store->write([seq = entry->seq, post = result.value()](WriteContext &ctx) {
                    Transaction tx(ctx.db);
                    posts::upsertFromServer(ctx.db, post);
                    outbox::markDone(ctx.db, seq);
                    tx.commit();
                    ctx.changes.postsUpserted.append(post.id);
                    ctx.changes.outboxChanged = true;
                }, Durability::Full);
                co_await confirming;
                m_outboxBackoff.reset();
                continue;
            }
            const NetError &err = result.error();
            if (err.isTransient() || err.kind == NetError::Kind::Unauthorized) {
                // Keep the order: nothing behind this entry goes before it.
                auto postponing = m_store->write([seq = entry->seq, msg = err.message](WriteContext &ctx) {
                    outbox::markPending(ctx.db, seq, msg);
                });
                co_await postponing;
                if (self) scheduleOutboxRetry();
                break;
            }
            const QString message = err.message.isEmpty() ? QStringLiteral("refused (HTTP %1)").arg(err.status) : err.message;
            auto failing = m_store->write([seq = entry->seq, id = entry->objectId, message](WriteContext &ctx) {
                Transaction tx(ctx.db);
                outbox::markFailed(ctx.db, seq, message);
                posts::setState(ctx.db, id, PostState::Failed, message);
                tx.commit();
                ctx.changes.postsUpserted.append(id);
                ctx.changes.outboxChanged = true;
            }, Durability::Full);
            co_await failing;
        }
    } catch (const StoreError &e) {
        qCWarning(lcSync) << "outbox:" << e.message();
    }
    if (!self) co_return;
    m_flushing = false;
    if (m_flushAgain) {
        m_flushAgain = false;
        flushOutbox();
    } else if (idle) {
        Q_EMIT outboxIdle();
    }
}

void SyncEngine::scheduleOutboxRetry()
{
    if (m_running && !m_outboxRetry.isActive()) m_outboxRetry.start(m_outboxBackoff.nextDelayMs());
}

void SyncEngine::reloadFeedNext()
{
    m_feedNext = meta::get(m_store->reader(), meta::FeedNext);
}

QCoro::Task<bool> SyncEngine::loadOlderFeed()
{
    if (m_loadingOlder || !m_bootstrapped) co_return false;
    const QString before = m_feedNext;
    if (before.isEmpty()) co_return false;
    QPointer<SyncEngine> self(this);
    m_loadingOlder = true;
    auto fetching = m_api->feedPage(before, m_options.feedPageSize);
    const auto body = co_await fetching;
    if (!self) co_return false;
    bool ok = false;
    if (body) {
        try {
            auto storing = m_store->write([data = body.value()](WriteContext &ctx) { return apply::feedPage(ctx, data); });
            co_await storing;
            if (!self) co_return false;
            reloadFeedNext();
            ok = true;
        } catch (const StoreError &e) {
            qCWarning(lcSync) << "older feed page:" << e.message();
        }
    } else if (body.error().isTransient()) {
        setOffline(true);
    }
    if (!self) co_return false;
    m_loadingOlder = false;
    co_return ok;
}

void SyncEngine::setOnline(bool online)
{
    if (m_online == online) return;
    m_online = online;
    Q_EMIT onlineChanged();
}

void SyncEngine::setOffline(bool offline)
{
    if (m_offline == offline) return;
    m_offline = offline;
    Q_EMIT offlineChanged();
}

void SyncEngine::setCursor(qint64 cursor)
{
    if (cursor == m_cursor) return;
    m_cursor = cursor;
    Q_EMIT cursorChanged(cursor);
}

} // namespace plein::sync
