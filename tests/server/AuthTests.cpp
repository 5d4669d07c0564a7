// POST /auth/login, /auth/refresh, /auth/logout and bearer-token checks.
#include "ServerFixture.h"
#include "protocol/Auth.h"

#include <QThread>
#include <catch2/catch.hpp>

using namespace plein::test;
using plein::protocol::Session;

namespace {
QJsonObject credentials(const QString &email, const QString &password)
{
    return {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
}
QJsonObject refreshBody(const QString &token)
{
    return {{QStringLiteral("refreshToken"), token}};
}
} // namespace

TEST_CASE("login answers a Session for the right password", "[server][auth]")
{
    auto server = startServer();
    TestHttp http(server->url());
    const HttpResult r = http.post(QStringLiteral("/api/v1/auth/login"), credentials(kBram, kPassword));
    REQUIRE(r.status == 200);
    const auto session = Session::fromJson(r.json());
    REQUIRE(session.ok());
    CHECK(session.value().user.email == kBram);
    CHECK(session.value().user.name == QStringLiteral("Bram Jansen"));
    CHECK(session.value().user.role == QStringLiteral("member"));
    CHECK(session.value().expiresIn == 900);
    CHECK(session.value().accessToken.size() >= 43);
    CHECK(session.value().refreshToken != session.value().accessToken);

    SECTION("the email is matched case-insensitively")
    {
        CHECK(http.post(QStringLiteral("/api/v1/auth/login"), credentials(QStringLiteral("Bram@Plein.Demo"), kPassword))
                  .status == 200);
    }
}

TEST_CASE("a wrong password and an unknown email get the same 401", "[server][auth]")
{
    auto server = startServer();
    TestHttp http(server->url());
    const HttpResult wrong = http.post(QStringLiteral("/api/v1/auth/login"), credentials(kBram, QStringLiteral("nope")));
    const HttpResult unknown =
        http.post(QStringLiteral("/api/v1/auth/login"), credentials(QStringLiteral("nobody@plein.demo"), kPassword));
    CHECK(wrong.status == 401);
    CHECK(wrong.errorCode() == QStringLiteral("invalid_credentials"));
    CHECK(unknown.status == 401);
    CHECK(unknown.body == wrong.body);
}

TEST_CASE("more than 5 failed logins in a minute lock the account with 429", "[server][auth]")
{
    auto server = startServer();
    TestHttp http(server->url());
    for (int i = 0; i < 6; ++i) {
        const HttpResult r = http.post(QStringLiteral("/api/v1/auth/login"), credentials(kBram, QStringLiteral("guess")));
        INFO("attempt " << i + 1);
        REQUIRE(r.status == 401);
    }
    const HttpResult locked = http.post(QStringLiteral("/api/v1/auth/login"), credentials(kBram, kPassword));
    CHECK(locked.status == 429);
    CHECK(locked.errorCode() == QStringLiteral("rate_limited"));
    bool isNumber = false;
    const int retryAfter = locked.header("Retry-After").toInt(&isNumber);
    CHECK(isNumber);
    CHECK(retryAfter >= 1);
    CHECK(retryAfter <= 60);

    SECTION("other accounts are not affected")
    {
        CHECK(http.post(QStringLiteral("/api/v1/auth/login"), credentials(kAnna, kPassword)).status == 200);
    }
    SECTION("unknown emails are limited the same way")
    {
        const QString ghost = QStringLiteral("ghost@plein.demo");
        for (int i = 0; i < 6; ++i)
            REQUIRE(http.post(QStringLiteral("/api/v1/auth/login"), credentials(ghost, kPassword)).status == 401);
        CHECK(http.post(QStringLiteral("/api/v1/auth/login"), credentials(ghost, kPassword)).status == 429);
    }
}

TEST_CASE("refresh rotates the token pair and refuses the used refresh token", "[server][auth]")
{
    auto server = startServer();
    TestHttp http(server->url());
    const auto first = Session::fromJson(http.login(kBram).json());
    REQUIRE(first.ok());

    const HttpResult r = http.post(QStringLiteral("/api/v1/auth/refresh"), refreshBody(first.value().refreshToken));
    REQUIRE(r.status == 200);
    const auto second = Session::fromJson(r.json());
    REQUIRE(second.ok());
    CHECK(second.value().refreshToken != first.value().refreshToken);
    CHECK(second.value().accessToken != first.value().accessToken);
    CHECK(second.value().user.email == kBram);

    http.setToken(second.value().accessToken);
    CHECK(http.get(QStringLiteral("/api/v1/me")).status == 200);

    const HttpResult reused = http.post(QStringLiteral("/api/v1/auth/refresh"), refreshBody(first.value().refreshToken));
    CHECK(reused.status == 401);
    CHECK(reused.errorCode() == QStringLiteral("unauthorized"));

    CHECK(http.post(QStringLiteral("/api/v1/auth/refresh"), refreshBody(second.value().refreshToken)).status == 200);
    CHECK(http.post(QStringLiteral("/api/v1/auth/refresh"), refreshBody(QStringLiteral("made-up"))).status == 401);
}

TEST_CASE("logout revokes the access token and its refresh token", "[server][auth]")
{
    auto server = startServer();
    TestHttp http(server->url());
    const auto session = Session::fromJson(http.login(kBram).json());
    REQUIRE(session.ok());
    TestHttp other(server->url());
    REQUIRE(other.login(kBram).status == 200);

    const HttpResult out = http.post(QStringLiteral("/api/v1/auth/logout"), {});
    CHECK(out.status == 204);
    CHECK(out.body.isEmpty());
    const HttpResult me = http.get(QStringLiteral("/api/v1/me"));
    CHECK(me.status == 401);
    CHECK(me.errorCode() == QStringLiteral("unauthorized"));
    CHECK(http.post(QStringLiteral("/api/v1/auth/refresh"), refreshBody(session.value().refreshToken)).status == 401);

    // Only that session ends: another sign-in of the same person keeps working.
    CHECK(other.get(QStringLiteral("/api/v1/me")).status == 200);
}

TEST_CASE("an expired access token gets 401 while its refresh token still works", "[server][auth]")
{
    auto server = startServer({QStringLiteral("--access-token-ttl"), QStringLiteral("1")});
    TestHttp http(server->url());
    const auto session = Session::fromJson(http.login(kBram).json());
    REQUIRE(session.ok());
    CHECK(session.value().expiresIn == 1);
    CHECK(http.get(QStringLiteral("/api/v1/me")).status == 200);

    QThread::msleep(1300);
    const HttpResult expired = http.get(QStringLiteral("/api/v1/me"));
    CHECK(expired.status == 401);
    CHECK(expired.errorCode() == QStringLiteral("unauthorized"));

    const HttpResult renewed = http.post(QStringLiteral("/api/v1/auth/refresh"), refreshBody(session.value().refreshToken));
    REQUIRE(renewed.status == 200);
    http.setToken(renewed.json().value(QStringLiteral("accessToken")).toString());
    CHECK(http.get(QStringLiteral("/api/v1/me")).status == 200);
}

TEST_CASE("routes other than login and refresh need a bearer token", "[server][auth]")
{
    auto server = startServer();
    TestHttp http(server->url());
    for (const char *path : {"/api/v1/me", "/api/v1/bootstrap", "/api/v1/feed", "/api/v1/sync?since=0"}) {
        INFO(path);
        const HttpResult r = http.get(QString::fromLatin1(path));
        CHECK(r.status == 401);
        CHECK(r.errorCode() == QStringLiteral("unauthorized"));
    }
    CHECK(http.post(QStringLiteral("/api/v1/posts"), newPost({}, QStringLiteral("hoi"))).status == 401);
    CHECK(http.post(QStringLiteral("/api/v1/auth/logout"), {}).status == 401);
    http.setToken(QStringLiteral("not-a-token"));
    CHECK(http.get(QStringLiteral("/api/v1/me")).status == 401);
}

TEST_CASE("login validates its body", "[server][auth]")
{
    auto server = startServer();
    TestHttp http(server->url());
    const HttpResult missing = http.post(QStringLiteral("/api/v1/auth/login"), {{QStringLiteral("email"), kBram}});
    CHECK(missing.status == 422);
    CHECK(missing.errorCode() == QStringLiteral("validation_failed"));
    CHECK(errorField(missing) == QStringLiteral("password"));
    CHECK(http.postRaw(QStringLiteral("/api/v1/auth/login"), "{\"email\":").status == 400);
    CHECK(http.post(QStringLiteral("/api/v1/auth/refresh"), {}).status == 422);
}
