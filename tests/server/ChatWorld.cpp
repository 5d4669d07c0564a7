#include "ChatWorld.h"
#include "GroupWorld.h"
#include "protocol/Sync.h"
#include "protocol/Uuid.h"

#include <QJsonArray>
#include <QTest>
#include <catch2/catch.hpp>

namespace plein::test {

Chatter chatter(const ServerProcess &server, const QString &email)
{
    Chatter c;
    c.email = email;
    c.http = signIn(server, email);
    c.id = userIdOf(*c.http);
    TestHttp other(server.url());
    const HttpResult r = other.login(email);
    REQUIRE(r.status == 200);
    c.token = r.json().value(QStringLiteral("accessToken")).toString();
    return c;
}

QString conversationsPath(const QString &suffix)
{
    return QStringLiteral("/api/v1/conversations") + suffix;
}

QString messagePath(const QString &messageId, const QString &suffix)
{
    return QStringLiteral("/api/v1/messages/") + messageId + suffix;
}

protocol::Conversation createConversation(TestHttp &http, const QStringList &memberIds, const QString &title, int status,
                                          const QString &id)
{
    const protocol::NewConversation draft{id.isEmpty() ? protocol::newUuidV7() : id, memberIds, title};
    const HttpResult r = http.post(conversationsPath(), draft.toJson());
    INFO(r.body.toStdString());
    REQUIRE(r.status == status);
    if (status >= 300) return {};
    auto decoded = protocol::Conversation::fromJson(r.json());
    REQUIRE(decoded.ok());
    return decoded.value();
}

protocol::Message sendMessage(TestHttp &http, const QString &conversationId, const QString &body, const QString &replyTo,
                              const QStringList &attachmentIds)
{
    const protocol::NewMessage draft{protocol::newUuidV7(), body, replyTo, attachmentIds};
    const HttpResult r = http.post(conversationsPath(QLatin1Char('/') + conversationId + QStringLiteral("/messages")), draft.toJson());
    INFO(r.body.toStdString());
    REQUIRE(r.status == 201);
    auto decoded = protocol::Message::fromJson(r.json());
    REQUIRE(decoded.ok());
    return decoded.value();
}

protocol::Conversation getConversation(TestHttp &http, const QString &id)
{
    const HttpResult r = http.get(conversationsPath(QLatin1Char('/') + id));
    INFO(r.body.toStdString());
    REQUIRE(r.status == 200);
    auto decoded = protocol::Conversation::fromJson(r.json());
    REQUIRE(decoded.ok());
    return decoded.value();
}

protocol::MessagePage messagesPage(TestHttp &http, const QString &conversationId, const QString &query)
{
    const HttpResult r = http.get(conversationsPath(QLatin1Char('/') + conversationId + QStringLiteral("/messages") + query));
    INFO(r.body.toStdString());
    REQUIRE(r.status == 200);
    auto decoded = protocol::MessagePage::fromJson(r.json());
    REQUIRE(decoded.ok());
    return decoded.value();
}

std::unique_ptr<StreamClient> openStream(const ServerProcess &server, const QString &token, qint64 since)
{
    auto stream = std::make_unique<StreamClient>(server.url());
    REQUIRE(stream->open());
    stream->hello(token, since);
    REQUIRE(stream->waitForType(QStringLiteral("ready")) >= 0);
    return stream;
}

QList<QJsonObject> eventData(const StreamClient &stream, const QString &name)
{
    QList<QJsonObject> out;
    for (const QJsonObject &f : stream.frames())
        if (f.value(QStringLiteral("type")).toString() == QLatin1String("event") && f.value(QStringLiteral("name")).toString() == name)
            out.append(f.value(QStringLiteral("data")).toObject());
    return out;
}

bool waitForEvents(StreamClient &stream, const QString &name, int count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return eventData(stream, name).size() >= count; }, timeoutMs);
}

QList<QJsonObject> framesOfType(const StreamClient &stream, const QString &type)
{
    QList<QJsonObject> out;
    for (const QJsonObject &f : stream.frames())
        if (f.value(QStringLiteral("type")).toString() == type) out.append(f);
    return out;
}

void settle(int ms)
{
    QTest::qWait(ms);
}

QList<QJsonObject> syncEvents(TestHttp &http, qint64 since)
{
    QList<QJsonObject> out;
    for (int guard = 0; guard < 1000; ++guard) {
        const HttpResult r = http.get(QStringLiteral("/api/v1/sync?since=%1&limit=1000").arg(since));
        REQUIRE(r.status == 200);
        const auto batch = protocol::SyncBatch::fromJson(r.json());
        REQUIRE(batch.ok());
        for (const protocol::Event &e : batch.value().events) out.append(e.toJson());
        since = batch.value().cursor;
        if (!batch.value().hasMore) return out;
    }
    FAIL("sync did not end");
    return out;
}

} // namespace plein::test
