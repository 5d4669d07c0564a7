#include <catch2/catch.hpp>

#include "net/ServerAddress.h"

using namespace plein::net;

TEST_CASE("a typed host becomes an https base URL")
{
    QString why;
    CHECK(normalizeServerUrl(QStringLiteral(" plein.example.org "), &why) == QUrl(QStringLiteral("https://plein.example.org")));
    CHECK(normalizeServerUrl(QStringLiteral("https://plein.example.org/some/path?q=1")) == QUrl(QStringLiteral("https://plein.example.org")));
}

TEST_CASE("plain http is allowed only to this machine")
{
    QString why;
    CHECK(normalizeServerUrl(QStringLiteral("http://127.0.0.1:8088"), &why).isValid());
    CHECK(normalizeServerUrl(QStringLiteral("http://localhost:8088"), &why).isValid());
    CHECK_FALSE(normalizeServerUrl(QStringLiteral("http://plein.example.org"), &why).isValid());
    CHECK(why == QStringLiteral("insecure"));
}

TEST_CASE("nonsense is not a server address")
{
    QString why;
    CHECK_FALSE(normalizeServerUrl(QString(), &why).isValid());
    CHECK_FALSE(normalizeServerUrl(QStringLiteral("ftp://files.example.org"), &why).isValid());
    CHECK(why == QStringLiteral("invalid"));
    CHECK_FALSE(normalizeServerUrl(QStringLiteral("https://"), &why).isValid());
}
