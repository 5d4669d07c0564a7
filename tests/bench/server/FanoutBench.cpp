// fanout_p99_ms, ws_clients: server delivery at a steady 1,000 messages/s to the benchmark
// organisation's 50-member conversations while 1,000 stream clients are connected. Each
// message's time runs from just before its POST is handed to the network to the moment a
// member's socket has read the frame; the p99 is over every delivery to every member socket
// (the sender's own included). The clients are raw QWebSockets in this process (a few
// threads); they share the machine with the server, as on a small deployment.
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
    const int rate = args.tiny ? 50 : 1000; // messages per second
    const int total = args.tiny ? 50 : 5000;

    SocketSwarm swarm(args.server, args.tiny ? 1 : 3);
    QElapsedTimer setup;
    setup.start();
    if (!swarm.open(manifest->people, clients, manifest->cursor, 120000)) {
        std::fprintf(stderr, "bench_server_fanout: only %d of %d sockets got ready\n", swarm.readyCount(), clients);
        return 1;
    }
    std::printf("%d sockets ready in %lld ms\n", clients, setup.elapsed());

    // Message n goes to big conversation n % k, from its members in turn.
    const auto &conversations = manifest->bigConversations;
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
        plan.push_back({c.id, manifest->person(author).token});
        for (const QString &member : c.members) expected += swarm.socketsOf(member);
    }

    QNetworkAccessManager nam;
    int sent = 0, answered = 0, failed = 0;
    const QString base = args.server.toString(QUrl::StripTrailingSlash);
    auto post = [&](int n) {
        QNetworkRequest request(QUrl(base + QStringLiteral("/api/v1/conversations/%1/messages").arg(plan[std::size_t(n)].conversation)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + plan[std::size_t(n)].token.toLatin1());
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("id"), plein::protocol::newUuidV7()},
                                                          {QStringLiteral("body"), QStringLiteral("plein-bench-%1;").arg(n)}})
                                    .toJson(QJsonDocument::Compact);
        sentAt[std::size_t(n)] = nowNs();
        QNetworkReply *reply = nam.post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
            ++answered;
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 201) {
                if (failed++ < 3)
                    std::fprintf(stderr, "POST failed: %d %s\n",
                                 reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                                 reply->readAll().constData());
            }
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
    QElapsedTimer waited;
    waited.start();
    while ((answered < total || qint64(swarm.deliveries().size()) < expected) && waited.elapsed() < 30000 + total * 2) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::usleep(500);
    }
    const double sendSeconds = double(clock.nsecsElapsed()) / 1e9;
    const auto deliveries = swarm.deliveries();
    std::vector<double> latencies;
    latencies.reserve(deliveries.size());
    for (const auto &[n, at] : deliveries)
        if (n >= 0 && n < total && sentAt[std::size_t(n)] > 0) latencies.push_back(double(at - sentAt[std::size_t(n)]) / 1e6);
    const qint64 missing = expected - qint64(latencies.size());
    std::printf("sending took %.2f s (%.0f messages/s)\n", sendSeconds, total / sendSeconds);
    std::printf("sent %d messages (%d failed) to %lld conversations of %lld members; %zu of %lld deliveries; "
                "closed sockets %d; frames %lld\n",
                total, failed, qint64(conversations.size()), qint64(conversations.first().members.size()),
                latencies.size(), expected, swarm.closedCount(), swarm.framesReceived());
    report({{QStringLiteral("fanout_p99_ms"), percentile(latencies, 99)},
            {QStringLiteral("fanout_p50_ms"), percentile(latencies, 50)},
            {QStringLiteral("fanout_max_ms"), percentile(latencies, 100)},
            {QStringLiteral("fanout_deliveries"), qint64(latencies.size())},
            {QStringLiteral("fanout_missing"), missing},
            {QStringLiteral("fanout_members"), qint64(conversations.first().members.size())},
            {QStringLiteral("fanout_rate_per_s"), double(rate)},
            {QStringLiteral("ws_clients"), clients}});
    return failed == 0 && missing == 0 ? 0 : 1;
}
