// The app as a person uses it: the real QML offscreen, a real plein-server, driven by
// objectName. Also renders the screenshots reviewers look at.
#include "AppUnderTest.h"
#include "ServerProcess.h"
#include "SignInMessages.h"
#include "TestHttp.h"
#include "Wait.h"
#include "WindowShots.h"
#include "Markdown.h"
#include "protocol/Uuid.h"

#include <QImage>
#include <QTest>
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

// Signs in through the form and waits for the feed's first row.
void signInToFeed(AppUnderTest &app, const QString &email)
{
    signInThroughForm(app, email, kPassword);
    REQUIRE(waitUntil([&] { return app.session().isSignedIn() && app.feedRow(0) != nullptr; }, 15000));
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

    signInToFeed(app, kBram);


    {
        const QJsonObject first = firstFeedItemFor(server, kBram);
        REQUIRE(waitUntil([&] { return !app.feedText(0, QStringLiteral("postBody")).isEmpty(); }, 5000));
        CHECK(app.feedText(0, QStringLiteral("postAuthor")) == first.value(QStringLiteral("authorName")).toString());
        CHECK(app.feedText(0, QStringLiteral("postBody")) == first.value(QStringLiteral("body")).toString());
        CHECK_FALSE(app.isShown(QStringLiteral("offlineBanner")));
        REQUIRE(app.shoot(QStringLiteral("feed")));
    }

    // People says it is coming, and the Me page knows who this is.
    app.setPage(QStringLiteral("people"));
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("comingSoonPeople")); }, 2000));
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

TEST_CASE("the composer's group picker chooses by mouse and by keyboard, and Tab and Space post", "[ui]")
{
    ServerProcess server;
    REQUIRE(server.start());
    AppUnderTest app({server.url().toString(), {}, {}});
    signInToFeed(app, kBram);
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("composerGroup")); }, 5000));
    QQuickItem *picker = app.item(QStringLiteral("composerGroup"));
    const QVariantList groups = picker->property("groups").toList();
    REQUIRE(groups.size() >= 3);
    auto groupName = [&](int i) { return groups.at(i).toMap().value(QStringLiteral("name")).toString(); };
    CHECK(picker->property("displayText").toString() == groupName(0));

    // Hovering an icon button names it after a moment, and the name goes with the pointer.
    {
        app.window()->resize(app::kDesktopSize);
        app::settle(400);
        QQuickItem *bold = app.item(QStringLiteral("composerBold"));
        REQUIRE(bold);
        QTest::mouseMove(app.window(), bold->mapToScene(QPointF(bold->width() / 2, bold->height() / 2)).toPoint());
        REQUIRE(waitUntil([&] {
            QQuickItem *tip = app.item(QStringLiteral("hoverTip"));
            return tip && tip->isVisible();
        }, 3000));
        CHECK(app.text(QStringLiteral("hoverTip")) == QStringLiteral("Bold"));
        REQUIRE(app::saveWindowShot(app.window(), app::kDesktopSize, AppUnderTest::shotsDir() + QStringLiteral("/composer-tooltip-desktop.png")));
        QTest::mouseMove(app.window(), QPoint(5, app.window()->height() - 5));
        REQUIRE(waitUntil([&] {
            QQuickItem *tip = app.item(QStringLiteral("hoverTip"));
            return !tip || !tip->isVisible();
        }, 2000));
    }

    // A click opens the list; a click on a group chooses it and closes the list.
    app.click(QStringLiteral("composerGroup"));
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("composerGroupOption1")); }, 2000));
    REQUIRE(app.shoot(QStringLiteral("composer-group-picker")));
    app.click(QStringLiteral("composerGroupOption1"));
    CHECK(picker->property("displayText").toString() == groupName(1));
    REQUIRE(waitUntil([&] { return !app.isShown(QStringLiteral("composerGroupOption1")); }, 2000));

    // From the text, Tab reaches the picker (with its focus ring), where Down chooses the next
    // group without opening the list; Tab again reaches Post, and Space posts.
    const QString text = QStringLiteral("Voor de tweede groep, met het toetsenbord.");
    app.type(QStringLiteral("composerText"), text);
    app.press(Qt::Key_Tab);
    REQUIRE(picker->hasActiveFocus());
    CHECK(picker->property("visualFocus").toBool());
    app.press(Qt::Key_Down);
    CHECK(picker->property("displayText").toString() == groupName(2));
    app.press(Qt::Key_Up);
    app.press(Qt::Key_Down);
    CHECK(picker->property("displayText").toString() == groupName(2));
    app.press(Qt::Key_Tab);
    REQUIRE(app.item(QStringLiteral("composerPost"))->hasActiveFocus());
    app.press(Qt::Key_Space);
    auto *feed = app.session().feed();
    REQUIRE(waitUntil([&] {
        return feed->rowCount() > 0 && feed->data(feed->index(0), models::FeedModel::BodyRole).toString() == text;
    }, 3000));
    CHECK(feed->data(feed->index(0), models::FeedModel::GroupRole).toString() == groupName(2));
    CHECK(feed->data(feed->index(0), models::FeedModel::GroupIdRole).toString()
          == groups.at(2).toMap().value(QStringLiteral("id")).toString());
}

TEST_CASE("a community manager posts an announcement with the composer's switch", "[ui]")
{
    ServerProcess server;
    REQUIRE(server.start());
    AppUnderTest app({server.url().toString(), {}, {}});
    signInToFeed(app, kAnna);

    // Only those who may announce see the switch; it starts off.
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("composerAnnouncement")); }, 5000));
    QQuickItem *announce = app.item(QStringLiteral("composerAnnouncement"));
    CHECK_FALSE(announce->property("checked").toBool());
    app.click(QStringLiteral("composerAnnouncement"));
    CHECK(announce->property("checked").toBool());
    const QString text = QStringLiteral("Vrijdag is het kantoor om 15:00 dicht.");
    app.type(QStringLiteral("composerText"), text);
    REQUIRE(app.shoot(QStringLiteral("composer-announcement")));
    app.click(QStringLiteral("composerPost"));

    // In the feed at once as an announcement, kept by the server as one, and the switch is off
    // again for the next post.
    auto *feed = app.session().feed();
    REQUIRE(waitUntil([&] {
        return feed->rowCount() > 0 && feed->data(feed->index(0), models::FeedModel::BodyRole).toString() == text;
    }, 3000));
    CHECK(feed->data(feed->index(0), models::FeedModel::AnnouncementRole).toBool());
    REQUIRE(waitUntil([&] { return !announce->property("checked").toBool(); }, 3000));
    TestHttp http(server.url());
    REQUIRE(http.login(kBram, kPassword).status == 200);
    REQUIRE(waitUntil([&] {
        for (const auto &item : http.get(QStringLiteral("/api/v1/feed")).json().value(QStringLiteral("items")).toArray()) {
            const QJsonObject post = item.toObject();
            if (post.value(QStringLiteral("body")).toString() == text) return post.value(QStringLiteral("announcement")).toBool();
        }
        return false;
    }, 8000));
}

TEST_CASE("post text is a safe Markdown subset", "[ui]")
{
    using app::Markdown;
    CHECK(Markdown::render(QStringLiteral("**vet** en *schuin*")) == QStringLiteral("<b>vet</b> en <i>schuin</i>"));
    CHECK(Markdown::render(QStringLiteral("<b>html</b> & co")) == QStringLiteral("&lt;b&gt;html&lt;/b&gt; &amp; co"));
    CHECK(Markdown::render(QStringLiteral("[site](https://plein.example)")) == QStringLiteral("<a href=\"https://plein.example\">site</a>"));
    CHECK(Markdown::render(QStringLiteral("[klik](javascript:alert(1))")) == QStringLiteral("klik"));
    CHECK(Markdown::render(QStringLiteral("[@Anna](plein:user/42) kijk")) == QStringLiteral("<a href=\"plein:user/42\"><b>@Anna</b></a> kijk"));
    CHECK(Markdown::render(QStringLiteral("Lijst:\n- een\n- twee\n\n1. eerst")) ==
          QStringLiteral("Lijst:<ul><li>een</li><li>twee</li></ul><ol><li>eerst</li></ol>"));
    CHECK(Markdown::render(QStringLiteral("snake_case_name en 2 * 3 * 4")) == QStringLiteral("snake_case_name en 2 * 3 * 4"));
    CHECK(Markdown::render(QStringLiteral("een\n\ntwee\n- x\n\nna")) == QStringLiteral("een<br><br>twee<ul><li>x</li></ul>na"));
    CHECK(Markdown::plain(QStringLiteral("**vet** [site](https://x.nl)\n- een")) == QStringLiteral("vet site\n\n\u2022 een"));
}

TEST_CASE("groups, a group's page, a post with comments, the composer with an attachment", "[ui]")
{
    ServerProcess server;
    REQUIRE(server.start());
    AppUnderTest app({server.url().toString(), {}, {}});
    signInThroughForm(app, kBram, kPassword);
    REQUIRE(waitUntil([&] { return app.session().isSignedIn() && !app.feedText(0, QStringLiteral("postBody")).isEmpty(); }, 15000));

    // Bram has two unread announcements: pinned above the feed until he marks them read.
    {
        REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("announcementBanner")); }, 5000));
        auto *pinned = app.session().pinned();
        REQUIRE(pinned);
        CHECK(pinned->rowCount() == 2);
        CHECK(app.text(QStringLiteral("announcementTitle")).startsWith(QStringLiteral("Announcement from ")));
        CHECK(!app.text(QStringLiteral("announcementBody")).isEmpty());
        REQUIRE(app.shoot(QStringLiteral("announcements")));
        app.click(QStringLiteral("announcementRead"));
        REQUIRE(waitUntil([&] { return pinned->rowCount() == 1; }, 5000));
    }

    // Bram's groups as the server has them, in the list's order (by name).
    TestHttp http(server.url());
    REQUIRE(http.login(kBram, kPassword).status == 200);
    const HttpResult boot = http.get(QStringLiteral("/api/v1/bootstrap"));
    REQUIRE(boot.status == 200);
    QList<QJsonObject> groups;
    for (const auto &g : boot.json().value(QStringLiteral("groups")).toArray()) groups.append(g.toObject());
    REQUIRE(!groups.isEmpty());
    std::sort(groups.begin(), groups.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("name")).toString().compare(b.value(QStringLiteral("name")).toString(), Qt::CaseInsensitive) < 0;
    });

    // My groups: name, kind, visibility and member count on each row.
    app.click(QStringLiteral("navGroups"));
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("groupRow0")); }, 3000));
    for (int i = 0; i < int(groups.size()); ++i) {
        QQuickItem *row = app.item(QStringLiteral("groupRow%1").arg(i));
        REQUIRE(row);
        const QJsonObject &g = groups.at(i);
        CHECK(app.text(QStringLiteral("groupName"), row) == g.value(QStringLiteral("name")).toString());
        const QString meta = app.text(QStringLiteral("groupMeta"), row);
        const qint64 members = g.value(QStringLiteral("memberCount")).toInteger();
        CHECK(meta.contains(members == 1 ? QStringLiteral("1 member") : QStringLiteral("%1 members").arg(members)));
        const QString state = app.text(QStringLiteral("groupState"), row);
        CHECK((state == QStringLiteral("Member") || state == QStringLiteral("Admin")));
    }
    CHECK(app.text(QStringLiteral("groupsEmptyText")).isEmpty());
    REQUIRE(app.shoot(QStringLiteral("groups-mine")));

    // Search narrows the list.
    const QString wanted = groups.last().value(QStringLiteral("name")).toString();
    app.type(QStringLiteral("groupsSearch"), wanted.left(5));
    REQUIRE(waitUntil([&] { return app.text(QStringLiteral("groupName"), app.item(QStringLiteral("groupRow0"))) == wanted; }, 2000));
    app.item(QStringLiteral("groupsSearch"))->setProperty("text", QString());

    // Discover: what the server lists for Bram, or a friendly empty state when it lists nothing.
    {
        const HttpResult discover = http.get(QStringLiteral("/api/v1/groups?scope=discover"));
        const QJsonArray others = discover.status == 200 ? discover.json().value(QStringLiteral("items")).toArray() : QJsonArray();
        app.click(QStringLiteral("groupsDiscover"));
        if (others.isEmpty()) {
            REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("groupsEmpty")); }, 5000));
            CHECK(app.text(QStringLiteral("groupsEmptyText")) == QStringLiteral("No other groups to discover right now."));
        } else {
            REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("groupAction")); }, 5000));
        }
        REQUIRE(app.shoot(QStringLiteral("groups-discover")));
    }
    app.click(QStringLiteral("groupsMine"));
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("groupRow0")); }, 2000));

    // The "New group" dialog explains each visibility.
    app.click(QStringLiteral("groupsNew"));
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("newGroupName")); }, 2000));
    app.type(QStringLiteral("newGroupName"), QStringLiteral("Moestuin"));
    REQUIRE(app.shoot(QStringLiteral("group-new")));
    app.press(Qt::Key_Escape);
    REQUIRE(waitUntil([&] { return !app.isShown(QStringLiteral("newGroupName")); }, 2000));

    // A group's page: its name, visibility and members, and that I am in it.
    app.click(QStringLiteral("groupRow0"));
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("groupPageName")); }, 2000));
    const QJsonObject &first = groups.first();
    CHECK(app.text(QStringLiteral("groupPageName")) == first.value(QStringLiteral("name")).toString());
    CHECK(app.text(QStringLiteral("groupPageDescription")) == first.value(QStringLiteral("description")).toString());
    CHECK(app.text(QStringLiteral("groupPageMeta")).contains(QStringLiteral("members")));
    CHECK(app.text(QStringLiteral("groupMembership")).startsWith(QStringLiteral("You are")));
    REQUIRE(app.shoot(QStringLiteral("group-page")));

    // A group Bram administers: its members, from the server.
    {
        int ict = -1;
        for (int i = 0; i < int(groups.size()); ++i)
            if (groups.at(i).value(QStringLiteral("name")).toString() == QStringLiteral("ICT")) ict = i;
        REQUIRE(ict >= 0);
        const QString ictId = groups.at(ict).value(QStringLiteral("id")).toString();
        app.click(QStringLiteral("groupRow%1").arg(ict));
        REQUIRE(waitUntil([&] { return app.text(QStringLiteral("groupPageName")) == QStringLiteral("ICT"); }, 2000));
        CHECK(app.text(QStringLiteral("groupMembership")) == QStringLiteral("You are an admin"));
        const HttpResult members = http.get(QStringLiteral("/api/v1/groups/%1/members").arg(ictId));
        REQUIRE(members.status == 200);
        const QJsonArray items = members.json().value(QStringLiteral("items")).toArray();
        REQUIRE(!items.isEmpty());
        app.click(QStringLiteral("groupSection1"));
        REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("groupMember")); }, 5000));
        CHECK(app.text(QStringLiteral("personName"), app.item(QStringLiteral("groupMember")))
              == items.first().toObject().value(QStringLiteral("name")).toString());
        REQUIRE(app.shoot(QStringLiteral("group-members")));
        app.setScheme(QStringLiteral("dark"));
        REQUIRE(app.shoot(QStringLiteral("group-members-dark")));
        app.setScheme(QStringLiteral("system"));
        // Removing someone asks first; cancelling keeps them.
        app.click(QStringLiteral("groupMemberRemove"));
        REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("memberRemoveText")); }, 2000));
        CHECK(app.text(QStringLiteral("memberRemoveText")).startsWith(QStringLiteral("Remove ")));
        REQUIRE(app.shoot(QStringLiteral("group-member-remove")));
        app.click(QStringLiteral("memberRemoveCancel"));
        REQUIRE(waitUntil([&] { return !app.isShown(QStringLiteral("memberRemoveText")); }, 2000));
        app.click(QStringLiteral("groupSection0"));
    }

    // Joining a public group from Discover reaches the server, and the group is then mine.
    {
        const HttpResult discover = http.get(QStringLiteral("/api/v1/groups?scope=discover"));
        REQUIRE(discover.status == 200);
        if (!discover.json().value(QStringLiteral("items")).toArray().isEmpty()) {
            app.click(QStringLiteral("groupsDiscover"));
            REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("groupAction")); }, 5000));
            QQuickItem *action = app.item(QStringLiteral("groupAction"));
            REQUIRE(action->property("text").toString() == QStringLiteral("Join"));
            QString joined;
            for (QQuickItem *p = action; p && joined.isEmpty(); p = p->parentItem())
                if (p->objectName().startsWith(QStringLiteral("groupRow"))) joined = app.text(QStringLiteral("groupName"), p);
            REQUIRE(!joined.isEmpty());
            app.click(QStringLiteral("groupAction"));
            auto isMine = [&] {
                const HttpResult mine = http.get(QStringLiteral("/api/v1/groups?scope=mine"));
                for (const auto &g : mine.json().value(QStringLiteral("items")).toArray())
                    if (g.toObject().value(QStringLiteral("name")).toString() == joined) return true;
                return false;
            };
            REQUIRE(waitUntil(isMine, 8000));
            // A private group I am not in: what it is about, no content, and a request to join
            // that waits for its admins.
            bool found = false;
            for (int i = 0; i < 10 && !found; ++i) {
                QQuickItem *row = app.item(QStringLiteral("groupRow%1").arg(i));
                if (row && app.text(QStringLiteral("groupName"), row) == QStringLiteral("Klimaat en milieu")) {
                    found = true;
                    app.click(QStringLiteral("groupRow%1").arg(i));
                }
            }
            REQUIRE(found);
            REQUIRE(waitUntil([&] { return app.text(QStringLiteral("groupPageName")) == QStringLiteral("Klimaat en milieu"); }, 3000));
            CHECK(app.isShown(QStringLiteral("groupHiddenContent")));
            CHECK_FALSE(app.isShown(QStringLiteral("groupSections")));
            CHECK(app.text(QStringLiteral("groupJoin")) == QStringLiteral("Request to join"));
            REQUIRE(app.shoot(QStringLiteral("group-private")));
            app.click(QStringLiteral("groupJoin"));
            REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("groupRequested")); }, 8000));
            CHECK(app.text(QStringLiteral("groupRequested")) == QStringLiteral("Request sent; a group admin decides"));

            app.click(QStringLiteral("groupsMine"));
            bool listed = false;
            REQUIRE(waitUntil([&] {
                for (int i = 0; i < 10 && !listed; ++i) {
                    QQuickItem *row = app.item(QStringLiteral("groupRow%1").arg(i));
                    listed = row && app.text(QStringLiteral("groupName"), row) == joined;
                }
                return listed;
            }, 5000));
        }
    }

    // A post with its comments, opened from the feed's comment count: the server's comments,
    // oldest first.
    app.click(QStringLiteral("navFeed"));
    REQUIRE(waitUntil([&] { return app.feedRow(0) != nullptr; }, 2000));
    int withComments = -1;
    for (int row = 0; row < 4 && withComments < 0; ++row) {
        auto *feed = app.session().feed();
        if (feed->data(feed->index(row), models::FeedModel::CommentCountRole).toInt() > 0) withComments = row;
    }
    REQUIRE(withComments >= 0);
    const QString postId = app.session().feed()->data(app.session().feed()->index(withComments), models::FeedModel::IdRole).toString();
    const QString body = app.feedText(withComments, QStringLiteral("postBody"));
    const HttpResult comments = http.get(QStringLiteral("/api/v1/posts/%1/comments").arg(postId));
    REQUIRE(comments.status == 200);
    const QJsonArray commentItems = comments.json().value(QStringLiteral("items")).toArray();
    REQUIRE(!commentItems.isEmpty());
    // Bring the card into view (ListView.Center), as scrolling would.
    QMetaObject::invokeMethod(app.item(QStringLiteral("feedList")), "positionViewAtIndex", Q_ARG(int, withComments), Q_ARG(int, 1));
    app::settle(100);
    app.click(QStringLiteral("postComments"), app.feedRow(withComments));
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("postDetail")); }, 2000));
    QQuickItem *detail = app.item(QStringLiteral("postDetail"));
    REQUIRE(waitUntil([&] { return app.text(QStringLiteral("postBody"), detail) == body; }, 2000));
    REQUIRE(waitUntil([&] { return app.item(QStringLiteral("commentBody"), detail) != nullptr; }, 5000));
    CHECK(app.text(QStringLiteral("commentBody"), detail)
          == app::Markdown::plain(commentItems.first().toObject().value(QStringLiteral("body")).toString()));
    REQUIRE(app.shoot(QStringLiteral("post-detail")));

    // Commenting: the field empties once it is saved here, and the server gets it once.
    {
        const QString reply = QStringLiteral("Ik fiets mee");
        app.type(QStringLiteral("commentText"), reply);
        app.click(QStringLiteral("commentSend"));
        REQUIRE(waitUntil([&] { return app.text(QStringLiteral("commentText")).isEmpty(); }, 3000));
        auto replies = [&] {
            int n = 0;
            const QJsonArray items = http.get(QStringLiteral("/api/v1/posts/%1/comments").arg(postId)).json().value(QStringLiteral("items")).toArray();
            for (const auto &c : items) n += c.toObject().value(QStringLiteral("body")).toString() == reply ? 1 : 0;
            return n;
        };
        REQUIRE(waitUntil([&] { return replies() == 1; }, 8000));
        auto *comments = app.session().comments(postId);
        REQUIRE(comments);
        REQUIRE(waitUntil([&] { return comments->rowCount() == int(commentItems.size()) + 1; }, 3000));
        CHECK(comments->data(comments->index(comments->rowCount() - 1), models::CommentsModel::BodyRole).toString() == reply);
        REQUIRE(app.shoot(QStringLiteral("post-detail-commented")));
    }
    app.click(QStringLiteral("postDetailBack"));
    REQUIRE(waitUntil([&] { return !app.isShown(QStringLiteral("postDetail")); }, 2000));

    // The composer with formatting and an attached image (at the top of the feed again).
    {
        QMetaObject::invokeMethod(app.item(QStringLiteral("feedList")), "positionViewAtBeginning");
        app::settle(100);
        QImage image(320, 200, QImage::Format_RGB32);
        image.fill(QColor(QStringLiteral("#3CC482")));
        const QString path = app.home() + QStringLiteral("/fietstocht.png");
        REQUIRE(image.save(path));
        QQuickItem *composer = app.item(QStringLiteral("composer"));
        REQUIRE(composer);
        QVariant attached;
        QMetaObject::invokeMethod(composer, "attachFile", Q_RETURN_ARG(QVariant, attached), Q_ARG(QVariant, path));
        CHECK(attached.toBool());
        REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("composerAttachment")); }, 2000));
        CHECK(app.text(QStringLiteral("composerAttachmentName")) == QStringLiteral("fietstocht.png"));
        // "@Em" offers people from the server; choosing one inserts a mention link.
        app.type(QStringLiteral("composerText"), QStringLiteral("Hoi @Em"));
        REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("composerMention0")); }, 5000));
        REQUIRE(app.shoot(QStringLiteral("composer-mention")));
        app.click(QStringLiteral("composerMention0"));
        const QString mentioned = app.text(QStringLiteral("composerText"));
        INFO("composer text: " << mentioned.toStdString());
        CHECK(mentioned.startsWith(QStringLiteral("Hoi [@")));
        CHECK(mentioned.contains(QStringLiteral("](plein:user/")));
        CHECK_FALSE(app.isShown(QStringLiteral("composerMention0")));
        app.item(QStringLiteral("composerText"))->setProperty("text", QString());

        app.type(QStringLiteral("composerText"), QStringLiteral("Zaterdag fietsen "));
        app.click(QStringLiteral("composerBold"));
        CHECK(app.text(QStringLiteral("composerText")) == QStringLiteral("Zaterdag fietsen **bold text**"));
        REQUIRE(app.shoot(QStringLiteral("composer-attachment")));
        // Posted: the post shows at once with its image, the upload goes out before the post,
        // and the server then holds one post with one attachment.
        const QString posted = QStringLiteral("Zaterdag fietsen **bold text**");
        app.click(QStringLiteral("composerPost"));
        REQUIRE(waitUntil([&] { return app.feedText(0, QStringLiteral("postBody")) == app::Markdown::plain(posted); }, 3000));
        REQUIRE(waitUntil([&] { return !app.isShown(QStringLiteral("composerAttachment")); }, 2000));
        auto uploaded = [&] {
            const QJsonArray items = http.get(QStringLiteral("/api/v1/feed")).json().value(QStringLiteral("items")).toArray();
            const QJsonObject first = items.isEmpty() ? QJsonObject() : items.first().toObject();
            return first.value(QStringLiteral("body")).toString() == posted
                && first.value(QStringLiteral("attachments")).toArray().size() == 1;
        };
        REQUIRE(waitUntil(uploaded, 10000));
        REQUIRE(waitUntil([&] { return !rowIsPending(app, 0); }, 5000));
        REQUIRE(app.shoot(QStringLiteral("post-attachment")));
        // The same in the dark scheme.
        app.setScheme(QStringLiteral("dark"));
        REQUIRE(app.shoot(QStringLiteral("post-attachment-dark")));
        app.setScheme(QStringLiteral("system"));

        // Editing it from its menu: shown at once, marked edited, and the server has the new text.
        const QString edited = QStringLiteral("Zaterdag fietsen, vertrek om 10:00");
        // The shots resized the window and switched schemes: back at the top, and the menu of my
        // post there (shown once the post is no longer pending) before clicking it.
        auto menuOnTop = [&] {
            QMetaObject::invokeMethod(app.item(QStringLiteral("feedList")), "positionViewAtBeginning");
            return app.item(QStringLiteral("postMenu"), app.feedRow(0)) != nullptr;
        };
        INFO("row 0: " << app.feedText(0, QStringLiteral("postBody")).toStdString() << (rowIsPending(app, 0) ? " (pending)" : ""));
        REQUIRE(waitUntil(menuOnTop, 5000));
        app.click(QStringLiteral("postMenu"), app.feedRow(0));
        REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("postEdit")); }, 2000));
        app.click(QStringLiteral("postEdit"));
        REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("postEditor")); }, 2000));
        app.item(QStringLiteral("postEditor"), app.feedRow(0))->setProperty("text", edited);
        app.click(QStringLiteral("postEditSave"), app.feedRow(0));
        REQUIRE(waitUntil([&] { return app.feedText(0, QStringLiteral("postBody")) == edited; }, 3000));
        auto serverHas = [&](const QString &body) {
            const QJsonArray items = http.get(QStringLiteral("/api/v1/feed")).json().value(QStringLiteral("items")).toArray();
            return !items.isEmpty() && items.first().toObject().value(QStringLiteral("body")).toString() == body;
        };
        REQUIRE(waitUntil([&] { return serverHas(edited); }, 8000));
        REQUIRE(waitUntil([&] { return app.feedText(0, QStringLiteral("postMeta")).endsWith(QStringLiteral("edited")); }, 3000));

        // Deleting it asks first, then it is gone here and on the server.
        REQUIRE(waitUntil(menuOnTop, 5000));
        app.click(QStringLiteral("postMenu"), app.feedRow(0));
        REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("postDelete")); }, 2000));
        app.click(QStringLiteral("postDelete"));
        REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("postDeleteConfirm")); }, 2000));
        REQUIRE(app.shoot(QStringLiteral("post-delete-confirm")));
        app.click(QStringLiteral("postDeleteConfirm"));
        REQUIRE(waitUntil([&] { return app.feedText(0, QStringLiteral("postBody")) != edited; }, 3000));
        REQUIRE(waitUntil([&] { return !serverHas(edited); }, 8000));
    }

    // Someone posts Markdown with HTML in it: formatted, and the HTML stays text.
    {
        TestHttp anna(server.url());
        REQUIRE(anna.login(kAnna, kPassword).status == 200);
        const QString text = QStringLiteral("**Let op**: <b>geen html</b> & *wel* opmaak\n- koffie\n- thee");
        REQUIRE(anna.post(QStringLiteral("/api/v1/posts"), {{QStringLiteral("id"), protocol::newUuidV7()}, {QStringLiteral("body"), text}}).status == 201);
        REQUIRE(waitUntil([&] { return app.feedText(0, QStringLiteral("postBody")) == app::Markdown::plain(text); }, 3000));
        const QString styled = app.feedRow(0) ? app.item(QStringLiteral("postBody"), app.feedRow(0))->property("text").toString() : QString();
        CHECK(styled.contains(QStringLiteral("&lt;b&gt;geen html&lt;/b&gt;")));
        CHECK(styled.contains(QStringLiteral("<li>koffie</li>")));
        REQUIRE(app.shoot(QStringLiteral("feed-markdown")));

        // Bram celebrates it from the picker: highlighted at once, then known to the server.
        QMetaObject::invokeMethod(app.item(QStringLiteral("feedList")), "positionViewAtBeginning");
        app::settle(100);
        app.click(QStringLiteral("reactionAdd"), app.feedRow(0));
        REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("pick_celebrate")); }, 2000));
        REQUIRE(app.shoot(QStringLiteral("reaction-picker")));
        app.click(QStringLiteral("pick_celebrate"));
        REQUIRE(waitUntil([&] { return app.item(QStringLiteral("reaction_celebrate"), app.feedRow(0)) != nullptr; }, 3000));
        auto celebrated = [&] {
            const QJsonArray items = http.get(QStringLiteral("/api/v1/feed")).json().value(QStringLiteral("items")).toArray();
            const QJsonObject first = items.isEmpty() ? QJsonObject() : items.first().toObject();
            return first.value(QStringLiteral("body")).toString() == text
                && first.value(QStringLiteral("myReactions")).toArray().contains(QStringLiteral("celebrate"))
                && first.value(QStringLiteral("reactions")).toObject().value(QStringLiteral("celebrate")).toInt() == 1;
        };
        REQUIRE(waitUntil(celebrated, 8000));
        CHECK(app.item(QStringLiteral("reaction_celebrate"), app.feedRow(0))->property("active").toBool());

        // Pressing and holding a reaction asks who reacted; it does not take the reaction back.
        QQuickItem *chip = app.item(QStringLiteral("reaction_celebrate"), app.feedRow(0));
        const QPoint at = chip->mapToScene(QPointF(chip->width() / 2, chip->height() / 2)).toPoint();
        QTest::mousePress(app.window(), Qt::LeftButton, {}, at);
        REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("peopleStatus")); }, 3000));
        QTest::mouseRelease(app.window(), Qt::LeftButton, {}, at);
        app::settle(300);
        CHECK(app.item(QStringLiteral("reaction_celebrate"), app.feedRow(0))->property("active").toBool());
    }
}
