// The account's secrets in a real keychain (gnome-keyring over D-Bus): stored at sign-in,
// read back at restore, removed with the cache file at sign-out.
#include <catch2/catch.hpp>

#include "ServerProcess.h"
#include "TestClient.h"
#include "TestHttp.h"
#include "Wait.h"
#include "account/TokenVault.h"
#include "store/DirectoryStore.h"
#include "store/PostStore.h"

#include <QFile>

using namespace plein;
using namespace plein::test;

TEST_CASE("tokens round-trip through the system keychain")
{
    account::TokenVault vault(QStringLiteral("Plein-test"));
    const QString key = QStringLiteral("roundtrip-%1").arg(QCoreApplication::applicationPid());
    const auto written = QCoro::waitFor(vault.write(key, {QStringLiteral("access-1"), QStringLiteral("refresh-1")}));
    INFO(written.error.toStdString());
    REQUIRE(written.ok);
    const auto read = QCoro::waitFor(vault.read(key));
    REQUIRE(read.ok);
    CHECK(read.tokens.access == QStringLiteral("access-1"));
    CHECK(read.tokens.refresh == QStringLiteral("refresh-1"));
    REQUIRE(QCoro::waitFor(vault.remove(key)).ok);
    const auto gone = QCoro::waitFor(vault.read(key));
    CHECK_FALSE(gone.ok);
    CHECK(gone.notFound);
}

TEST_CASE("sign-in stores the token in the keychain; sign-out removes it and the cache file")
{
    ServerProcess server;
    REQUIRE(server.start());
    TestClient client;
    REQUIRE(client.signIn(server.url(), QStringLiteral("bram@plein.demo")));
    const QString key = client.account().key();
    const QString cache = client.account().cachePath();
    CHECK(QFile::exists(cache));

    account::TokenVault vault;
    const auto stored = QCoro::waitFor(vault.read(key));
    REQUIRE(stored.ok);
    CHECK(stored.tokens.access == client.account().api()->accessToken());
    CHECK_FALSE(stored.tokens.refresh.isEmpty());

    QCoro::waitFor(client.account().signOut());
    CHECK_FALSE(client.account().isSignedIn());
    CHECK_FALSE(QFile::exists(cache));
    CHECK_FALSE(QFile::exists(cache + QStringLiteral("-wal")));
    const auto after = QCoro::waitFor(vault.read(key));
    CHECK(after.notFound);
    // The server no longer accepts the old token either.
    TestHttp http(server.url());
    http.setToken(stored.tokens.access);
    CHECK(http.get(QStringLiteral("/api/v1/me")).status == 401);
}

TEST_CASE("reopening shows the cached feed at once, also with the server stopped")
{
    ServerProcess server;
    REQUIRE(server.start());
    QString firstBody;
    QTemporaryDir shared;
    const account::AccountPaths paths{shared.filePath(QStringLiteral("accounts.ini")), shared.path()};
    {
        account::Account first(paths, TestClient::fastOptions());
        const auto r = QCoro::waitFor(first.signIn(server.url().toString(), QStringLiteral("bram@plein.demo"), QStringLiteral("demo-password")));
        REQUIRE(r.error == account::Account::SignInError::None);
        REQUIRE(waitUntil([&] { return first.sync()->isBootstrapped(); }, 10000));
        models::FeedModel feed(first.store());
        REQUIRE(feed.rowCount() > 0);
        firstBody = feed.data(feed.index(0), models::FeedModel::BodyRole).toString();
    }
    server.stop();

    account::Account again(paths, TestClient::fastOptions());
    auto restore = again.restore();
    // The cache is open before the keychain or the network answer.
    REQUIRE(waitUntil([&] { return again.isSignedIn(); }, 5000));
    models::FeedModel feed(again.store());
    REQUIRE(feed.rowCount() > 0);
    CHECK(feed.data(feed.index(0), models::FeedModel::BodyRole).toString() == firstBody);
    CHECK(QCoro::waitFor(restore));
    CHECK(waitUntil([&] { return again.sync()->isOffline(); }, 5000));
}

TEST_CASE("sign-in errors say what went wrong")
{
    ServerProcess server;
    REQUIRE(server.start());
    TestClient client;
    auto &account = client.account();
    using E = account::Account::SignInError;
    CHECK(QCoro::waitFor(account.signIn(server.url().toString(), QStringLiteral("bram@plein.demo"), QStringLiteral("wrong"))).error == E::WrongCredentials);
    CHECK(QCoro::waitFor(account.signIn(QStringLiteral("http://127.0.0.1:1"), QStringLiteral("bram@plein.demo"), QStringLiteral("x"))).error == E::Unreachable);
    CHECK(QCoro::waitFor(account.signIn(QStringLiteral("http://plein.example.org"), QStringLiteral("bram@plein.demo"), QStringLiteral("x"))).error == E::InsecureAddress);
    CHECK(QCoro::waitFor(account.signIn(QStringLiteral("::::"), QStringLiteral("bram@plein.demo"), QStringLiteral("x"))).error == E::InvalidAddress);
    CHECK_FALSE(account.isSignedIn());
}

TEST_CASE("an expired access token is refreshed once; the post goes through and the keychain follows")
{
    ServerProcess server(true, {QStringLiteral("--access-token-ttl"), QStringLiteral("1")});
    REQUIRE(server.start());
    TestClient client;
    REQUIRE(client.signIn(server.url(), QStringLiteral("bram@plein.demo")));
    const QString firstToken = client.account().api()->accessToken();
    const auto groups = store::directory::myGroups(client.account().store()->reader());
    REQUIRE_FALSE(groups.isEmpty());

    waitUntil([] { return false; }, 2200); // the access token has expired now
    const QString id = client.post(QStringLiteral("Nog steeds ingelogd"), groups.first().id);
    REQUIRE(waitUntil([&] { return !client.isPending(id); }, 10000));
    CHECK(client.account().isSignedIn());
    const QString refreshed = client.account().api()->accessToken();
    CHECK(refreshed != firstToken);
    REQUIRE(waitUntil([&] {
        return QCoro::waitFor(account::TokenVault().read(client.account().key())).tokens.access == client.account().api()->accessToken();
    }, 5000));
}
