// Chat and the change log (issue 4): who sees a conversation's events (members only: live,
// replay and /sync), read markers across two devices, typing frames (forwarded, rate
// limited, never stored), removal, files in messages, and positions under a concurrent burst.
#include "ChatWorld.h"
#include "GroupWorld.h"
#include "protocol/Post.h"
#include "protocol/Uuid.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTest>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace plein::test;
namespace protocol = plein::protocol;

namespace {

QString path(const QString &conversationId, const QString &suffix = {})
{
    return conversationsPath(QLatin1Char('/') + conversationId + suffix);
}

QString text(const QList<QJsonObject> &frames)
{
    QString all;
    for (const QJsonObject &f : frames) all += QString::fromUtf8(QJsonDocument(f).toJson(QJsonDocument::Compact));
    return all;
}

QString uploadPng(TestHttp &http)
{
    const QString id = protocol::newUuidV7();
    const HttpResult r = http.postRaw(QStringLiteral("/api/v1/files?id=%1&name=foto.png").arg(id), kTinyPng, "image/png");
    INFO(r.body.toStdString());
    REQUIRE(r.status == 201);
    return id;
}

QJsonObject typing(const QString &conversationId)
{
    return protocol::TypingFrame{conversationId, {}}.toJson();
}

// The read position of `userId` as a client derives it from what its stream received: the
// read.changed events, and the messages `userId` wrote (sending reads up to one's own message).
qint64 lastReadOf(const StreamClient &stream, const QString &userId)
{
    qint64 position = 0;
    for (const QJsonObject &d : eventData(stream, QStringLiteral("read.changed")))
        if (d.value(QStringLiteral("userId")).toString() == userId) position = std::max(position, d.value(QStringLiteral("position")).toInteger());
    for (const QJsonObject &d : eventData(stream, QStringLiteral("message.created")))
        if (d.value(QStringLiteral("authorId")).toString() == userId) position = std::max(position, d.value(QStringLiteral("position")).toInteger());
    return position;
}

qint64 lastPositionSeen(const StreamClient &stream)
{
    qint64 position = 0;
    for (const QJsonObject &d : eventData(stream, QStringLiteral("message.created")))
        position = std::max(position, d.value(QStringLiteral("position")).toInteger());
    return position;
}

} // namespace

TEST_CASE("non-members get 404 on every conversation and message route, and no event of it anywhere", "[server][chat][access]")
{
    auto server = startServer();
    Chatter anna = chatter(*server, kAnna);
    Chatter bram = chatter(*server, kBram);
    Chatter admin = chatter(*server, kAdmin); // an organisation admin has no say over chats
    Chatter ext = chatter(*server, kExtern);
    const qint64 cursor = currentCursor(*admin.http);
    auto adminStream = openStream(*server, admin.token, cursor);
    auto extStream = openStream(*server, ext.token, currentCursor(*ext.http));
    auto bramStream = openStream(*server, bram.token, currentCursor(*bram.http));

    // Activity of every kind in anna and bram's conversation, all carrying a marker.
    const QString marker = QStringLiteral("GEHEIM-") + protocol::newUuidV7();
    const protocol::Conversation c = createConversation(*anna.http, {bram.id}, marker, 201);
    const QString fileId = uploadPng(*bram.http);
    const protocol::Message m = sendMessage(*bram.http, c.id, marker + QStringLiteral(" met foto"), {}, {fileId});
    const protocol::Message reply = sendMessage(*anna.http, c.id, marker + QStringLiteral(" antwoord"), m.id);
    REQUIRE(anna.http->put(QStringLiteral("/api/v1/messages/%1/reactions/like").arg(m.id)).status == 200);
    REQUIRE(anna.http->patch(QStringLiteral("/api/v1/messages/") + reply.id, protocol::PostEdit{marker + QStringLiteral(" bewerkt"), 1}.toJson()).status == 200);
    REQUIRE(bram.http->post(path(c.id, QStringLiteral("/read")), QJsonObject{{QStringLiteral("messageId"), reply.id}}).status == 200);
    REQUIRE(bram.http->put(path(c.id, QStringLiteral("/mute"))).status == 200);
    REQUIRE(anna.http->patch(path(c.id), protocol::ConversationEdit{marker + QStringLiteral(" 2")}.toJson()).status == 200);
    const protocol::Message gone = sendMessage(*anna.http, c.id, marker + QStringLiteral(" weg"));
    REQUIRE(anna.http->del(QStringLiteral("/api/v1/messages/") + gone.id).status == 204);
    REQUIRE(waitForEvents(*bramStream, QStringLiteral("message.deleted"), 1));
    CHECK(text(bramStream->frames()).contains(marker)); // the events exist, for members

    const QString missing = protocol::newUuidV7();
    struct Route {
        QByteArray verb;
        QString path;
        QJsonObject body;
    };
    const auto routesFor = [&](const QString &conversationId, const QString &messageId, const QString &self) {
        return QList<Route>{
            {"GET", path(conversationId), {}},
            {"PATCH", path(conversationId), protocol::ConversationEdit{QStringLiteral("overgenomen")}.toJson()},
            {"PUT", path(conversationId, QStringLiteral("/members/") + self), {}},
            {"DELETE", path(conversationId, QStringLiteral("/members/") + bram.id), {}},
            {"DELETE", path(conversationId, QStringLiteral("/members/") + self), {}},
            {"PUT", path(conversationId, QStringLiteral("/mute")), {}},
            {"DELETE", path(conversationId, QStringLiteral("/mute")), {}},
            {"GET", path(conversationId, QStringLiteral("/messages")), {}},
            {"GET", path(conversationId, QStringLiteral("/messages?before=") + messageId), {}},
            {"POST", path(conversationId, QStringLiteral("/messages")), protocol::NewMessage{protocol::newUuidV7(), QStringLiteral("ik ook"), {}, {}}.toJson()},
            {"POST", path(conversationId, QStringLiteral("/read")), QJsonObject{{QStringLiteral("messageId"), messageId}}},
            {"PATCH", messagePath(messageId), protocol::PostEdit{QStringLiteral("overgenomen"), 1}.toJson()},
            {"DELETE", messagePath(messageId), {}},
            {"PUT", messagePath(messageId, QStringLiteral("/reactions/like")), {}},
            {"DELETE", messagePath(messageId, QStringLiteral("/reactions/like")), {}},
            {"GET", messagePath(messageId, QStringLiteral("/reactions")), {}},
        };
    };
    for (Chatter *outsider : {&admin, &ext}) {
        for (const auto &[conversationId, messageId] : {std::pair{c.id, m.id}, std::pair{missing, missing}}) {
            for (const Route &route : routesFor(conversationId, messageId, outsider->id)) {
                INFO(outsider->email.toStdString() << " " << route.verb.toStdString() << " " << route.path.toStdString());
                const HttpResult r = outsider->http->send(route.verb, route.path,
                                                          route.body.isEmpty() ? QByteArray() : QJsonDocument(route.body).toJson());
                CHECK(r.status == 404);
                CHECK(r.errorCode() == QStringLiteral("not_found"));
            }
        }
        for (const QString &file : {QStringLiteral("/api/v1/files/") + fileId, QStringLiteral("/api/v1/files/%1/thumbnail").arg(fileId)}) {
            INFO(outsider->email.toStdString() << " GET " << file.toStdString());
            CHECK(outsider->http->get(file).status == 404);
        }
        // Typing into it reaches nobody and does not cost the outsider their stream.
        (outsider == &admin ? adminStream : extStream)->sendJson(typing(c.id));
    }
    // A member gets the same 404 for what does not exist.
    for (const Route &route : routesFor(missing, missing, bram.id)) {
        INFO("bram " << route.verb.toStdString() << " " << route.path.toStdString());
        CHECK(bram.http->send(route.verb, route.path, route.body.isEmpty() ? QByteArray() : QJsonDocument(route.body).toJson()).status == 404);
    }
    // Nothing an outsider tried changed anything.
    const protocol::Conversation after = getConversation(*anna.http, c.id);
    CHECK(after.title == marker + QStringLiteral(" 2"));
    CHECK(after.members.size() == 2);
    CHECK(messagesPage(*anna.http, c.id).items.size() == 2);

    // Each outsider then gets something of their own, so their streams have caught up with
    // everything above; none of it mentions the conversation.
    createConversation(*admin.http, {anna.id}, QStringLiteral("Eigen"), 201);
    createConversation(*ext.http, {anna.id}, QStringLiteral("Eigen"), 201);
    REQUIRE(waitForEvents(*adminStream, QStringLiteral("conversation.created"), 1));
    REQUIRE(waitForEvents(*extStream, QStringLiteral("conversation.created"), 1));
    settle(300);
    CHECK(framesOfType(*bramStream, QStringLiteral("typing")).isEmpty());
    for (Chatter *outsider : {&admin, &ext}) {
        INFO(outsider->email.toStdString());
        StreamClient &live = *(outsider == &admin ? adminStream : extStream);
        CHECK_FALSE(live.isClosed());
        const QString seen = text(live.frames());
        CHECK_FALSE(seen.contains(c.id));
        CHECK_FALSE(seen.contains(marker));
        const QString synced = text(syncEvents(*outsider->http, cursor));
        CHECK_FALSE(synced.contains(c.id));
        CHECK_FALSE(synced.contains(marker));
        CHECK(synced.contains(QStringLiteral("conversation.created")));
        auto replay = openStream(*server, outsider->token, cursor);
        CHECK_FALSE(text(replay->frames()).contains(c.id));
        const HttpResult boot = outsider->http->get(QStringLiteral("/api/v1/bootstrap"));
        CHECK_FALSE(QString::fromUtf8(boot.body).contains(c.id));
        CHECK_FALSE(QString::fromUtf8(outsider->http->get(conversationsPath()).body).contains(c.id));
    }
}

TEST_CASE("read markers move forward only; two devices agree with the server on unread", "[server][chat]")
{
    auto server = startServer();
    Chatter anna = chatter(*server, kAnna);
    Chatter bram = chatter(*server, kBram);
    const protocol::Conversation c = createConversation(*anna.http, {bram.id}, QStringLiteral("Lezen"), 201);
    const qint64 cursor = currentCursor(*bram.http);
    auto phone = openStream(*server, bram.token, cursor);
    auto desktop = openStream(*server, bram.token, cursor);

    const protocol::Message m1 = sendMessage(*anna.http, c.id, QStringLiteral("een"));
    const protocol::Message m2 = sendMessage(*anna.http, c.id, QStringLiteral("twee"));
    const protocol::Message m3 = sendMessage(*anna.http, c.id, QStringLiteral("drie"));
    for (StreamClient *s : {phone.get(), desktop.get()}) REQUIRE(waitForEvents(*s, QStringLiteral("message.created"), 3));
    protocol::Conversation mine = getConversation(*bram.http, c.id);
    CHECK(mine.lastPosition == 3);
    CHECK(mine.lastPosition - [&] { for (auto &m : mine.members) if (m.userId == bram.id) return m.readPosition; return qint64(-1); }() == 3);
    // Sending moved anna's own marker each time, and everyone saw it.
    CHECK(lastReadOf(*phone, anna.id) == 3);

    const QString read = path(c.id, QStringLiteral("/read"));
    HttpResult r = bram.http->post(read, QJsonObject{{QStringLiteral("messageId"), m2.id.toUpper()}});
    REQUIRE(r.status == 200);
    auto marker = protocol::ReadMarker::fromJson(r.json());
    REQUIRE(marker.ok());
    CHECK(marker.value() == protocol::ReadMarker{c.id, bram.id, m2.id, 2});
    for (StreamClient *s : {phone.get(), desktop.get()}) {
        REQUIRE(QTest::qWaitFor([&] { return lastReadOf(*s, bram.id) == 2; }, 5000));
        CHECK(lastPositionSeen(*s) - lastReadOf(*s, bram.id) == 1);
    }
    // Backwards: 200 with the current marker, and no event.
    r = bram.http->post(read, QJsonObject{{QStringLiteral("messageId"), m1.id}});
    REQUIRE(r.status == 200);
    CHECK(protocol::ReadMarker::fromJson(r.json()).value() == protocol::ReadMarker{c.id, bram.id, m2.id, 2});
    CHECK(bram.http->post(read, QJsonObject{{QStringLiteral("messageId"), m2.id}}).status == 200);
    r = bram.http->post(read, QJsonObject{{QStringLiteral("messageId"), protocol::newUuidV7()}});
    CHECK(r.status == 422);
    CHECK(errorField(r) == QStringLiteral("messageId"));
    CHECK(errorField(bram.http->post(read, QJsonObject{})) == QStringLiteral("messageId"));
    mine = getConversation(*bram.http, c.id);
    for (const protocol::ConversationMember &m : mine.members)
        if (m.userId == bram.id) CHECK(mine.lastPosition - m.readPosition == 1);

    // My own message reads everything before it, on every device.
    const protocol::Message m4 = sendMessage(*bram.http, c.id, QStringLiteral("vier"));
    for (StreamClient *s : {phone.get(), desktop.get()}) {
        REQUIRE(QTest::qWaitFor([&] { return lastReadOf(*s, bram.id) == 4; }, 5000));
        CHECK(lastPositionSeen(*s) - lastReadOf(*s, bram.id) == 0);
        int mineRead = 0;
        for (const QJsonObject &d : eventData(*s, QStringLiteral("read.changed")))
            mineRead += d.value(QStringLiteral("userId")).toString() == bram.id;
        CHECK(mineRead == 1); // position 2 only: the backward and repeated reads logged nothing, and
                              // sending (position 4) moves the marker through message.created
    }
    for (const protocol::ConversationMember &m : getConversation(*anna.http, c.id).members) {
        if (m.userId == anna.id) CHECK(m.readPosition == 3); // anna has one unread: bram's
        if (m.userId == bram.id) CHECK(m.readPosition == 4);
    }
    (void)m3;
    (void)m4;
}

TEST_CASE("typing frames reach the other members' sockets only, at most one per 2 s, and are never stored", "[server][chat][typing]")
{
    auto server = startServer();
    Chatter anna = chatter(*server, kAnna);
    Chatter bram = chatter(*server, kBram);
    Chatter admin = chatter(*server, kAdmin);
    const protocol::Conversation c = createConversation(*anna.http, {bram.id}, QStringLiteral("Typen"), 201);
    const qint64 cursor = currentCursor(*bram.http);
    auto annaPhone = openStream(*server, anna.token, cursor);
    auto annaDesktop = openStream(*server, anna.token, cursor);
    auto bramStream = openStream(*server, bram.token, cursor);
    auto adminStream = openStream(*server, admin.token, cursor);

    annaPhone->sendJson(typing(c.id.toUpper()));
    REQUIRE(QTest::qWaitFor([&] { return !framesOfType(*bramStream, QStringLiteral("typing")).isEmpty(); }, 5000));
    QElapsedTimer sinceFirst;
    sinceFirst.start();
    const QJsonObject frame = framesOfType(*bramStream, QStringLiteral("typing")).first();
    CHECK(frame == protocol::TypingFrame{c.id, anna.id}.toJson());
    CHECK_FALSE(frame.contains(QStringLiteral("seq")));

    // More within 2 s are dropped; after 2 s one goes through again.
    for (int i = 0; i < 5; ++i) annaPhone->sendJson(typing(c.id));
    annaDesktop->sendJson(typing(c.id));
    settle(500);
    CHECK(framesOfType(*bramStream, QStringLiteral("typing")).size() == 1);
    QTest::qWait(int(std::max<qint64>(0, 2100 - sinceFirst.elapsed())));
    annaDesktop->sendJson(typing(c.id));
    REQUIRE(QTest::qWaitFor([&] { return framesOfType(*bramStream, QStringLiteral("typing")).size() == 2; }, 5000));

    // Not to the sender's own devices, not to outsiders; an outsider's frame reaches nobody.
    adminStream->sendJson(typing(c.id));
    adminStream->sendJson(typing(protocol::newUuidV7()));
    bramStream->sendJson(typing(c.id));
    REQUIRE(QTest::qWaitFor([&] { return framesOfType(*annaPhone, QStringLiteral("typing")).size() == 1; }, 5000));
    settle(300);
    CHECK(framesOfType(*bramStream, QStringLiteral("typing")).size() == 2);
    CHECK(framesOfType(*annaPhone, QStringLiteral("typing")).first().value(QStringLiteral("userId")).toString() == bram.id);
    CHECK(framesOfType(*annaDesktop, QStringLiteral("typing")).size() == 1);
    CHECK(framesOfType(*adminStream, QStringLiteral("typing")).isEmpty());
    CHECK_FALSE(adminStream->isClosed());

    // Never in the change log: not in /sync, not replayed.
    sendMessage(*anna.http, c.id, QStringLiteral("Klaar met typen"));
    REQUIRE(waitForEvents(*bramStream, QStringLiteral("message.created"), 1));
    const QList<QJsonObject> synced = syncEvents(*bram.http, cursor);
    CHECK(synced.size() == 1); // message.created (it also moves anna's own read marker)
    CHECK_FALSE(text(synced).contains(QStringLiteral("typing")));
    auto replay = openStream(*server, bram.token, cursor);
    CHECK(framesOfType(*replay, QStringLiteral("typing")).isEmpty());
    CHECK(eventData(*replay, QStringLiteral("message.created")).size() == 1);
}

TEST_CASE("a removed member hears conversation.removed and then nothing of it; its files close to them", "[server][chat]")
{
    auto server = startServer();
    Chatter anna = chatter(*server, kAnna);
    Chatter bram = chatter(*server, kBram);
    Chatter admin = chatter(*server, kAdmin);
    Chatter ext = chatter(*server, kExtern);
    const protocol::Conversation c = createConversation(*anna.http, {bram.id, admin.id}, QStringLiteral("Team"), 201);
    const QString fileId = uploadPng(*bram.http);
    const protocol::Message photo = sendMessage(*bram.http, c.id, {}, {}, {fileId});
    REQUIRE(photo.attachments.size() == 1);
    CHECK(photo.attachments.first().id == fileId);
    CHECK(photo.body.isEmpty());
    const QString fileUrl = QStringLiteral("/api/v1/files/") + fileId;
    CHECK(admin.http->get(fileUrl).status == 200);
    CHECK(admin.http->get(fileUrl + QStringLiteral("/thumbnail")).status == 200);
    CHECK(ext.http->get(fileUrl).status == 404);
    // A file in a message belongs to it: no second message or post may take it.
    HttpResult r = bram.http->post(QStringLiteral("/api/v1/posts"),
                                   protocol::NewPost{protocol::newUuidV7(), groupIdNamed(*bram.http, QStringLiteral("ICT")), QStringLiteral("x"), false, {fileId}}.toJson());
    CHECK(r.status == 422);
    CHECK(errorField(r) == QStringLiteral("attachmentIds[0]"));
    r = bram.http->post(path(c.id, QStringLiteral("/messages")), protocol::NewMessage{protocol::newUuidV7(), QStringLiteral("x"), {}, {fileId}}.toJson());
    CHECK(r.status == 422);
    CHECK(errorField(r) == QStringLiteral("attachmentIds[0]"));
    r = anna.http->post(path(c.id, QStringLiteral("/messages")), protocol::NewMessage{protocol::newUuidV7(), QStringLiteral("x"), {}, {uploadPng(*bram.http)}}.toJson());
    CHECK(r.status == 404); // someone else's upload
    CHECK(errorField(r) == QStringLiteral("attachmentIds[0]"));

    const qint64 cursor = currentCursor(*admin.http);
    auto adminStream = openStream(*server, admin.token, cursor);
    auto bramStream = openStream(*server, bram.token, currentCursor(*bram.http));
    auto extStream = openStream(*server, ext.token, currentCursor(*ext.http));
    REQUIRE(anna.http->del(path(c.id, QStringLiteral("/members/") + admin.id)).status == 200);
    REQUIRE(waitForEvents(*adminStream, QStringLiteral("conversation.removed"), 1));
    const int removedAt = int(adminStream->frames().size());
    const auto removal = protocol::ConversationRemoval::fromJson(eventData(*adminStream, QStringLiteral("conversation.removed")).first());
    REQUIRE(removal.ok());
    CHECK(removal.value().id == c.id);
    CHECK(removal.value().reason == QStringLiteral("removed"));
    CHECK(eventData(*adminStream, QStringLiteral("conversation.updated")).isEmpty());

    // Life goes on without them.
    const protocol::Message later = sendMessage(*anna.http, c.id, QStringLiteral("Zonder Ilse verder"));
    REQUIRE(anna.http->patch(path(c.id), protocol::ConversationEdit{QStringLiteral("Team zonder Ilse")}.toJson()).status == 200);
    REQUIRE(bram.http->put(messagePath(later.id, QStringLiteral("/reactions/like"))).status == 200);
    REQUIRE(anna.http->put(path(c.id, QStringLiteral("/members/") + ext.id)).status == 200);
    bramStream->sendJson(typing(c.id));
    REQUIRE(waitForEvents(*bramStream, QStringLiteral("conversation.updated"), 3)); // removal, title, ext
    REQUIRE(waitForEvents(*bramStream, QStringLiteral("reaction.changed"), 1));
    createConversation(*admin.http, {anna.id}, QStringLiteral("Eigen"), 201);
    REQUIRE(waitForEvents(*adminStream, QStringLiteral("conversation.created"), 1));
    settle(300);
    CHECK_FALSE(text(adminStream->frames().mid(removedAt)).contains(c.id));
    CHECK(framesOfType(*adminStream, QStringLiteral("typing")).isEmpty());
    CHECK(admin.http->get(fileUrl).status == 404);
    CHECK(admin.http->get(fileUrl + QStringLiteral("/thumbnail")).status == 404);
    CHECK(admin.http->get(path(c.id, QStringLiteral("/messages"))).status == 404);
    int mentions = 0;
    for (const QJsonObject &e : syncEvents(*admin.http, cursor))
        if (text({e}).contains(c.id)) {
            ++mentions;
            CHECK(e.value(QStringLiteral("name")).toString() == QStringLiteral("conversation.removed"));
        }
    CHECK(mentions == 1);
    // The added external hears of the conversation live and reads the history, files included.
    REQUIRE(waitForEvents(*extStream, QStringLiteral("conversation.updated"), 1));
    const auto added = protocol::Conversation::fromJson(eventData(*extStream, QStringLiteral("conversation.updated")).first());
    REQUIRE(added.ok());
    CHECK(added.value().id == c.id);
    CHECK(added.value().members.size() == 3);
    CHECK(ext.http->get(fileUrl).status == 200);
    CHECK(messagesPage(*ext.http, c.id).items.size() == 2);

    // Leaving: the same ending, reason "left". Deleting a message takes its file with it.
    const QString second = uploadPng(*bram.http);
    const protocol::Message withFile = sendMessage(*bram.http, c.id, QStringLiteral("nog een"), {}, {second});
    CHECK(anna.http->get(QStringLiteral("/api/v1/files/") + second).status == 200);
    REQUIRE(bram.http->del(messagePath(withFile.id)).status == 204);
    CHECK(anna.http->get(QStringLiteral("/api/v1/files/") + second).status == 404);
    CHECK(bram.http->get(QStringLiteral("/api/v1/files/") + second).status == 404);
    REQUIRE(bram.http->del(path(c.id, QStringLiteral("/members/") + bram.id)).status == 200);
    REQUIRE(waitForEvents(*bramStream, QStringLiteral("conversation.removed"), 1));
    CHECK(eventData(*bramStream, QStringLiteral("conversation.removed")).first().value(QStringLiteral("reason")).toString() == QStringLiteral("left"));
    CHECK(bram.http->get(fileUrl).status == 404); // his own upload, but now in a conversation he left
}

TEST_CASE("a concurrent burst of 1000 messages from two users gets positions 1..1000, the same order everywhere", "[server][chat][burst]")
{
    auto server = startServer();
    Chatter anna = chatter(*server, kAnna);
    Chatter bram = chatter(*server, kBram);
    const protocol::Conversation c = createConversation(*anna.http, {bram.id}, QStringLiteral("Storm"), 201);
    auto annaStream = openStream(*server, anna.token, currentCursor(*anna.http));
    auto bramStream = openStream(*server, bram.token, currentCursor(*bram.http));

    constexpr int kEach = 500;
    QNetworkAccessManager annaNet;
    QNetworkAccessManager bramNet;
    QList<QNetworkReply *> replies;
    QHash<QNetworkReply *, QString> sentIds;
    const QUrl url = server->url().resolved(QUrl(path(c.id, QStringLiteral("/messages"))));
    for (int i = 0; i < kEach; ++i) {
        for (Chatter *who : {&anna, &bram}) {
            QNetworkRequest req(url);
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            req.setRawHeader("Authorization", "Bearer " + who->token.toUtf8());
            req.setTransferTimeout(120000);
            const QString id = protocol::newUuidV7();
            const QByteArray body = QJsonDocument(protocol::NewMessage{id, QStringLiteral("%1 %2").arg(who->email).arg(i), {}, {}}.toJson()).toJson();
            QNetworkReply *reply = (who == &anna ? annaNet : bramNet).post(req, body);
            replies.append(reply);
            sentIds.insert(reply, id);
        }
    }
    REQUIRE(QTest::qWaitFor([&] { return std::all_of(replies.begin(), replies.end(), [](QNetworkReply *r) { return r->isFinished(); }); }, 180000));
    QHash<qint64, QString> idAt;
    for (QNetworkReply *reply : replies) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const auto m = protocol::Message::fromJson(QJsonDocument::fromJson(reply->readAll()).object());
        REQUIRE(status == 201);
        REQUIRE(m.ok());
        CHECK(m.value().id == sentIds.value(reply));
        CHECK_FALSE(idAt.contains(m.value().position));
        idAt.insert(m.value().position, m.value().id);
        reply->deleteLater();
    }
    REQUIRE(idAt.size() == 2 * kEach);
    for (qint64 p = 1; p <= 2 * kEach; ++p) REQUIRE(idAt.contains(p));

    // History, paged from the newest back, is the same order.
    QStringList history;
    QString before;
    for (int page = 0; page < 20; ++page) {
        const protocol::MessagePage p = messagesPage(*bram.http, c.id, QStringLiteral("?limit=100") + (before.isEmpty() ? QString() : QStringLiteral("&before=") + before));
        QStringList ids;
        for (const protocol::Message &m : p.items) ids.append(m.id);
        history = ids + history;
        if (!p.hasMore) break;
        before = p.items.first().id;
    }
    REQUIRE(history.size() == 2 * kEach);
    for (int i = 0; i < history.size(); ++i) REQUIRE(history[i] == idAt.value(i + 1));
    CHECK(getConversation(*anna.http, c.id).lastPosition == 2 * kEach);

    // Both streams carry every message.created, in position order.
    for (StreamClient *s : {annaStream.get(), bramStream.get()}) {
        REQUIRE(waitForEvents(*s, QStringLiteral("message.created"), 2 * kEach, 60000));
        const QList<QJsonObject> created = eventData(*s, QStringLiteral("message.created"));
        REQUIRE(created.size() == 2 * kEach);
        for (int i = 0; i < created.size(); ++i) {
            REQUIRE(created[i].value(QStringLiteral("position")).toInteger() == i + 1);
            REQUIRE(created[i].value(QStringLiteral("id")).toString() == idAt.value(i + 1));
        }
    }
}
