// bench_store: the client cache's throughput and paging, on a real SQLite file.
//  - ingest_events_per_s: chat messages as /sync batches (JSON, 1,000 events each) through the
//    real decode + apply path as catch-up runs it (each batch decoded on a pool thread while the
//    writer thread applies the one before); raw_sqlite_rows_per_s: the same rows
//    as plain prepared inserts in one transaction on the same connection, in the same run.
//  - page_fetch_p99_ms: one fetchMore (a page of 50) of MessagesModel and FeedModel over the
//    filled cache, p99 over every page down to the end.
// Prints `BENCH {...}` for scripts/bench. --tiny: a small run that proves it works.
#include "BenchArgs.h"
#include "models/FeedModel.h"
#include "models/MessagesModel.h"
#include "protocol/Conversation.h"
#include "protocol/Post.h"
#include "protocol/Sync.h"
#include "protocol/Uuid.h"
#include "store/MetaStore.h"
#include "store/Store.h"
#include "sync/EventApplier.h"
#include "sync/SyncPipeline.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QCoroTask>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace plein;
using namespace plein::store;

namespace {
const QString kMe = QStringLiteral("0190a000-0000-7000-8000-00000000000a");
const QString kAnna = QStringLiteral("0190a000-0000-7000-8000-00000000000b");
const QString kConversation = QStringLiteral("0190a000-0000-7000-8000-0000000000c1");

// Sleeps in an event loop until the future is done, as the app's coroutines do: a polling loop
// here took a whole core from the writer and decoder threads on a 2-core machine.
template<typename T>
void waitIdle(const QFuture<T> &future)
{
    if (future.isFinished()) return;
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished()) loop.exec();
}

template<typename T>
T await(QFuture<T> future)
{
    waitIdle(future);
    return future.result();
}

void awaitVoid(QFuture<void> future)
{
    waitIdle(future);
}

protocol::Message message(qint64 position, qint64 at)
{
    protocol::Message m;
    m.id = protocol::newUuidV7(at);
    m.conversationId = kConversation;
    m.authorId = position % 2 ? kAnna : kMe;
    m.authorName = position % 2 ? QStringLiteral("Anna de Vries") : QStringLiteral("Ik Zelf");
    m.body = QStringLiteral("Bericht %1: zullen we de stukken voor donderdag nog even doornemen?").arg(position);
    m.position = position;
    m.createdAt = at;
    m.version = 1;
    return m;
}

protocol::Post post(qint64 i, qint64 at)
{
    protocol::Post p;
    p.id = protocol::newUuidV7(at);
    p.authorId = kAnna;
    p.authorName = QStringLiteral("Anna de Vries");
    p.body = QStringLiteral("Nieuws %1 uit de regio: de raad besluit over de begroting.").arg(i);
    p.createdAt = at;
    p.version = 1;
    return p;
}

// /sync batches: `count` events of `make(i)` named `name`, 1,000 per batch.
template<typename Make>
QList<QByteArray> batches(qint64 &seq, int count, const QString &name, Make make)
{
    QList<QByteArray> out;
    for (int start = 0; start < count; start += protocol::kMaxSyncBatch) {
        protocol::SyncBatch b;
        for (int i = start; i < std::min(count, start + protocol::kMaxSyncBatch); ++i) {
            protocol::Event e;
            e.prev = seq;
            e.seq = ++seq;
            e.name = name;
            e.data = make(i);
            b.events.append(e);
        }
        b.cursor = seq;
        b.hasMore = start + protocol::kMaxSyncBatch < count;
        out.append(QJsonDocument(b.toJson()).toJson(QJsonDocument::Compact));
    }
    return out;
}

double p99(QList<double> values)
{
    if (values.isEmpty()) return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(values.size() * 0.99)));
}

template<typename Model>
QList<double> pageTimes(Model &model)
{
    QList<double> times;
    QElapsedTimer t;
    while (model.canFetchMore({})) {
        t.start();
        model.fetchMore({});
        times.append(double(t.nsecsElapsed()) / 1e6);
    }
    return times;
}
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool tiny = bench::BenchArgs::parse(app.arguments(), false).tiny;
    const int messageCount = tiny ? 2000 : 100000;
    const int postCount = tiny ? 1000 : 20000;
    const qint64 t0 = 1790000000000;
    QTemporaryDir dir;

    // Ingest: a conversation's worth of messages as the server would stream them.
    auto opened = QCoro::waitFor(Store::open(dir.filePath(QStringLiteral("ingest.sqlite"))));
    std::unique_ptr<Store> store = std::move(opened.store);
    if (!store) {
        std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(opened.error));
        return 1;
    }
    qint64 seq = 0;
    protocol::Conversation c;
    c.id = kConversation;
    c.title = QStringLiteral("Fractie");
    c.createdBy = kMe;
    c.createdAt = t0;
    c.lastActivityAt = t0;
    c.version = 1;
    c.members = {{kMe, QStringLiteral("Ik Zelf"), 0}, {kAnna, QStringLiteral("Anna de Vries"), 0}};
    const auto setup = batches(seq, 1, protocol::EventName::ConversationCreated, [&](int) { return c.toEventJson(); });
    const auto chat = batches(seq, messageCount, protocol::EventName::MessageCreated,
                              [&](int i) { return message(i + 1, t0 + i * 1000).toEventJson(); });
    await(store->write([](WriteContext &ctx) {
        meta::set(ctx.db, meta::MeId, kMe);
        return true;
    }));
    for (const auto &body : setup) await(store->write([body](WriteContext &ctx) { return sync::apply::syncBatch(ctx, body); }));
    // Through catch-up's own pipeline (sync::applySyncPages): each page decoded on a pool
    // thread, the next one fetched (here: taken from memory) and decoded while the writer
    // applies this one.
    QElapsedTimer timer;
    timer.start();
    qsizetype nextPage = 1;
    auto ingesting = sync::applySyncPages(
        store.get(), net::ApiResult<QByteArray>(chat.first()),
        [&chat, &nextPage](qint64) -> QCoro::Task<net::ApiResult<QByteArray>> { co_return chat.at(nextPage++); },
        [] { return true; }, [](qint64) {});
    const sync::PipelineEnd ingested = QCoro::waitFor(ingesting);
    if (ingested.kind != sync::PipelineEnd::Kind::Done || nextPage != chat.size()) {
        std::fprintf(stderr, "the pipeline stopped after %lld of %lld pages\n", qlonglong(nextPage), qlonglong(chat.size()));
        return 1;
    }
    const double ingestSeconds = double(timer.nsecsElapsed()) / 1e9;

    // The floor: the same rows, plain inserts, one transaction, same writer connection.
    QList<protocol::Message> rows;
    rows.reserve(messageCount);
    for (int i = 0; i < messageCount; ++i) rows.append(message(i + 1, t0 + i * 1000 + 7));
    for (auto &m : rows) m.id = protocol::newUuidV7(m.createdAt); // fresh ids: no conflicts with the ingest
    timer.start();
    awaitVoid(store->write([rows](WriteContext &ctx) {
        Transaction tx(ctx.db);
        for (const auto &m : rows) {
            ctx.db.prepare("INSERT INTO messages(id, conversation_id, author_id, author_name, body, position, sort_key, "
                           "created_at, version) VALUES(?,?,?,?,?,?,?,?,?)")
                .bind(1, m.id).bind(2, QStringLiteral("raw")).bind(3, m.authorId).bind(4, m.authorName).bind(5, m.body)
                .bind(6, m.position).bind(7, m.position).bind(8, m.createdAt).bind(9, m.version).run();
        }
        tx.commit();
    }));
    const double rawSeconds = double(timer.nsecsElapsed()) / 1e9;

    // Paging over the filled cache: the conversation, and a feed of posts.
    const auto feed = batches(seq, postCount, protocol::EventName::PostCreated, [&](int i) { return post(i, t0 + i * 1000).toJson(); });
    for (const auto &body : feed) await(store->write([body](WriteContext &ctx) { return sync::apply::syncBatch(ctx, body); }));
    models::MessagesModel messages(store.get(), kConversation);
    models::FeedModel posts(store.get());
    QList<double> times = pageTimes(messages);
    times += pageTimes(posts);

    const double ingest = messageCount / ingestSeconds;
    const double raw = messageCount / rawSeconds;
    const QJsonObject result{{QStringLiteral("ingest_events_per_s"), std::round(ingest)},
                             {QStringLiteral("raw_sqlite_rows_per_s"), std::round(raw)},
                             {QStringLiteral("ingest_ratio"), std::round(ingest / raw * 1000) / 1000},
                             {QStringLiteral("page_fetch_p99_ms"), std::round(p99(times) * 1000) / 1000},
                             {QStringLiteral("page_fetch_pages"), int(times.size())},
                             {QStringLiteral("ingest_messages"), messageCount}};
    std::printf("BENCH %s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    const bool complete = messages.rowCount() == messageCount && posts.rowCount() == postCount;
    if (!complete) std::fprintf(stderr, "paged %d messages of %d, %d posts of %d\n", messages.rowCount(), messageCount,
                                posts.rowCount(), postCount);
    return complete ? 0 : 1;
}
