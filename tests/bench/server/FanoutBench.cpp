// fanout_p99_ms, ws_clients: server delivery at a steady 1,000 messages/s to the benchmark
// organisation's 50-member conversations while 1,000 stream clients are connected. Each
// message's time runs from just before its POST is handed to the network to the moment a
// member's socket has read the frame; the p99 is over every delivery to every member socket
// (the sender's own included). The clients are raw WebSocket readers on epoll in this process
// (two threads); they share the machine with the server, so they are kept cheap: what they
// cost is CPU the server cannot have.
#include "BenchArgs.h"
#include "BenchReport.h"
#include "Manifest.h"
#include "SocketSwarm.h"
#include "protocol/Uuid.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>
#include <cstdio>

using namespace plein::bench;

namespace {

struct PhaseResult {
    double p50 = 0, p99 = 0, max = 0, sustained = 0;
    qint64 deliveries = 0, missing = 0;
    int failed = 0;
};

// Sends `total` messages at `rate` per second, numbered from `offset`, and waits for every
// delivery. Message n goes to big conversation n % k, from its members in turn.
PhaseResult runPhase(SocketSwarm &swarm, const Manifest &manifest, const QUrl &server, int rate, int total, int offset)
{
    const auto &conversations = manifest.bigConversations;
    std::vector<qint64> sentAt(std::size_t(total), 0);
    qint64 expected = 0;
    struct Send {
        QString conversation;
        QString token;
    };
    std::vector<Send> plan;
    for (int n = 0; n < total; ++n) {
        const auto &c = conversations.at(n % conversations.size());
        const QString author = c.members.at((n / int(conversations.size())) % c.members.size());
        plan.push_back({c.id, manifest.person(author).token});
        for (const QString &member : c.members) expected += swarm.socketsOf(member);
    }
    const std::size_t before = swarm.deliveries().size();

    QNetworkAccessManager nam;
    int sent = 0, answered = 0, failed = 0;
    const QString base = server.toString(QUrl::StripTrailingSlash);
    auto post = [&](int n) {
        QNetworkRequest request(QUrl(base + QStringLiteral("/api/v1/conversations/%1/messages").arg(plan[std::size_t(n)].conversation)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + plan[std::size_t(n)].token.toLatin1());
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("id"), plein::protocol::newUuidV7()},
                                                          {QStringLiteral("body"), QStringLiteral("plein-bench-%1;").arg(offset + n)}})
                                    .toJson(QJsonDocument::Compact);
        sentAt[std::size_t(n)] = nowNs();
        QNetworkReply *reply = nam.post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
            ++answered;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status != 201 && failed++ < 3)
                std::fprintf(stderr, "POST failed: %d %s\n", status, reply->readAll().constData());
            reply->deleteLater();
        });
    };

    // Paced: every tick sends what is due by now, so a slow tick catches up instead of
    // lowering the rate.
    QElapsedTimer clock;
    clock.start();
    QTimer pacer;
    pacer.setTimerType(Qt::PreciseTimer);
    pacer.setInterval(2);
    QObject::connect(&pacer, &QTimer::timeout, [&] {
        const qint64 due = std::min<qint64>(total, clock.nsecsElapsed() * rate / 1000000000LL + 1);
        while (sent < due) post(sent++);
        if (sent >= total) pacer.stop();
    });
    pacer.start();
    while ((answered < total || qint64(swarm.deliveries().size() - before) < expected) && clock.elapsed() < 60000 + total * 10) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::usleep(500);
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const auto deliveries = swarm.deliveries();
    std::vector<double> latencies;
    for (const auto &[number, at] : deliveries) { // all phases, in no particular order
        const int n = number - offset;
        if (n >= 0 && n < total && sentAt[std::size_t(n)] > 0) latencies.push_back(double(at - sentAt[std::size_t(n)]) / 1e6);
    }
    PhaseResult r;
    r.deliveries = qint64(latencies.size());
    r.missing = expected - r.deliveries;
    r.failed = failed;
    r.p50 = percentile(latencies, 50);
    r.p99 = percentile(latencies, 99);
    r.max = percentile(latencies, 100);
    r.sustained = total / seconds;
    std::printf("%d messages/s asked, %.0f/s delivered to the last socket: %d messages (%d failed) to %lld conversations, "
                "%lld of %lld deliveries, p50 %.1f ms, p99 %.1f ms\n",
                rate, r.sustained, total, failed, qint64(conversations.size()), r.deliveries, expected, r.p50, r.p99);
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const BenchArgs args = BenchArgs::parse(app.arguments());
    QString error;
    const auto manifest = Manifest::load(args.manifest, &error);
    if (!manifest) {
        std::fprintf(stderr, "bench_server_fanout: %s\n", qPrintable(error));
        return 1;
    }
    const int clients = args.tiny ? 50 : 1000;

    SocketSwarm swarm(args.server, args.tiny ? 1 : 2);
    QElapsedTimer setup;
    setup.start();
    if (!swarm.open(manifest->people, clients, manifest->cursor, 120000)) {
        std::fprintf(stderr, "bench_server_fanout: only %d of %d sockets got ready\n", swarm.readyCount(), clients);
        return 1;
    }
    std::printf("%d sockets ready in %lld ms\n", clients, setup.elapsed());

    // Two phases on the same sockets: the 1,000 messages/s (fanout_p99_ms), then a tenth
    // of that (fanout_p99_ms_at_100), which shows what the machine does when it is not saturated.
    int failures = 0;
    qint64 lost = 0;
    int offset = 0;
    QJsonObject figures{{QStringLiteral("ws_clients"), clients},
                        {QStringLiteral("fanout_members"), qint64(manifest->bigConversations.first().members.size())}};
    struct Phase {
        int rate;
        int total;
        QString suffix;
    };
    const QList<Phase> phases = args.tiny ? QList<Phase>{{50, 50, QString()}, {20, 10, QStringLiteral("_at_100")}}
                                          : QList<Phase>{{1000, 5000, QString()}, {100, 1000, QStringLiteral("_at_100")}};
    for (const Phase &phase : phases) {
        const auto result = runPhase(swarm, *manifest, args.server, phase.rate, phase.total, offset);
        offset += phase.total;
        failures += result.failed;
        lost += result.missing;
        figures.insert(QStringLiteral("fanout_p99_ms") + phase.suffix, result.p99);
        figures.insert(QStringLiteral("fanout_p50_ms") + phase.suffix, result.p50);
        figures.insert(QStringLiteral("fanout_sustained_per_s") + phase.suffix, result.sustained);
        if (phase.suffix.isEmpty()) {
            figures.insert(QStringLiteral("fanout_max_ms"), result.max);
            figures.insert(QStringLiteral("fanout_deliveries"), result.deliveries);
        }
    }
    figures.insert(QStringLiteral("fanout_missing"), lost);
    report(figures);
    return failures == 0 && lost == 0 ? 0 : 1;
}
