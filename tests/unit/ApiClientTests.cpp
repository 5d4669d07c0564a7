#include <catch2/catch.hpp>

#include "Wait.h"
#include "net/ApiClient.h"

#include <QTcpServer>
#include <QTcpSocket>

using namespace plein;

TEST_CASE("closing the client mid-request ends the request with a network error instead of hanging")
{
    // A server that accepts the connection and then never answers.
    QTcpServer stalled;
    REQUIRE(stalled.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> held;
    QObject::connect(&stalled, &QTcpServer::newConnection, [&] { held.append(stalled.nextPendingConnection()); });

    auto api = std::make_unique<net::ApiClient>(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(stalled.serverPort())));
    api->setTokens(QStringLiteral("a"), QStringLiteral("r"));
    QObject context;
    std::optional<net::ApiResult<QByteArray>> outcome;
    QCoro::connect(api->bootstrap(), &context, [&](const net::ApiResult<QByteArray> &r) { outcome = r; });
    REQUIRE(test::waitUntil([&] { return !held.isEmpty(); }, 5000));
    CHECK_FALSE(outcome.has_value());

    // Quietly: the app printed "device not open" on every exit with a request in flight.
    static QStringList warnings;
    warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &text) {
        if (type != QtDebugMsg && type != QtInfoMsg) warnings.append(text);
    });
    api.reset(); // e.g. the user signs out while the request is in flight
    const bool ended = test::waitUntil([&] { return outcome.has_value(); }, 2000);
    qInstallMessageHandler(previous);
    REQUIRE(ended);
    CHECK_FALSE(outcome->ok());
    CHECK(outcome->error().kind == net::NetError::Kind::Network);
    CHECK(warnings.isEmpty());
}

TEST_CASE("an answer that is not Plein's error body means the address is not a Plein server")
{
    QTcpServer other;
    REQUIRE(other.listen(QHostAddress::LocalHost, 0));
    QObject::connect(&other, &QTcpServer::newConnection, [&] {
        QTcpSocket *s = other.nextPendingConnection();
        QObject::connect(s, &QTcpSocket::readyRead, s, [s] {
            s->readAll();
            s->write("HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: 9\r\nConnection: close\r\n\r\n<h1>x</h1");
            s->disconnectFromHost();
        });
    });
    net::ApiClient api(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(other.serverPort())));
    QObject context;
    std::optional<net::ApiResult<protocol::Session>> r;
    QCoro::connect(api.login(QStringLiteral("a@b"), QStringLiteral("pw")), &context,
                   [&](const net::ApiResult<protocol::Session> &answer) { r = answer; });
    REQUIRE(test::waitUntil([&] { return r.has_value(); }, 5000));
    REQUIRE_FALSE(r->ok());
    CHECK(r->error().kind == net::NetError::Kind::Protocol);
}
