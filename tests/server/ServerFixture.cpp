#include "ServerFixture.h"
#include "protocol/Sync.h"
#include "protocol/Uuid.h"

#include <QDir>
#include <QJsonArray>
#include <QSqlQuery>
#include <QUrlQuery>
#include <catch2/catch.hpp>
#include <exception>

namespace plein::test {

bool hasSanitizerReport(const QString &output)
{
    return output.contains(QLatin1String("Sanitizer")) || output.contains(QLatin1String("runtime error:"));
}

void stopAndCheck(ServerProcess &server)
{
    server.stop();
    INFO(server.output().toStdString());
    CHECK_FALSE(hasSanitizerReport(server.output()));
}

void StopAndCheck::operator()(ServerProcess *server) const
{
    // No Catch assertion while a failed REQUIRE is unwinding the stack.
    if (std::uncaught_exceptions() == 0) stopAndCheck(*server);
    delete server;
}

RunningServer startServer(const QStringList &extraArgs)
{
    RunningServer server(new ServerProcess(true, extraArgs));
    const bool started = server->start();
    INFO(server->output().toStdString());
    REQUIRE(started);
    return server;
}

std::unique_ptr<TestHttp> signIn(const ServerProcess &server, const QString &email)
{
    auto http = std::make_unique<TestHttp>(server.url());
    const HttpResult r = http->login(email, kPassword);
    INFO(r.body.toStdString());
    REQUIRE(r.status == 200);
    return http;
}

QString groupIdNamed(TestHttp &anna, const QString &name)
{
    const HttpResult r = anna.get(QStringLiteral("/api/v1/bootstrap"));
    REQUIRE(r.status == 200);
    for (const QJsonValue &g : r.json().value(QStringLiteral("groups")).toArray()) {
        if (g.toObject().value(QStringLiteral("name")).toString() == name)
            return g.toObject().value(QStringLiteral("id")).toString();
    }
    FAIL("no group named " << name.toStdString());
    return {};
}

QJsonObject newPost(const QString &groupId, const QString &body, const QString &id)
{
    return protocol::NewPost{id.isEmpty() ? protocol::newUuidV7() : id, groupId, body}.toJson();
}

QList<protocol::Post> wholeFeed(TestHttp &http, int limit)
{
    QList<protocol::Post> all;
    QString before;
    for (int page = 0; page < 1000; ++page) {
        QString path = QStringLiteral("/api/v1/feed?limit=%1").arg(limit);
        if (!before.isEmpty()) path += QStringLiteral("&before=") + before;
        const HttpResult r = http.get(path);
        INFO(r.body.toStdString());
        REQUIRE(r.status == 200);
        const auto decoded = protocol::FeedPage::fromJson(r.json());
        REQUIRE(decoded.ok());
        REQUIRE(decoded.value().items.size() <= limit);
        all += decoded.value().items;
        if (decoded.value().next.isEmpty()) return all;
        REQUIRE(decoded.value().items.size() == limit);
        REQUIRE(decoded.value().next == decoded.value().items.last().id);
        before = decoded.value().next;
    }
    FAIL("the feed did not end");
    return all;
}

qint64 currentCursor(TestHttp &http)
{
    qint64 cursor = 0;
    for (;;) {
        const HttpResult r = http.get(QStringLiteral("/api/v1/sync?since=%1&limit=1000").arg(cursor));
        REQUIRE(r.status == 200);
        const auto batch = protocol::SyncBatch::fromJson(r.json());
        REQUIRE(batch.ok());
        cursor = batch.value().cursor;
        // Only an empty batch moves the cursor past trailing events the caller cannot see.
        if (batch.value().events.isEmpty()) return cursor;
    }
}

QString errorField(const HttpResult &r)
{
    return r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString();
}

QSqlDatabase openDatabase(const QString &dataDir)
{
    static int connections = 0;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("test-%1").arg(++connections));
    db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("plein.db")));
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    REQUIRE(db.open());
    return db;
}

void closeDatabase(QSqlDatabase &db)
{
    const QString name = db.connectionName();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

} // namespace plein::test
