#include <catch2/catch.hpp>

#include "protocol/Uuid.h"

#include <QSet>

using namespace plein::protocol;

TEST_CASE("new ids are valid UUIDv7, unique, and sort by their time")
{
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        const QString id = newUuidV7();
        CHECK(isUuidV7(id));
        seen.insert(id);
    }
    CHECK(seen.size() == 1000);
    CHECK(newUuidV7(1000) < newUuidV7(2000));
    CHECK(newUuidV7(1700000000000).startsWith(QStringLiteral("018bcfe5-6800-7")));
}

TEST_CASE("other strings are not UUIDv7")
{
    CHECK_FALSE(isUuidV7(QString()));
    CHECK_FALSE(isUuidV7(QStringLiteral("not-a-uuid")));
    CHECK_FALSE(isUuidV7(QStringLiteral("3b241101-e2bb-4255-8caf-4136c566a962"))); // v4
    CHECK_FALSE(isUuidV7(QStringLiteral("018bcfe5-6800-7000-0000-000000000000")));  // wrong variant
    CHECK_FALSE(isUuidV7(newUuidV7() + QStringLiteral("0")));
}
