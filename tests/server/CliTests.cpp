// The plein-server command line: version, usage errors, environment errors, seed and prune.
#include "ServerFixture.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QJsonDocument>
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

// The benchmark organisation's shape at a size tests can afford (`--scale large` is the same
// code with bigger numbers; scripts/bench makes it): counts, the anna-bram history, the big
// group conversations, and the manifest's tokens work as they are.
TEST_CASE("the tiny-large scale seeds the benchmark shape and its manifest", "[server][cli][bench]")
{
    ServerProcess server(false);
    const QString manifestPath = server.dataDir() + QStringLiteral("/bench.json");
    QString out;
    REQUIRE(run({QStringLiteral("seed"), QStringLiteral("--demo"), QStringLiteral("--scale"), QStringLiteral("tiny-large"),
                 QStringLiteral("--data"), server.dataDir(), QStringLiteral("--bench-manifest"), manifestPath},
                &out) == 0);
    CHECK(out.contains(QStringLiteral("64 people, 12 groups, 300 posts")));
    CHECK(out.contains(QStringLiteral(" 1500 messages.")));

    QFile file(manifestPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject manifest = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray people = manifest.value(QStringLiteral("people")).toArray();
    CHECK(people.size() == 64);
    CHECK(manifest.value(QStringLiteral("messages")).toInt() == 1500);
    const QJsonArray big = manifest.value(QStringLiteral("bigConversations")).toArray();
    REQUIRE(big.size() == 3);
    for (const QJsonValue &c : big) CHECK(c.toObject().value(QStringLiteral("members")).toArray().size() == 20);
    const QString pair = manifest.value(QStringLiteral("pairConversation")).toString();
    REQUIRE_FALSE(pair.isEmpty());

    REQUIRE(server.start());
    // bram signs in with his password as usual; the pair conversation holds 100 older messages
    // before the 7 scripted ones, and anna's last is still his only unread.
    auto bram = signIn(server, kBram);
    const QJsonObject conversation = bram->get(QStringLiteral("/api/v1/conversations/") + pair).json();
    CHECK(conversation.value(QStringLiteral("lastPosition")).toInteger() == 107);
    const auto page = bram->get(QStringLiteral("/api/v1/conversations/%1/messages?limit=100").arg(pair)).json();
    CHECK(page.value(QStringLiteral("items")).toArray().size() == 100);
    CHECK(page.value(QStringLiteral("hasMore")).toBool());
    for (const QJsonValue &m : conversation.value(QStringLiteral("members")).toArray()) {
        const QJsonObject member = m.toObject();
        if (member.value(QStringLiteral("userId")).toString() == people.at(1).toObject().value(QStringLiteral("id")).toString())
            CHECK(member.value(QStringLiteral("readPosition")).toInteger() == 106);
    }

    // A manifest token is a working access token: the first big conversation's first member
    // reads it.
    const QJsonObject first = big.at(0).toObject();
    const QString memberId = first.value(QStringLiteral("members")).toArray().at(0).toString();
    QString token;
    for (const QJsonValue &p : people)
        if (p.toObject().value(QStringLiteral("id")).toString() == memberId)
            token = p.toObject().value(QStringLiteral("token")).toString();
    TestHttp http(server.url());
    http.setToken(token);
    const auto got = http.get(QStringLiteral("/api/v1/conversations/") + first.value(QStringLiteral("id")).toString());
    CHECK(got.status == 200);
    CHECK(got.json().value(QStringLiteral("lastPosition")).toInteger() == 50);
    stopAndCheck(server);
}
