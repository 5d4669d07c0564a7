// e2e_latency_p50_ms, e2e_latency_p99_ms: a message that anna's real client (Account, Store,
// SyncEngine, outbox) sends until it is a row of bram's MessagesModel for their conversation,
// one at a time, while ws_clients (1,000) other stream clients stay connected to the server.
// The time runs from the sendMessage call to the model's rowsInserted for that message.
#include "BenchArgs.h"
#include "BenchReport.h"
#include "Manifest.h"
#include "SocketSwarm.h"
#include "TestClient.h"
#include "models/MessagesModel.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>

using namespace plein::bench;

namespace {

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    const BenchArgs args = BenchArgs::parse(app.arguments());
    QString error;
    const auto manifest = Manifest::load(args.manifest, &error);
    if (!manifest) {
        std::fprintf(stderr, "bench_e2e_latency: %s\n", qPrintable(error));
        return 1;
    }
    const int clients = args.tiny ? 20 : 1000;
    const int messages = args.tiny ? 5 : 300;

    QList<Person> others;
    for (const Person &p : manifest->people)
        if (p.email != QLatin1String("anna@plein.demo") && p.email != QLatin1String("bram@plein.demo")) others.append(p);
    SocketSwarm swarm(args.server, args.tiny ? 1 : 2);
    if (!swarm.open(others, clients, manifest->cursor, 120000)) {
        std::fprintf(stderr, "bench_e2e_latency: only %d of %d sockets got ready\n", swarm.readyCount(), clients);
        return 1;
    }

    plein::test::TestClient anna, bram;
    if (!anna.signIn(args.server, QStringLiteral("anna@plein.demo"), &error) ||
        !bram.signIn(args.server, QStringLiteral("bram@plein.demo"), &error)) {
        std::fprintf(stderr, "bench_e2e_latency: %s\n", qPrintable(error));
        return 1;
    }
    plein::models::MessagesModel model(bram.account().store(), manifest->pairConversation);
    if (model.canFetchMore({})) model.fetchMore({});

    QString awaited;
    qint64 arrivedAt = 0;
    QEventLoop *waiting = nullptr;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, [&](const QModelIndex &, int first, int last) {
        for (int row = first; row <= last; ++row) {
            if (model.data(model.index(row), plein::models::MessagesModel::BodyRole).toString() != awaited) continue;
            arrivedAt = nowNs();
            if (waiting) waiting->quit();
        }
    });

    std::vector<QCoro::Task<QString>> sends;
    std::vector<double> latencies;
    int lost = 0;
    for (int n = 0; n < messages; ++n) {
        awaited = QStringLiteral("e2e %1 van anna").arg(n);
        arrivedAt = 0;
        const qint64 start = nowNs();
        sends.push_back(anna.sync().sendMessage(manifest->pairConversation, awaited));
        if (arrivedAt == 0) {
            QEventLoop loop;
            waiting = &loop;
            QTimer::singleShot(5000, &loop, &QEventLoop::quit);
            loop.exec();
            waiting = nullptr;
        }
        if (arrivedAt == 0) ++lost;
        else latencies.push_back(double(arrivedAt - start) / 1e6);
        spin(10); // let both clients settle (acks, read markers) before the next one
    }
    spin(200);
    std::printf("%zu of %d messages arrived; %d other sockets open\n", latencies.size(), messages,
                swarm.readyCount() - swarm.closedCount());
    report({{QStringLiteral("e2e_latency_p50_ms"), percentile(latencies, 50)},
            {QStringLiteral("e2e_latency_p99_ms"), percentile(latencies, 99)},
            {QStringLiteral("e2e_messages"), messages},
            {QStringLiteral("ws_clients"), clients}});
    return lost == 0 ? 0 : 1;
}
