// The plein-server command line: version, usage errors, environment errors, seed and prune.
#include "ServerFixture.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace plein::test;

namespace {

int run(const QStringList &args, QString *out = nullptr)
{
    QString output;
    const int code = ServerProcess::runCommand(args, &output);
    if (out) *out = output;
    CHECK_FALSE(hasSanitizerReport(output));
    UNSCOPED_INFO("plein-server " << args.join(QLatin1Char(' ')).toStdString() << " said: " << output.toStdString());
    return code;
}

QStringList serveArgs(const QString &dataDir, quint16 port = 0)
{
    return {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--data"), dataDir};
}

} // namespace

TEST_CASE("--version and --help", "[server][cli]")
{
    QString out;
    CHECK(run({QStringLiteral("--version")}, &out) == 0);
    CHECK(out.trimmed() == QStringLiteral("plein-server 0.1.0"));
    CHECK(run({QStringLiteral("--help")}, &out) == 0);
    CHECK(out.contains(QStringLiteral("Usage:")));
    CHECK(out.contains(QStringLiteral("seed --demo")));
}

TEST_CASE("usage errors exit 2 with one line", "[server][cli]")
{
    QTemporaryDir dir;
    QString out;
    const QList<QStringList> bad{
        {QStringLiteral("--bogus")},
        {QStringLiteral("--listen"), QStringLiteral("nohost"), QStringLiteral("--data"), dir.path()},
        {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:99999"), QStringLiteral("--data"), dir.path()},
        {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}, // no --data
        {QStringLiteral("--data"), dir.path(), QStringLiteral("--access-token-ttl"), QStringLiteral("soon")},
        {QStringLiteral("seed"), QStringLiteral("--data"), dir.path()}, // no --demo
        {QStringLiteral("seed"), QStringLiteral("--demo"), QStringLiteral("--data"), dir.path(), QStringLiteral("--scale"),
         QStringLiteral("huge")},
        {QStringLiteral("prune"), QStringLiteral("--data"), dir.path()}, // no --keep
        {QStringLiteral("prune"), QStringLiteral("--data"), dir.path(), QStringLiteral("--keep"), QStringLiteral("-1")},
    };
    for (const QStringList &args : bad) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        CHECK(run(args, &out) == 2);
        CHECK(out.trimmed().count(QLatin1Char('\n')) == 0);
        CHECK(out.startsWith(QStringLiteral("plein-server: ")));
    }
}

TEST_CASE("a busy port exits 2", "[server][cli]")
{
    auto server = startServer();
    QTemporaryDir other;
    QString out;
    CHECK(run(serveArgs(other.path(), server->port()), &out) == 2);
    CHECK(out.contains(QStringLiteral("in use")));
}

TEST_CASE("a data directory that cannot be created or written exits 2", "[server][cli]")
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("a-file")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    QString out;
    // Beneath a regular file nothing can be created, whoever runs the test (root included).
    CHECK(run(serveArgs(dir.filePath(QStringLiteral("a-file/data"))), &out) == 2);
    CHECK(out.contains(QStringLiteral("cannot create data directory")));
    CHECK(run(serveArgs(file.fileName()), &out) == 2);
    CHECK(out.contains(QStringLiteral("not a directory")));
    CHECK(run({QStringLiteral("seed"), QStringLiteral("--demo"), QStringLiteral("--scale"), QStringLiteral("tiny"),
               QStringLiteral("--data"), dir.filePath(QStringLiteral("a-file/data"))}) == 2);
}

TEST_CASE("a database with a newer schema is refused", "[server][cli]")
{
    QTemporaryDir dir;
    REQUIRE(run({QStringLiteral("seed"), QStringLiteral("--demo"), QStringLiteral("--scale"), QStringLiteral("tiny"),
                 QStringLiteral("--data"), dir.path()}) == 0);
    {
        QSqlDatabase db = openDatabase(dir.path());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        closeDatabase(db);
    }
    QString out;
    CHECK(run(serveArgs(dir.path()), &out) == 2);
    CHECK(out.contains(QStringLiteral("newer")));
}

TEST_CASE("the server starts on an empty data directory and stops cleanly on SIGTERM", "[server][cli]")
{
    QTemporaryDir dir;
    QProcess process;
    process.start(ServerProcess::binary(), serveArgs(dir.filePath(QStringLiteral("fresh"))));
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForReadyRead(10000));
    const QString first = QString::fromUtf8(process.readLine());
    CHECK(QRegularExpression(QStringLiteral("^listening on 127\\.0\\.0\\.1:[1-9][0-9]*\\n$")).match(first).hasMatch());
    CHECK(QFile::exists(dir.filePath(QStringLiteral("fresh/plein.db"))));
    process.terminate();
    REQUIRE(process.waitForFinished(10000));
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 0);
    CHECK_FALSE(hasSanitizerReport(QString::fromUtf8(process.readAll())));
}

TEST_CASE("seed prints how to sign in and refuses to seed twice without --force", "[server][cli]")
{
    QTemporaryDir dir;
    const QStringList seed{QStringLiteral("seed"), QStringLiteral("--demo"), QStringLiteral("--scale"),
                           QStringLiteral("tiny"), QStringLiteral("--data"), dir.path()};
    QString out;
    REQUIRE(run(seed, &out) == 0);
    CHECK(out.contains(QStringLiteral("Sign in at http://127.0.0.1:8088 as anna@plein.demo / demo-password")));
    CHECK(out.contains(QStringLiteral("Sign in at http://127.0.0.1:8088 as bram@plein.demo / demo-password")));

    CHECK(run(seed, &out) == 2);
    CHECK(out.contains(QStringLiteral("--force")));
    CHECK(run(seed + QStringList{QStringLiteral("--force")}, &out) == 0);
}

TEST_CASE("seed --password sets every demo account's password", "[server][cli]")
{
    ServerProcess server(false);
    REQUIRE(run({QStringLiteral("seed"), QStringLiteral("--demo"), QStringLiteral("--scale"), QStringLiteral("tiny"),
                 QStringLiteral("--password"), QStringLiteral("geheim-123"), QStringLiteral("--data"), server.dataDir()}) ==
            0);
    REQUIRE(server.start());
    TestHttp http(server.url());
    CHECK(http.login(kBram, QStringLiteral("geheim-123")).status == 200);
    CHECK(http.login(kAnna, QStringLiteral("geheim-123")).status == 200);
    CHECK(http.login(kAnna, kPassword).status == 401);
    stopAndCheck(server);
}

TEST_CASE("the demo scale seeds the full organisation", "[server][cli][demo]")
{
    ServerProcess server(false);
    QString out;
    REQUIRE(run({QStringLiteral("seed"), QStringLiteral("--demo"), QStringLiteral("--data"), server.dataDir()}, &out) == 0);
    CHECK(out.contains(QStringLiteral("800 people, 32 groups, 3000 posts")));
    REQUIRE(server.start());
    auto anna = signIn(server, kAnna);
    const auto bootstrap = anna->get(QStringLiteral("/api/v1/bootstrap")).json();
    CHECK(bootstrap.value(QStringLiteral("groups")).toArray().size() >= 10);
    // One post.created per post: 3000 posts and 2 announcements.
    CHECK(bootstrap.value(QStringLiteral("cursor")).toInteger() == 3002);
    auto bram = signIn(server, kBram);
    CHECK(bram->get(QStringLiteral("/api/v1/bootstrap")).json().value(QStringLiteral("groups")).toArray().size() == 3);
    stopAndCheck(server);
}
