// login_to_feed_ms: a fresh sign-in (new empty account directory, real Account with its
// keychain, Store and SyncEngine) until a FeedModel over the new cache has rows, against the
// server with the benchmark organisation. Median of 5 (anna: a community manager in 13 groups).
#include "BenchArgs.h"
#include "BenchReport.h"
#include "SocketSwarm.h"
#include "TestClient.h"
#include "models/FeedModel.h"

#include <QCoreApplication>
#include <QCoroTask>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <cstdio>

using namespace plein::bench;

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    const BenchArgs args = BenchArgs::parse(app.arguments(), true);
    const int runs = args.tiny ? 1 : 5;
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        plein::test::TestClient client;
        const qint64 start = nowNs();
        const auto result = QCoro::waitFor(
            client.account().signIn(args.server.toString(), QStringLiteral("anna@plein.demo"), QStringLiteral("demo-password")));
        if (result.error != plein::account::Account::SignInError::None) {
            std::fprintf(stderr, "bench_login_to_feed: sign-in failed: %d %s\n", int(result.error), qPrintable(result.detail));
            return 1;
        }
        plein::models::FeedModel feed(client.account().store());
        QElapsedTimer guard;
        guard.start();
        while (feed.rowCount() == 0 && guard.elapsed() < 30000) QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        const qint64 end = nowNs();
        if (feed.rowCount() == 0) {
            std::fprintf(stderr, "bench_login_to_feed: the feed stayed empty\n");
            return 1;
        }
        times.push_back(double(end - start) / 1e6);
        std::printf("run %d: %.1f ms, %d feed rows\n", run + 1, times.back(), feed.rowCount());
    }
    report({{QStringLiteral("login_to_feed_ms"), median(times)}, {QStringLiteral("login_to_feed_max_ms"), percentile(times, 100)}});
    return 0;
}
