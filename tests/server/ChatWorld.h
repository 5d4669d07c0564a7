#pragma once
// Helpers for the chat tests (issue 4): signed-in people with their ids, conversations and
// messages made through the API, and streams opened at a cursor.
#include "ServerFixture.h"
#include "StreamClient.h"
#include "protocol/Conversation.h"
#include "protocol/Message.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace plein::test {

struct Chatter {
    QString email;
    QString id;
    QString token; // of a session of its own, for streams
    std::unique_ptr<TestHttp> http;
};

Chatter chatter(const ServerProcess &server, const QString &email);

QString conversationsPath(const QString &suffix = {}); // /api/v1/conversations + suffix
QString messagePath(const QString &messageId, const QString &suffix = {});

// POST /conversations; REQUIREs `status` and returns the decoded answer (empty on errors).
protocol::Conversation createConversation(TestHttp &http, const QStringList &memberIds, const QString &title = {},
                                          int status = 201, const QString &id = {});
// POST /conversations/{id}/messages; REQUIREs 201 and returns the stored message.
protocol::Message sendMessage(TestHttp &http, const QString &conversationId, const QString &body,
                              const QString &replyTo = {}, const QStringList &attachmentIds = {});
protocol::Conversation getConversation(TestHttp &http, const QString &id);
protocol::MessagePage messagesPage(TestHttp &http, const QString &conversationId, const QString &query = {});

// A stream that said hello with `since` and got its ready frame.
std::unique_ptr<StreamClient> openStream(const ServerProcess &server, const QString &token, qint64 since);
// The data of the event frames called `name` received so far, in order.
QList<QJsonObject> eventData(const StreamClient &stream, const QString &name);
// Waits until at least `count` events called `name` have arrived.
bool waitForEvents(StreamClient &stream, const QString &name, int count, int timeoutMs = 5000);
// Frames of `type` received so far.
QList<QJsonObject> framesOfType(const StreamClient &stream, const QString &type);
// Lets the event loop run for `ms` (so frames that should not come have had their chance).
void settle(int ms);

// Events of /sync after `since`, all of them, as raw frames.
QList<QJsonObject> syncEvents(TestHttp &http, qint64 since);

} // namespace plein::test
