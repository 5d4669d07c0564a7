// The app as a person uses it: the real QML offscreen, a real plein-server, driven by
// objectName. Also renders the screenshots reviewers look at.
#include "AppUnderTest.h"
#include "ServerProcess.h"
#include "SignInMessages.h"
#include "TestHttp.h"
#include "Wait.h"
#include "protocol/Uuid.h"

#include <QJsonArray>
#include <QElapsedTimer>
#include <catch2/catch.hpp>

using namespace plein;
using namespace plein::test;

namespace {
const QString kBram = QStringLiteral("bram@plein.demo");
const QString kAnna = QStringLiteral("anna@plein.demo");
const QString kPassword = QStringLiteral("demo-password");

void signInThroughForm(AppUnderTest &app, const QString &email, const QString &password)
{
    REQUIRE(app.isShown(QStringLiteral("loginButton")));
    app.item(QStringLiteral("loginEmail"))->setProperty("text", QString());
    app.type(QStringLiteral("loginEmail"), email);
    app.item(QStringLiteral("loginPassword"))->setProperty("text", QString());
    app.type(QStringLiteral("loginPassword"), password);
    // Enter in the password field signs in, as on a desktop.
    app.press(Qt::Key_Return);
}

QJsonObject firstFeedItemFor(const ServerProcess &server, const QString &email)
{
    TestHttp http(server.url());
    REQUIRE(http.login(email, kPassword).status == 200);
    const HttpResult feed = http.get(QStringLiteral("/api/v1/feed"));
    REQUIRE(feed.status == 200);
    const QJsonArray items = feed.json().value(QStringLiteral("items")).toArray();
    REQUIRE(!items.isEmpty());
    return items.first().toObject();
}

bool rowIsPending(AppUnderTest &app, int row)
{
    auto *feed = app.session().feed();
    return feed && feed->rowCount() > row && feed->data(feed->index(row), models::FeedModel::PendingRole).toBool();
}
} // namespace

TEST_CASE("wrong password says so under the form", "[ui]")
{
    ServerProcess server;
    REQUIRE(server.start());
    AppUnderTest app({server.url().toString(), {}, {}});
    REQUIRE(app.shoot(QStringLiteral("login")));

    signInThroughForm(app, kBram, QStringLiteral("not-the-password"));
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("loginError")); }, 10000));
    const QString expected = app::signInMessage({account::Account::SignInError::WrongCredentials, {}, 0});
    CHECK(app.text(QStringLiteral("loginError")) == expected);
    CHECK_FALSE(app.session().isSignedIn());
    // The form keeps what was typed, so fixing the password is one field away.
    CHECK(app.text(QStringLiteral("loginEmail")) == kBram);
    REQUIRE(app.shoot(QStringLiteral("login-error")));
}

TEST_CASE("unreachable server says so", "[ui]")
{
    AppUnderTest app({QStringLiteral("http://127.0.0.1:9"), {}, {}});
    signInThroughForm(app, kBram, kPassword);
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("loginError")); }, 15000));
    CHECK(app.text(QStringLiteral("loginError")) == app::signInMessage({account::Account::SignInError::Unreachable, {}, 0}));
}

TEST_CASE("sign in, read, post, see others live, go offline", "[ui]")
{
    ServerProcess server;
    REQUIRE(server.start());
    AppUnderTest app({server.url().toString(), {}, {}});

    signInThroughForm(app, kBram, kPassword);
    REQUIRE(waitUntil([&] { return app.session().isSignedIn() && app.feedRow(0) != nullptr; }, 15000));


    {
        const QJsonObject first = firstFeedItemFor(server, kBram);
        REQUIRE(waitUntil([&] { return !app.feedText(0, QStringLiteral("postBody")).isEmpty(); }, 5000));
        CHECK(app.feedText(0, QStringLiteral("postAuthor")) == first.value(QStringLiteral("authorName")).toString());
        CHECK(app.feedText(0, QStringLiteral("postBody")) == first.value(QStringLiteral("body")).toString());
        CHECK_FALSE(app.isShown(QStringLiteral("offlineBanner")));
        REQUIRE(app.shoot(QStringLiteral("feed")));
    }

    // Other destinations say they are coming, and the Me page knows who this is.
    app.click(QStringLiteral("navGroups"));
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("comingSoonGroups")); }, 2000));
    REQUIRE(app.shoot(QStringLiteral("coming-soon")));
    app.setPage(QStringLiteral("me"));
    REQUIRE(app.isShown(QStringLiteral("meName")));
    CHECK(app.text(QStringLiteral("meName")) == app.session().myName());
    CHECK(app.text(QStringLiteral("meRole")) == QStringLiteral("Member"));
    REQUIRE(app.shoot(QStringLiteral("me")));
    app.click(QStringLiteral("navFeed"));
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("feedList")); }, 2000));

    // Writing a post: at the top at once, marked pending, then confirmed by the server.
    {
        const QString text = QStringLiteral("Hallo vanuit de UI-test");
        bool seenPending = false;
        auto *feed = app.session().feed();
        QObject::connect(feed, &QAbstractItemModel::rowsInserted, feed, [&](const QModelIndex &, int firstRow, int) {
            if (feed->data(feed->index(firstRow), models::FeedModel::BodyRole).toString() == text)
                seenPending = feed->data(feed->index(firstRow), models::FeedModel::PendingRole).toBool();
        });
        app.type(QStringLiteral("composerText"), text);
        app.click(QStringLiteral("composerPost"));
        REQUIRE(waitUntil([&] { return app.feedText(0, QStringLiteral("postBody")) == text; }, 3000));
        CHECK(seenPending);
        REQUIRE(waitUntil([&] { return !rowIsPending(app, 0); }, 5000));
        REQUIRE(waitUntil([&] { return app.item(QStringLiteral("postPending"), app.feedRow(0)) == nullptr; }, 2000));
        CHECK(app.text(QStringLiteral("composerText")).isEmpty());
        CHECK(app.feedText(0, QStringLiteral("postAuthor")) == app.session().myName());
    }

    // Someone else posts: it shows up without refreshing, within a second.
    {
        TestHttp anna(server.url());
        REQUIRE(anna.login(kAnna, kPassword).status == 200);
        const QString text = QStringLiteral("Goedemorgen allemaal, de koffie staat klaar.");
        const HttpResult created = anna.post(QStringLiteral("/api/v1/posts"),
                                             {{QStringLiteral("id"), protocol::newUuidV7()}, {QStringLiteral("body"), text}});
        REQUIRE(created.status == 201);
        QElapsedTimer clock;
        clock.start();
        REQUIRE(waitUntil([&] { return app.feedText(0, QStringLiteral("postBody")) == text; }, 1000));
        INFO("appeared after " << clock.elapsed() << " ms");
        CHECK(app.feedText(0, QStringLiteral("postAuthor")) == QStringLiteral("Anna de Vries"));
    }

    // The server goes away: a quiet banner, the saved posts stay.
    server.stop();
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("offlineBanner")); }, 15000));
    CHECK(app.feedRow(0) != nullptr);
    REQUIRE(app.shoot(QStringLiteral("feed-offline")));

    // Writing while offline: the post waits, marked, and goes out when the server is back.
    {
        const QString text = QStringLiteral("Geschreven in de trein, zonder verbinding.");
        app.type(QStringLiteral("composerText"), text);
        app.click(QStringLiteral("composerPost"));
        REQUIRE(waitUntil([&] { return app.feedText(0, QStringLiteral("postBody")) == text; }, 3000));
        REQUIRE(waitUntil([&] { return app.item(QStringLiteral("postPending"), app.feedRow(0)) != nullptr; }, 2000));
        CHECK(app.text(QStringLiteral("composerText")).isEmpty());
        REQUIRE(app.shoot(QStringLiteral("feed-offline-pending")));

        REQUIRE(server.start());
        REQUIRE(waitUntil([&] { return !rowIsPending(app, 0) && !app.isShown(QStringLiteral("offlineBanner")); }, 20000));
        REQUIRE(waitUntil([&] { return app.item(QStringLiteral("postPending"), app.feedRow(0)) == nullptr; }, 2000));
    }
}

TEST_CASE("a saved account opens on its cached feed, also with the server down", "[ui]")
{
    ServerProcess server;
    REQUIRE(server.start());
    QTemporaryDir home;
    QString firstBody;
    {
        AppUnderTest app({server.url().toString(), {}, {}}, home.path());
        signInThroughForm(app, kBram, kPassword);
        REQUIRE(waitUntil([&] { return !app.feedText(0, QStringLiteral("postBody")).isEmpty(); }, 15000));
        firstBody = app.feedText(0, QStringLiteral("postBody"));
    }
    server.stop();
    AppUnderTest app({}, home.path());
    REQUIRE(app.session().isSignedIn());
    REQUIRE(waitUntil([&] { return app.feedText(0, QStringLiteral("postBody")) == firstBody; }, 3000));
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("offlineBanner")); }, 15000));
}
