// Chat between real clients and the real server over loopback: bursts arrive complete, once
// and in one order everywhere; a connection cut at random points or a client killed with
// SIGKILL loses and doubles nothing; read markers agree across devices; typing is live only;
// removal from a conversation empties the cache file.
#include <catch2/catch.hpp>

#include "ServerProcess.h"
#include "TcpProxy.h"
#include "TestClient.h"
#include "TestHttp.h"
#include "Wait.h"
#include "models/ConversationsModel.h"
#include "protocol/Uuid.h"
#include "store/ConversationStore.h"
#include "store/Database.h"

#include <QCoroTask>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

using namespace plein;
using namespace plein::test;

namespace {
const QString kAnna = QStringLiteral("anna@plein.demo");
const QString kBram = QStringLiteral("bram@plein.demo");

QString myId(const QUrl &server, const QString &email)
{
    TestHttp http(server);
    http.login(email);
    return http.get(QStringLiteral("/api/v1/me")).json().value(QStringLiteral("id")).toString();
}

// A group conversation Anna starts with Bram, over REST.
QString startConversation(TestHttp &anna, const QStringList &memberIds, const QString &title)
{
    const QString id = protocol::newUuidV7();
    QJsonObject body{{QStringLiteral("id"), id}, {QStringLiteral("memberIds"), QJsonArray::fromStringList(memberIds)}};
    if (!title.isEmpty()) body.insert(QStringLiteral("title"), title);
    const auto r = anna.post(QStringLiteral("/api/v1/conversations"), body);
    REQUIRE(r.status == 201);
    return r.json().value(QStringLiteral("id")).toString();
}

// Every message of a conversation as the server has it, oldest first: {id, body, position}.
// Paged from the newest backwards, as a client scrolling up does.
QList<QJsonObject> serverMessages(TestHttp &http, const QString &conversationId)
{
    QList<QJsonObject> all;
    QString before;
    while (true) {
        QString path = QStringLiteral("/api/v1/conversations/%1/messages?limit=100").arg(conversationId);
        if (!before.isEmpty()) path += QStringLiteral("&before=") + before;
        const auto r = http.get(path);
        REQUIRE(r.status == 200);
        const QJsonArray items = r.json().value(QStringLiteral("items")).toArray();
        QList<QJsonObject> page;
        for (const auto &v : items) page.append(v.toObject());
        all = page + all;
        if (items.isEmpty() || !r.json().value(QStringLiteral("hasMore")).toBool()) break;
        before = items.first().toObject().value(QStringLiteral("id")).toString();
    }
    return all;
}

// The ids of a conversation's confirmed messages in a client's cache file, by position.
QStringList cachedOrder(TestClient &c, const QString &conversationId)
{
    store::Database db(c.account().store()->path(), store::Database::Mode::ReadOnly);
    store::Statement &s = db.prepare("SELECT id FROM messages WHERE conversation_id = ? AND position > 0 ORDER BY position");
    s.bind(1, conversationId);
    QStringList ids;
    while (s.step()) ids.append(s.text(0));
    return ids;
}

qint64 confirmedCount(TestClient &c, const QString &conversationId)
{
    return c.countInCache("SELECT count(*) FROM messages WHERE position > 0 AND conversation_id = ?1", conversationId);
}

int outboxSize(TestClient &c) { return int(c.countInCache("SELECT count(*) FROM outbox")); }

bool hasConversation(TestClient &c, const QString &id)
{
    return c.countInCache("SELECT count(*) FROM conversations WHERE id = ?1", id) == 1;
}

QStringList ids(const QList<QJsonObject> &messages)
{
    QStringList out;
    for (const auto &m : messages) out.append(m.value(QStringLiteral("id")).toString());
    return out;
}
}

TEST_CASE("a burst of 500 messages from each of two clients arrives complete, once each, in one order everywhere")
{
    ServerProcess server;
    REQUIRE(server.start());
    TestHttp http(server.url());
    http.login(kAnna);
    const QString bramId = myId(server.url(), kBram);
    const QString conversation = startConversation(http, {bramId}, QStringLiteral("Campagne 2026"));

    TestClient anna;
    TestClient bram;
    REQUIRE(anna.signIn(server.url(), kAnna));
    REQUIRE(bram.signIn(server.url(), kBram));
    REQUIRE(waitUntil([&] { return hasConversation(anna, conversation) && hasConversation(bram, conversation); }));

    constexpr int kEach = 500;
    QStringList annaSent;
    QStringList bramSent;
    for (int i = 0; i < kEach; ++i) {
        // Interleaved, as two people typing at once; neither waits for the other.
        annaSent.append(QCoro::waitFor(anna.sync().sendMessage(conversation, QStringLiteral("anna %1").arg(i))));
        bramSent.append(QCoro::waitFor(bram.sync().sendMessage(conversation, QStringLiteral("bram %1").arg(i))));
    }
    REQUIRE(waitUntil([&] {
        return confirmedCount(anna, conversation) == 2 * kEach && confirmedCount(bram, conversation) == 2 * kEach &&
            outboxSize(anna) == 0 && outboxSize(bram) == 0;
    }, 180000));

    const auto onServer = serverMessages(http, conversation);
    REQUIRE(onServer.size() == 2 * kEach);
    for (int i = 0; i < onServer.size(); ++i)
        REQUIRE(onServer.at(i).value(QStringLiteral("position")).toInteger() == i + 1);
    const QStringList order = ids(onServer);
    CHECK(QSet<QString>(order.begin(), order.end()).size() == 2 * kEach);
    CHECK(cachedOrder(anna, conversation) == order);
    CHECK(cachedOrder(bram, conversation) == order);
    // Each person's messages keep the order they were written in.
    QStringList annaOnServer;
    QStringList bramOnServer;
    for (const QString &id : order) {
        if (annaSent.contains(id)) annaOnServer.append(id);
        else bramOnServer.append(id);
    }
    CHECK(annaOnServer == annaSent);
    CHECK(bramOnServer == bramSent);
    // Sending marks read up to one's own message: neither has unread left but the other's
    // messages after their own last one.
    const auto annaRow = store::conversations::byId(anna.account().store()->reader(), conversation);
    REQUIRE(annaRow);
    CHECK(annaRow->conversation.lastPosition == 2 * kEach);
}

TEST_CASE("messages sent while the connection is cut at random points arrive once each, in order")
{
    ServerProcess server;
    REQUIRE(server.start());
    TestHttp http(server.url());
    http.login(kAnna);
    const QString bramId = myId(server.url(), kBram);
    const QString conversation = startConversation(http, {bramId}, QStringLiteral("Raadsvergadering"));

    TcpProxy proxy(server.url().port());
    TestClient anna;
    TestClient bram;
    REQUIRE(anna.signIn(proxy.url(), kAnna));
    REQUIRE(bram.signIn(server.url(), kBram));
    REQUIRE(waitUntil([&] { return hasConversation(anna, conversation) && hasConversation(bram, conversation); }));

    // The proxy drops every connection now and then, for a moment: requests die mid-way,
    // answers get lost after the server stored the message.
    QTimer chaos;
    auto *rng = QRandomGenerator::global();
    QObject::connect(&chaos, &QTimer::timeout, [&] {
        proxy.setOffline(true);
        QTimer::singleShot(int(rng->bounded(10, 80)), &chaos, [&] { proxy.setOffline(false); });
        chaos.start(int(rng->bounded(40, 250)));
    });
    chaos.start(50);

    constexpr int kCount = 300;
    QStringList sent;
    for (int i = 0; i < kCount; ++i) {
        sent.append(QCoro::waitFor(anna.sync().sendMessage(conversation, QStringLiteral("bericht %1").arg(i))));
        if (i % 10 == 0) waitUntil([] { return false; }, int(rng->bounded(5, 40)));
    }
    REQUIRE(waitUntil([&] { return outboxSize(anna) == 0 && confirmedCount(anna, conversation) == kCount; }, 180000));
    chaos.stop();
    proxy.setOffline(false);
    INFO("connections cut: " << proxy.connectionsCut());
    CHECK(proxy.connectionsCut() >= 10);

    const auto onServer = serverMessages(http, conversation);
    CHECK(ids(onServer) == sent);
    REQUIRE(waitUntil([&] { return confirmedCount(bram, conversation) == kCount; }, 30000));
    CHECK(cachedOrder(bram, conversation) == sent);
    CHECK(cachedOrder(anna, conversation) == sent);
}

TEST_CASE("a client killed with SIGKILL while sending finishes its outbox after a restart, nothing doubled")
{
    ServerProcess server;
    REQUIRE(server.start());
    TestHttp http(server.url());
    http.login(kAnna);
    const QString bramId = myId(server.url(), kBram);
    const QString conversation = startConversation(http, {bramId}, QStringLiteral("Bouwplaats Zuid"));

    QTemporaryDir probeDir;
    const QString probe = QStringLiteral(PLEIN_PROBE_PATH);
    auto runProbe = [&](const QStringList &extra) {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start(probe, QStringList{QStringLiteral("--server"), server.url().toString(), QStringLiteral("--email"), kBram,
                                    QStringLiteral("--dir"), probeDir.path()} + extra);
        return p;
    };
    constexpr int kCount = 200;
    {
        auto p = runProbe({QStringLiteral("--conversation"), conversation, QStringLiteral("--messages"), QString::number(kCount)});
        QString out;
        const bool queued = waitUntil([&] {
            while (p->canReadLine()) out += QString::fromUtf8(p->readLine());
            p->waitForReadyRead(5);
            return out.contains(QStringLiteral("queued "));
        }, 60000);
        INFO(out.toStdString());
        REQUIRE(queued);
        p->kill();
        REQUIRE(p->waitForFinished(5000));
    }
    const qsizetype beforeRestart = serverMessages(http, conversation).size();
    INFO("on the server before the restart: " << beforeRestart);
    CHECK(beforeRestart < kCount); // killed mid-way, or the test proves nothing
    {
        auto p = runProbe({QStringLiteral("--until-cursor"), QStringLiteral("0")});
        REQUIRE(p->waitForFinished(60000));
        INFO(p->readAll().toStdString());
        REQUIRE(p->exitCode() == 0);
    }
    const auto onServer = serverMessages(http, conversation);
    REQUIRE(onServer.size() == kCount);
    for (int i = 0; i < kCount; ++i)
        CHECK(onServer.at(i).value(QStringLiteral("body")).toString() == QStringLiteral("probe %1").arg(i, 4, 10, QLatin1Char('0')));
}

TEST_CASE("read markers agree across two devices of one person and never move back")
{
    ServerProcess server;
    REQUIRE(server.start());
    TestHttp http(server.url());
    http.login(kAnna);
    const QString bramId = myId(server.url(), kBram);
    const QString conversation = startConversation(http, {bramId}, QStringLiteral("Wijkavond"));

    TestClient phone;
    TestClient desktop;
    REQUIRE(phone.signIn(server.url(), kBram));
    REQUIRE(desktop.signIn(server.url(), kBram));
    models::ConversationsModel phoneList(phone.account().store());
    models::ConversationsModel desktopList(desktop.account().store());
    auto unread = [&](models::ConversationsModel &list) {
        const int row = list.indexOf(conversation);
        return row < 0 ? -1 : list.data(list.index(row), models::ConversationsModel::UnreadCountRole).toInt();
    };

    REQUIRE(waitUntil([&] { return unread(phoneList) == 0 && unread(desktopList) == 0; }));
    const int unreadElsewhere = phoneList.totalUnread(); // the seed's own chats
    QStringList written;
    for (int i = 0; i < 5; ++i) {
        const QString id = protocol::newUuidV7();
        REQUIRE(http.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation),
                          {{QStringLiteral("id"), id}, {QStringLiteral("body"), QStringLiteral("Komt u ook? %1").arg(i)}}).status == 201);
        written.append(id);
    }
    REQUIRE(waitUntil([&] { return unread(phoneList) == 5 && unread(desktopList) == 5; }));
    CHECK(phoneList.totalUnread() == unreadElsewhere + 5);
    CHECK(desktopList.totalUnread() == unreadElsewhere + 5);

    // Read on the phone: the desktop's count follows.
    REQUIRE(QCoro::waitFor(phone.sync().markRead(conversation)));
    CHECK(unread(phoneList) == 0);
    REQUIRE(waitUntil([&] { return unread(desktopList) == 0; }));

    REQUIRE(http.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation),
                      {{QStringLiteral("id"), protocol::newUuidV7()}, {QStringLiteral("body"), QStringLiteral("Nog één ding")}}).status == 201);
    REQUIRE(waitUntil([&] { return unread(phoneList) == 1 && unread(desktopList) == 1; }));

    // A stale marker (an older message) from another client moves nothing back.
    TestHttp bramHttp(server.url());
    bramHttp.login(kBram);
    const auto stale = bramHttp.post(QStringLiteral("/api/v1/conversations/%1/read").arg(conversation),
                                     {{QStringLiteral("messageId"), written.first()}});
    CHECK(stale.status == 200);
    CHECK(stale.json().value(QStringLiteral("position")).toInteger() == 5);
    waitUntil([] { return false; }, 300);
    CHECK(unread(phoneList) == 1);
    CHECK(unread(desktopList) == 1);
    const auto row = store::conversations::byId(desktop.account().store()->reader(), conversation);
    REQUIRE(row);
    CHECK(row->myReadPosition == 5);
}

TEST_CASE("typing reaches the other member live and leaves nothing in the cache or the cursor")
{
    ServerProcess server;
    REQUIRE(server.start());
    TestHttp http(server.url());
    http.login(kAnna);
    const QString bramId = myId(server.url(), kBram);
    const QString annaId = myId(server.url(), kAnna);
    const QString conversation = startConversation(http, {bramId}, QStringLiteral("Fietsclub"));

    TestClient anna;
    TestClient bram;
    REQUIRE(anna.signIn(server.url(), kAnna));
    REQUIRE(bram.signIn(server.url(), kBram));
    REQUIRE(waitUntil([&] { return hasConversation(anna, conversation) && hasConversation(bram, conversation); }));
    const qint64 cursorBefore = bram.sync().cursor();

    QSignalSpy typing(&bram.sync(), &sync::SyncEngine::typingReceived);
    anna.sync().sendTyping(conversation);
    REQUIRE(waitUntil([&] { return typing.count() >= 1; }));
    CHECK(typing.first().at(0).toString() == conversation);
    CHECK(typing.first().at(1).toString() == annaId);
    waitUntil([] { return false; }, 200);
    CHECK(bram.sync().cursor() == cursorBefore);
}

TEST_CASE("removed from a conversation: its messages leave the removed member's cache file")
{
    ServerProcess server;
    REQUIRE(server.start());
    TestHttp http(server.url());
    http.login(kAnna);
    const QString bramId = myId(server.url(), kBram);
    const QString conversation = startConversation(http, {bramId}, QStringLiteral("Tijdelijke werkgroep"));
    TestClient bram;
    REQUIRE(bram.signIn(server.url(), kBram));
    for (int i = 0; i < 3; ++i)
        REQUIRE(http.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation),
                          {{QStringLiteral("id"), protocol::newUuidV7()}, {QStringLiteral("body"), QStringLiteral("Agenda %1").arg(i)}}).status == 201);
    REQUIRE(waitUntil([&] { return confirmedCount(bram, conversation) == 3; }));

    REQUIRE(http.del(QStringLiteral("/api/v1/conversations/%1/members/%2").arg(conversation, bramId)).status / 100 == 2);
    REQUIRE(waitUntil([&] { return !hasConversation(bram, conversation); }));
    CHECK(bram.countInCache("SELECT count(*) FROM messages WHERE conversation_id = ?1", conversation) == 0);
}

TEST_CASE("edits, reactions and deletes of a message reach the server and the other member")
{
    ServerProcess server;
    REQUIRE(server.start());
    TestHttp http(server.url());
    http.login(kAnna);
    const QString bramId = myId(server.url(), kBram);
    const QString conversation = startConversation(http, {bramId}, QStringLiteral("Redactie"));
    TestClient anna;
    TestClient bram;
    REQUIRE(anna.signIn(server.url(), kAnna));
    REQUIRE(bram.signIn(server.url(), kBram));
    REQUIRE(waitUntil([&] { return hasConversation(anna, conversation) && hasConversation(bram, conversation); }));

    const QString id = QCoro::waitFor(anna.sync().sendMessage(conversation, QStringLiteral("Persbericht om drie uur")));
    const QString other = QCoro::waitFor(anna.sync().sendMessage(conversation, QStringLiteral("Dit klopt niet")));
    REQUIRE(waitUntil([&] { return confirmedCount(bram, conversation) == 2 && outboxSize(anna) == 0; }));

    REQUIRE(QCoro::waitFor(anna.sync().editMessage(id, QStringLiteral("Persbericht om vier uur"))));
    REQUIRE(QCoro::waitFor(bram.sync().setReaction(QStringLiteral("message"), id, QStringLiteral("like"), true)));
    REQUIRE(QCoro::waitFor(anna.sync().deleteMessage(other)));
    const auto bramHasEdit = [&] {
        return bram.countInCache("SELECT count(*) FROM messages WHERE id = ?1 AND body = 'Persbericht om vier uur' AND edited_at > 0", id) == 1;
    };
    const auto annaHasLike = [&] {
        return anna.countInCache("SELECT count(*) FROM messages WHERE id = ?1 AND reactions LIKE '%\"like\":1%'", id) == 1;
    };
    const auto bramLostOther = [&] { return bram.countInCache("SELECT count(*) FROM messages WHERE id = ?1", other) == 0; };
    const bool settled = waitUntil([&] {
        return bramHasEdit() && annaHasLike() && bramLostOther() && outboxSize(anna) == 0 && outboxSize(bram) == 0;
    });
    // Each on its own, so a failure says which one did not arrive.
    CHECK(bramHasEdit());
    CHECK(annaHasLike());
    CHECK(bramLostOther());
    CHECK(outboxSize(anna) == 0);
    CHECK(outboxSize(bram) == 0);
    REQUIRE(settled);
    const auto onServer = serverMessages(http, conversation);
    REQUIRE(onServer.size() == 1);
    CHECK(onServer.first().value(QStringLiteral("body")).toString() == QStringLiteral("Persbericht om vier uur"));
    CHECK(onServer.first().value(QStringLiteral("reactions")).toObject().value(QStringLiteral("like")).toInt() == 1);
}
