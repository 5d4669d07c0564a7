#include <catch2/catch.hpp>

#include "net/Backoff.h"

#include <QSet>

using plein::net::Backoff;

TEST_CASE("backoff ceilings double from 0.5 s up to 30 s and reset after success")
{
    Backoff b(500, 30000);
    const int expected[] = {500, 1000, 2000, 4000, 8000, 16000, 30000, 30000};
    for (int ceiling : expected) {
        CHECK(b.ceilingMs() == ceiling);
        const int d = b.nextDelayMs();
        CHECK(d >= 0);
        CHECK(d <= ceiling);
    }
    b.reset();
    CHECK(b.ceilingMs() == 500);
}

TEST_CASE("backoff delays are jittered, not all the same")
{
    Backoff b(1000, 1000);
    QSet<int> seen;
    for (int i = 0; i < 50; ++i) seen.insert(b.nextDelayMs());
    CHECK(seen.size() > 10);
}
