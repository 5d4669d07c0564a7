// Chats as a person uses them: the real QML offscreen against a real plein-server with the tiny
// demo seed (Dutch chats between anna, bram, admin and extern), driven by objectName, checked
// against what the screen shows and what the server then holds. Also renders the chat
// screenshots at phone, tablet and desktop size.
#include "AppUnderTest.h"
#include "ServerProcess.h"
#include "TestHttp.h"
#include "Wait.h"
#include "WindowShots.h"
#include "protocol/Uuid.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QQmlContext>
#include <QJSValue>
#include <QQmlExpression>
#include <QTest>
#include <QWebSocket>
#include <catch2/catch.hpp>

using namespace plein;
using namespace plein::test;

namespace {
const QString kBram = QStringLiteral("bram@plein.demo");
const QString kAnna = QStringLiteral("anna@plein.demo");
const QString kAdmin = QStringLiteral("admin@plein.demo");
const QString kPassword = QStringLiteral("demo-password");
const QString kLastFromAnna = QStringLiteral("Kun je morgen om 10:00 even bellen over de planning?");

void signIn(AppUnderTest &app, const QString &email)
{
    REQUIRE(app.isShown(QStringLiteral("loginButton")));
    app.item(QStringLiteral("loginEmail"))->setProperty("text", QString());
    app.type(QStringLiteral("loginEmail"), email);
    app.item(QStringLiteral("loginPassword"))->setProperty("text", QString());
    app.type(QStringLiteral("loginPassword"), kPassword);
    app.press(Qt::Key_Return);
    REQUIRE(waitUntil([&] { return app.session().isSignedIn() && app.session().isSynced(); }, 15000));
}

// Someone else, over REST.
struct Person {
    explicit Person(const ServerProcess &server, const QString &email) : http(server.url()), url(server.url())
    {
        const HttpResult login = http.login(email, kPassword);
        REQUIRE(login.status == 200);
        token = login.json().value(QStringLiteral("accessToken")).toString();
        const HttpResult boot = http.get(QStringLiteral("/api/v1/bootstrap"));
        REQUIRE(boot.status == 200);
        id = boot.json().value(QStringLiteral("me")).toObject().value(QStringLiteral("id")).toString();
        cursor = boot.json().value(QStringLiteral("cursor")).toInteger();
        REQUIRE(!id.isEmpty());
    }
    // Types in a conversation, as the app does: a typing frame on the live stream.
    void startTyping(const QString &conversationId)
    {
        QUrl ws = url;
        ws.setScheme(QStringLiteral("ws"));
        ws.setPath(QStringLiteral("/api/v1/stream"));
        if (stream.state() != QAbstractSocket::ConnectedState) {
            stream.open(ws);
            REQUIRE(waitUntil([&] { return stream.state() == QAbstractSocket::ConnectedState; }, 5000));
            stream.sendTextMessage(QString::fromUtf8(QJsonDocument(QJsonObject{
                {QStringLiteral("type"), QStringLiteral("hello")}, {QStringLiteral("token"), token},
                {QStringLiteral("since"), cursor}}).toJson(QJsonDocument::Compact)));
            app::settle(200);
        }
        stream.sendTextMessage(QString::fromUtf8(QJsonDocument(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("typing")}, {QStringLiteral("conversationId"), conversationId}}).toJson(QJsonDocument::Compact)));
    }
    QJsonArray conversations()
    {
        return http.get(QStringLiteral("/api/v1/conversations")).json().value(QStringLiteral("items")).toArray();
    }
    // The conversation with this title (groups) or with this other member (1:1).
    QString conversationWith(const QString &titleOrUserId)
    {
        for (const auto &v : conversations()) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("title")).toString() == titleOrUserId) return c.value(QStringLiteral("id")).toString();
            if (!c.value(QStringLiteral("direct")).toBool()) continue;
            for (const auto &m : c.value(QStringLiteral("members")).toArray())
                if (m.toObject().value(QStringLiteral("userId")).toString() == titleOrUserId) return c.value(QStringLiteral("id")).toString();
        }
        return {};
    }
    void say(const QString &conversationId, const QString &body)
    {
        const HttpResult r = http.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversationId),
                                       {{QStringLiteral("id"), protocol::newUuidV7()}, {QStringLiteral("body"), body}});
        INFO(r.body.toStdString());
        REQUIRE(r.status == 201);
    }
    // Oldest first.
    QJsonArray messages(const QString &conversationId)
    {
        return http.get(QStringLiteral("/api/v1/conversations/%1/messages?limit=100").arg(conversationId))
            .json().value(QStringLiteral("items")).toArray();
    }
    QJsonObject lastMessage(const QString &conversationId)
    {
        const QJsonArray items = messages(conversationId);
        return items.isEmpty() ? QJsonObject() : items.last().toObject();
    }
    TestHttp http;
    QUrl url;
    QString id;
    QString token;
    qint64 cursor = 0;
    QWebSocket stream;
};

QQuickItem *rowOf(AppUnderTest &app, const QString &listName, int row)
{
    QQuickItem *list = app.item(listName);
    if (!list) return nullptr;
    QQuickItem *delegate = nullptr;
    QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, delegate), Q_ARG(int, row));
    return delegate;
}
QQuickItem *messageRow(AppUnderTest &app, int row) { return rowOf(app, QStringLiteral("messagesList"), row); }
QString messageText(AppUnderTest &app, int row, const QString &name)
{
    QQuickItem *r = messageRow(app, row);
    return r ? app.text(name, r) : QString();
}
QString messageState(AppUnderTest &app, int row)
{
    QQuickItem *r = messageRow(app, row);
    QQuickItem *mark = r ? app.item(QStringLiteral("messageState"), r) : nullptr;
    return mark ? mark->property("stateName").toString() : QString();
}
QString conversationText(AppUnderTest &app, int row, const QString &name)
{
    QQuickItem *r = app.item(QStringLiteral("conversationRow%1").arg(row));
    return r ? app.text(name, r) : QString();
}
// The row of the conversation list with this title, or -1.
int conversationRow(AppUnderTest &app, const QString &title)
{
    for (int i = 0; i < 20; ++i)
        if (conversationText(app, i, QStringLiteral("conversationTitle")) == title) return i;
    return -1;
}
void clickAt(AppUnderTest &app, QQuickItem *item, Qt::MouseButton button = Qt::LeftButton)
{
    REQUIRE(item);
    const QPoint centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint();
    QTest::mouseClick(app.window(), button, {}, centre);
}
void pressKey(AppUnderTest &app, Qt::Key key, Qt::KeyboardModifiers modifiers = {})
{
    QTest::keyClick(app.window(), key, modifiers);
}
QString fieldText(AppUnderTest &app) { return app.text(QStringLiteral("chatComposerText")); }
} // namespace

TEST_CASE("chats: the list with unread counts, a conversation opened at its first unread, reply, image, Enter sends", "[ui][chat]")
{
    ServerProcess server;
    REQUIRE(server.start());
    Person anna(server, kAnna);
    Person admin(server, kAdmin);
    Person bram(server, kBram);
    const QString annaBram = anna.conversationWith(bram.id);
    const QString borrel = anna.conversationWith(QStringLiteral("Vrijdagmiddagborrel"));
    const QString backup = admin.conversationWith(bram.id);
    REQUIRE(!annaBram.isEmpty());
    REQUIRE(!borrel.isEmpty());
    REQUIRE(!backup.isEmpty());

    // Before Bram opens the app: he muted the admin's chat, which then got a message; Anna wrote
    // in the drinks group and once more to him (after the seeded one he has not read).
    REQUIRE(bram.http.put(QStringLiteral("/api/v1/conversations/%1/mute").arg(backup)).status == 200);
    admin.say(backup, QStringLiteral("Denk je aan de update van vanavond?"));
    anna.say(borrel, QStringLiteral("Zal ik de bitterballen bestellen?"));
    anna.say(annaBram, QStringLiteral("Of liever om 11:00?"));

    AppUnderTest app({server.url().toString(), {}, {}});
    signIn(app, kBram);
    // On the feed, before the chat list is made, the badge counts what is unread (the muted chat
    // left out) and follows a new message.
    REQUIRE(waitUntil([&] { return app.text(QStringLiteral("navBadge")) == QStringLiteral("3"); }, 10000));
    anna.say(annaBram, QStringLiteral("Laat maar weten wat je past."));
    REQUIRE(waitUntil([&] { return app.text(QStringLiteral("navBadge")) == QStringLiteral("4"); }, 5000));
    app.click(QStringLiteral("navChats"));
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("conversationRow2")); }, 10000));

    // Newest activity first, each with its last message, unread count and mute mark.
    CHECK(conversationText(app, 0, QStringLiteral("conversationTitle")) == QStringLiteral("Anna de Vries"));
    CHECK(conversationText(app, 0, QStringLiteral("conversationPreview")) == QStringLiteral("Laat maar weten wat je past."));
    CHECK(conversationText(app, 0, QStringLiteral("conversationUnread")) == QStringLiteral("3"));
    CHECK(conversationText(app, 0, QStringLiteral("conversationTime")) == QStringLiteral("now"));
    CHECK(conversationText(app, 1, QStringLiteral("conversationTitle")) == QStringLiteral("Vrijdagmiddagborrel"));
    CHECK(conversationText(app, 1, QStringLiteral("conversationPreview")) == QStringLiteral("Anna: Zal ik de bitterballen bestellen?"));
    CHECK(conversationText(app, 1, QStringLiteral("conversationUnread")) == QStringLiteral("1"));
    CHECK(app.item(QStringLiteral("conversationMuted"), app.item(QStringLiteral("conversationRow1"))) == nullptr);
    CHECK(conversationText(app, 2, QStringLiteral("conversationUnread")) == QStringLiteral("1"));
    CHECK(app.item(QStringLiteral("conversationMuted"), app.item(QStringLiteral("conversationRow2"))) != nullptr);
    // The total leaves the muted one out.
    CHECK(app.text(QStringLiteral("navBadge")) == QStringLiteral("4"));
    REQUIRE(app.shoot(QStringLiteral("chats-list")));

    // Opening Anna's: at the first unread message under "New messages"; then read, here and
    // on the server, and the badge counts only the drinks group.
    app.click(QStringLiteral("conversationRow0"));
    REQUIRE(waitUntil([&] { return app.text(QStringLiteral("conversationHeaderTitle")) == QStringLiteral("Anna de Vries"); }, 5000));
    REQUIRE(waitUntil([&] { return messageText(app, 0, QStringLiteral("messageBody")) == QStringLiteral("Laat maar weten wat je past."); }, 5000));
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("newMessagesDivider")); }, 5000));
    CHECK(app.item(QStringLiteral("newMessagesDivider"), messageRow(app, 2)) != nullptr);
    CHECK(messageText(app, 2, QStringLiteral("messageBody")) == kLastFromAnna);
    REQUIRE(waitUntil([&] { return app.text(QStringLiteral("navBadge")) == QStringLiteral("1"); }, 5000));
    CHECK(app.item(QStringLiteral("conversationUnread"), app.item(QStringLiteral("conversationRow0"))) == nullptr);
    // The seeded reply quotes its original.
    REQUIRE(app.shoot(QStringLiteral("chat-conversation")));

    // Enter sends (desktop) and empties the field; the server has it once.
    {
        const QString text = QStringLiteral("Morgen om 10:00 is goed.");
        app.type(QStringLiteral("chatComposerText"), text);
        pressKey(app, Qt::Key_Return);
        REQUIRE(waitUntil([&] { return fieldText(app).isEmpty(); }, 3000));
        REQUIRE(waitUntil([&] { return messageText(app, 0, QStringLiteral("messageBody")) == text; }, 3000));
        REQUIRE(waitUntil([&] { return bram.lastMessage(annaBram).value(QStringLiteral("body")).toString() == text; }, 8000));
        REQUIRE(waitUntil([&] { return messageState(app, 0) == QStringLiteral("sent") || messageState(app, 0) == QStringLiteral("read"); }, 5000));
        CHECK(conversationText(app, 0, QStringLiteral("conversationPreview")) == QStringLiteral("You: ") + text);
    }

    // Shift+Enter is a new line; Enter then sends both lines as one message.
    {
        app.type(QStringLiteral("chatComposerText"), QStringLiteral("Eerste regel"));
        pressKey(app, Qt::Key_Return, Qt::ShiftModifier);
        app.type(QStringLiteral("chatComposerText"), QStringLiteral("tweede regel"));
        CHECK(fieldText(app) == QStringLiteral("Eerste regel\ntweede regel"));
        pressKey(app, Qt::Key_Return);
        REQUIRE(waitUntil([&] { return fieldText(app).isEmpty(); }, 3000));
        REQUIRE(waitUntil([&] { return bram.lastMessage(annaBram).value(QStringLiteral("body")).toString() == QStringLiteral("Eerste regel\ntweede regel"); }, 8000));
    }

    // Replying to Anna's question from the message's menu: the reply quotes it, here and on the server.
    {
        const int questionRow = 4; // two of mine, then Anna's three
        REQUIRE(waitUntil([&] { return messageText(app, questionRow, QStringLiteral("messageBody")) == kLastFromAnna; }, 3000));
        clickAt(app, app.item(QStringLiteral("messageBubble"), messageRow(app, questionRow)), Qt::RightButton);
        REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("messageReply")); }, 2000));
        REQUIRE(app.shoot(QStringLiteral("chat-message-menu")));
        app.click(QStringLiteral("messageReply"));
        REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("chatReplyBar")); }, 2000));
        CHECK(app.text(QStringLiteral("chatReplyTitle")) == QStringLiteral("Reply to Anna de Vries"));
        const QString text = QStringLiteral("Bellen is prima, ik ben op kantoor.");
        app.type(QStringLiteral("chatComposerText"), text);
        REQUIRE(app.shoot(QStringLiteral("chat-replying")));
        pressKey(app, Qt::Key_Return);
        REQUIRE(waitUntil([&] { return messageText(app, 0, QStringLiteral("messageBody")) == text; }, 3000));
        CHECK_FALSE(app.isShown(QStringLiteral("chatReplyBar")));
        CHECK(messageText(app, 0, QStringLiteral("messageQuoteAuthor")) == QStringLiteral("Anna de Vries"));
        CHECK(messageText(app, 0, QStringLiteral("messageQuoteText")) == kLastFromAnna);
        auto replied = [&] {
            const QJsonObject last = bram.lastMessage(annaBram);
            return last.value(QStringLiteral("body")).toString() == text
                && last.value(QStringLiteral("replyTo")).toObject().value(QStringLiteral("excerpt")).toString() == kLastFromAnna;
        };
        REQUIRE(waitUntil(replied, 8000));
        REQUIRE(app.shoot(QStringLiteral("chat-reply")));
    }

    // An image with a caption: shown in the bubble, and the server has one message with one file.
    {
        QImage image(480, 320, QImage::Format_RGB32);
        image.fill(QColor(QStringLiteral("#3CC482")));
        const QString path = app.home() + QStringLiteral("/planning.png");
        REQUIRE(image.save(path));
        QVariant attached;
        QMetaObject::invokeMethod(app.item(QStringLiteral("chatComposer")), "attachFile", Q_RETURN_ARG(QVariant, attached), Q_ARG(QVariant, path));
        CHECK(attached.toBool());
        REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("chatAttachment")); }, 2000));
        const QString caption = QStringLiteral("De planning zoals hij nu is");
        app.type(QStringLiteral("chatComposerText"), caption);
        app.click(QStringLiteral("chatSend"));
        REQUIRE(waitUntil([&] { return messageText(app, 0, QStringLiteral("messageBody")) == caption; }, 3000));
        REQUIRE(waitUntil([&] { return !app.isShown(QStringLiteral("chatAttachment")); }, 3000));
        CHECK(app.item(QStringLiteral("messageAttachments"), messageRow(app, 0)) != nullptr);
        auto uploaded = [&] {
            const QJsonObject last = bram.lastMessage(annaBram);
            return last.value(QStringLiteral("body")).toString() == caption
                && last.value(QStringLiteral("attachments")).toArray().size() == 1;
        };
        REQUIRE(waitUntil(uploaded, 10000));
        REQUIRE(waitUntil([&] { return messageState(app, 0) == QStringLiteral("sent") || messageState(app, 0) == QStringLiteral("read"); }, 5000));
        app::settle(300);
        REQUIRE(app.shoot(QStringLiteral("chat-image")));
        app.setScheme(QStringLiteral("dark"));
        REQUIRE(app.shoot(QStringLiteral("chat-image-dark")));
        app.setScheme(QStringLiteral("system"));
    }

    // A file without text: a row with its name and size, and the server has it.
    {
        const QString path = app.home() + QStringLiteral("/notulen-overleg.txt");
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("Notulen van het overleg\n").repeated(40));
        file.close();
        QVariant attached;
        QMetaObject::invokeMethod(app.item(QStringLiteral("chatComposer")), "attachFile", Q_RETURN_ARG(QVariant, attached), Q_ARG(QVariant, path));
        CHECK(attached.toBool());
        REQUIRE(waitUntil([&] { return app.text(QStringLiteral("chatAttachmentName")) == QStringLiteral("notulen-overleg.txt"); }, 2000));
        app.click(QStringLiteral("chatSend"));
        REQUIRE(waitUntil([&] { return !app.isShown(QStringLiteral("chatAttachment")); }, 3000));
        REQUIRE(waitUntil([&] { return app.item(QStringLiteral("attachmentFileButton"), messageRow(app, 0)) != nullptr; }, 3000));
        auto uploaded = [&] {
            const QJsonArray files = bram.lastMessage(annaBram).value(QStringLiteral("attachments")).toArray();
            return files.size() == 1 && files.first().toObject().value(QStringLiteral("name")).toString() == QStringLiteral("notulen-overleg.txt");
        };
        REQUIRE(waitUntil(uploaded, 10000));
        // A file without text: its name stands for it in the list.
        CHECK(waitUntil([&] { return conversationText(app, 0, QStringLiteral("conversationPreview")) == QStringLiteral("You: notulen-overleg.txt"); }, 3000));
        REQUIRE(app.shoot(QStringLiteral("chat-file")));
    }

    // Anna reads it: my messages get the double check.
    {
        const QJsonObject last = anna.lastMessage(annaBram);
        REQUIRE(anna.http.post(QStringLiteral("/api/v1/conversations/%1/read").arg(annaBram),
                               {{QStringLiteral("messageId"), last.value(QStringLiteral("id")).toString()}}).status == 200);
        REQUIRE(waitUntil([&] { return messageState(app, 0) == QStringLiteral("read"); }, 8000));
    }

    // A new message from Anna while it is open: shown at once, and not unread.
    {
        const QString text = QStringLiteral("Top, tot morgen!");
        anna.say(annaBram, text);
        REQUIRE(waitUntil([&] { return messageText(app, 0, QStringLiteral("messageBody")) == text; }, 5000));
        app::settle(300);
        CHECK(app.text(QStringLiteral("navBadge")) == QStringLiteral("1"));
    }

    // Anna types: "Anna is typing…" above the field and under the name.
    {
        anna.startTyping(annaBram);
        REQUIRE(waitUntil([&] { return app.text(QStringLiteral("typingIndicator")) == QStringLiteral("Anna is typing\u2026"); }, 5000));
        CHECK(app.text(QStringLiteral("conversationHeaderMeta")) == QStringLiteral("Anna is typing\u2026"));
        REQUIRE(app.shoot(QStringLiteral("chat-typing")));
    }

    // On a phone the conversation covers the list, with a back button.
    {
        app.window()->resize(app::kPhoneSize);
        app::settle(200);
        REQUIRE(app.isShown(QStringLiteral("conversationBack")));
        CHECK_FALSE(app.isShown(QStringLiteral("conversationList")));
        // The open conversation takes the whole screen, without the bottom navigation.
        CHECK_FALSE(app.isShown(QStringLiteral("navChats")));
        app.click(QStringLiteral("conversationBack"));
        REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("conversationList")); }, 2000));
        CHECK_FALSE(app.isShown(QStringLiteral("conversationView")));
        CHECK(app.isShown(QStringLiteral("navChats")));
        app.window()->resize(app::kDesktopSize);
        app::settle(200);
    }

    // A group conversation: the sender's name and avatar at the start of each run.
    {
        const int row = conversationRow(app, QStringLiteral("Vrijdagmiddagborrel"));
        REQUIRE(row >= 0);
        app.click(QStringLiteral("conversationRow%1").arg(row));
        REQUIRE(waitUntil([&] { return messageText(app, 0, QStringLiteral("messageBody")) == QStringLiteral("Zal ik de bitterballen bestellen?"); }, 5000));
        CHECK(messageText(app, 0, QStringLiteral("messageAuthor")) == QStringLiteral("Anna de Vries"));
        CHECK(app.text(QStringLiteral("conversationHeaderMeta")) == QStringLiteral("5 members"));
        REQUIRE(waitUntil([&] { return !app.isShown(QStringLiteral("navBadge")); }, 5000));
        REQUIRE(app.shoot(QStringLiteral("chat-group")));
    }
}

TEST_CASE("chats: a message waits while the server is away, and one the server refuses offers Retry and Delete", "[ui][chat]")
{
    ServerProcess server;
    REQUIRE(server.start());
    Person admin(server, kAdmin);
    Person bram(server, kBram);
    const QString backup = admin.conversationWith(bram.id);
    REQUIRE(!backup.isEmpty());

    AppUnderTest app({server.url().toString(), {}, {}});
    signIn(app, kBram);
    app.click(QStringLiteral("navChats"));
    int row = -1;
    REQUIRE(waitUntil([&] {
        for (int i = 0; i < 5 && row < 0; ++i)
            if (app.text(QStringLiteral("conversationPreview"), app.item(QStringLiteral("conversationRow%1").arg(i)))
                    == QStringLiteral("You: Klaar, alles groen \u2705"))
                row = i;
        return row >= 0;
    }, 10000));
    app.click(QStringLiteral("conversationRow%1").arg(row));
    REQUIRE(waitUntil([&] { return messageText(app, 0, QStringLiteral("messageBody")) == QStringLiteral("Klaar, alles groen \u2705"); }, 5000));

    // The server goes away: what I write waits with a clock, and goes out when it is back.
    server.stop();
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("offlineBanner")); }, 15000));
    const QString text = QStringLiteral("Ik kijk er morgenvroeg nog even naar.");
    app.type(QStringLiteral("chatComposerText"), text);
    pressKey(app, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return messageText(app, 0, QStringLiteral("messageBody")) == text; }, 3000));
    CHECK(fieldText(app).isEmpty());
    CHECK(messageState(app, 0) == QStringLiteral("pending"));
    REQUIRE(app.shoot(QStringLiteral("chat-pending")));
    REQUIRE(server.start());
    REQUIRE(waitUntil([&] { return messageState(app, 0) == QStringLiteral("sent") || messageState(app, 0) == QStringLiteral("read"); }, 20000));
    REQUIRE(waitUntil([&] { return bram.lastMessage(backup).value(QStringLiteral("body")).toString() == text; }, 8000));

    // Too long for the server (it takes at most 10,000 characters): refused, said so, with
    // Retry and Delete; Delete takes it away.
    const QString tooLong = QStringLiteral("Logboek: ") + QString(10001, QLatin1Char('x'));
    app.item(QStringLiteral("chatComposerText"))->setProperty("text", tooLong);
    app::settle(100);
    REQUIRE(app.item(QStringLiteral("chatSend"))->property("enabled").toBool());
    app.click(QStringLiteral("chatSend"));
    REQUIRE(waitUntil([&] { return messageState(app, 0) == QStringLiteral("failed"); }, 15000));
    REQUIRE(waitUntil([&] { return app.item(QStringLiteral("messageFailed"), messageRow(app, 0)) != nullptr; }, 3000));
    CHECK(app.text(QStringLiteral("messageFailedMessage"), messageRow(app, 0)).startsWith(QStringLiteral("Not sent")));
    CHECK(app.item(QStringLiteral("messageRetry"), messageRow(app, 0)) != nullptr);
    CHECK(app.item(QStringLiteral("messageDiscard"), messageRow(app, 0)) != nullptr);
    CHECK(bram.lastMessage(backup).value(QStringLiteral("body")).toString() == text);
    // Scroll to the newest so the bubble's end and its notice are in the shot.
    QMetaObject::invokeMethod(app.item(QStringLiteral("messagesList")), "positionViewAtBeginning");
    REQUIRE(app.shoot(QStringLiteral("chat-failed")));
    // Delete, where the user sees it.
    auto inView = [&] {
        QQuickItem *button = app.item(QStringLiteral("messageDiscard"), messageRow(app, 0));
        if (!button) return false;
        const QPointF centre = button->mapToScene(QPointF(button->width() / 2, button->height() / 2));
        INFO("Delete at " << centre.x() << "," << centre.y());
        return QRectF(QPointF(0, 0), app.window()->size()).contains(centre);
    };
    REQUIRE(waitUntil(inView, 3000));
    app.click(QStringLiteral("messageDiscard"), messageRow(app, 0));
    REQUIRE(waitUntil([&] { return messageText(app, 0, QStringLiteral("messageBody")) == text; }, 5000));
}

TEST_CASE("chats: a new conversation from the people picker, its details, and leaving it", "[ui][chat]")
{
    ServerProcess server;
    REQUIRE(server.start());
    Person bram(server, kBram);

    AppUnderTest app({server.url().toString(), {}, {}});
    signIn(app, kBram);
    app.click(QStringLiteral("navChats"));
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("conversationRow0")); }, 10000));
    // Nothing open yet on a desktop: a hint beside the list.
    CHECK(app.isShown(QStringLiteral("chatsNoneOpen")));

    // Search people by name: the server's matches, without me.
    app.click(QStringLiteral("chatsNew"));
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("newConversationSearch")); }, 2000));
    app.type(QStringLiteral("newConversationSearch"), QStringLiteral("de"));
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("newConversationPerson1")); }, 5000));
    const QString first = app.text(QStringLiteral("personName"), app.item(QStringLiteral("newConversationPerson0")));
    const QString second = app.text(QStringLiteral("personName"), app.item(QStringLiteral("newConversationPerson1")));
    CHECK(!first.isEmpty());
    CHECK(first != app.session().myName());
    CHECK(second != app.session().myName());
    REQUIRE(app.shoot(QStringLiteral("chat-new-search")));

    // Two people and a name make a group conversation, opened at once and empty.
    app.click(QStringLiteral("newConversationPerson0"));
    app.click(QStringLiteral("newConversationPerson1"));
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("newConversationTitle")); }, 2000));
    app.type(QStringLiteral("newConversationTitle"), QStringLiteral("Verhuizing derde verdieping"));
    CHECK(app.text(QStringLiteral("newConversationStart")) == QStringLiteral("Create group conversation"));
    REQUIRE(app.shoot(QStringLiteral("chat-new-group")));
    app.click(QStringLiteral("newConversationStart"));
    REQUIRE(waitUntil([&] { return app.text(QStringLiteral("conversationHeaderTitle")) == QStringLiteral("Verhuizing derde verdieping"); }, 8000));
    CHECK_FALSE(app.isShown(QStringLiteral("newConversationSearch")));
    CHECK(app.text(QStringLiteral("conversationHeaderMeta")) == QStringLiteral("3 members"));
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("conversationEmpty")); }, 3000));
    CHECK(app.text(QStringLiteral("conversationEmptyText")) == QStringLiteral("No messages yet. Say hello."));
    const QString created = bram.conversationWith(QStringLiteral("Verhuizing derde verdieping"));
    REQUIRE(!created.isEmpty());
    // List and conversation side by side on a desktop.
    CHECK(app.isShown(QStringLiteral("conversationList")));
    REQUIRE(app.shoot(QStringLiteral("chat-empty-conversation")));

    // Its details: the three members, mute, and leaving (asked first).
    app.click(QStringLiteral("conversationInfoButton"));
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("infoMember")); }, 3000));
    int members = 0;
    for (QQuickItem *child : app.item(QStringLiteral("infoMember"))->parentItem()->childItems())
        members += child->objectName() == QStringLiteral("infoMember") ? 1 : 0;
    CHECK(members == 3);
    REQUIRE(app.shoot(QStringLiteral("chat-details")));
    app.click(QStringLiteral("infoMute"));
    auto muted = [&] {
        for (const auto &v : bram.conversations())
            if (v.toObject().value(QStringLiteral("id")).toString() == created) return v.toObject().value(QStringLiteral("muted")).toBool();
        return false;
    };
    REQUIRE(waitUntil(muted, 8000));
    auto serverMembers = [&] {
        for (const auto &v : bram.conversations())
            if (v.toObject().value(QStringLiteral("id")).toString() == created)
                return int(v.toObject().value(QStringLiteral("members")).toArray().size());
        return -1;
    };
    auto shownMembers = [&] {
        QQuickItem *one = app.item(QStringLiteral("infoMember"));
        int n = 0;
        if (one)
            for (QQuickItem *child : one->parentItem()->childItems())
                n += child->objectName() == QStringLiteral("infoMember") && child->isVisible() ? 1 : 0;
        return n;
    };

    // Renamed: the header, the list and the server say so.
    app.item(QStringLiteral("infoTitleField"))->setProperty("text", QString());
    app.type(QStringLiteral("infoTitleField"), QStringLiteral("Verhuizing 3e verdieping"));
    app.click(QStringLiteral("infoRename"));
    REQUIRE(waitUntil([&] { return !bram.conversationWith(QStringLiteral("Verhuizing 3e verdieping")).isEmpty(); }, 8000));
    REQUIRE(waitUntil([&] { return app.text(QStringLiteral("conversationHeaderTitle")) == QStringLiteral("Verhuizing 3e verdieping")
                                   || app.text(QStringLiteral("infoTitle")) == QStringLiteral("Verhuizing 3e verdieping"); }, 8000));
    CHECK(waitUntil([&] { return conversationRow(app, QStringLiteral("Verhuizing 3e verdieping")) >= 0; }, 5000));

    // Someone added by name, then removed again (asked first).
    app.type(QStringLiteral("infoAddSearch"), QStringLiteral("Eva"));
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("infoAddPerson")); }, 5000));
    app.click(QStringLiteral("infoAddPerson"));
    REQUIRE(waitUntil([&] { return serverMembers() == 4; }, 8000));
    REQUIRE(waitUntil([&] { return shownMembers() == 4; }, 8000));
    app.click(QStringLiteral("infoMemberRemove"));
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("infoConfirmText")); }, 2000));
    CHECK(app.text(QStringLiteral("infoConfirmText")).startsWith(QStringLiteral("Remove ")));
    app::settle(200);
    app.click(QStringLiteral("infoConfirm"));
    REQUIRE(waitUntil([&] { return serverMembers() == 3; }, 8000));
    REQUIRE(waitUntil([&] { return shownMembers() == 3; }, 8000));

    app.click(QStringLiteral("infoLeave"));
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("infoConfirmText")); }, 2000));
    CHECK(app.text(QStringLiteral("infoConfirmText")).startsWith(QStringLiteral("Leave \u201cVerhuizing 3e verdieping\u201d?")));
    app::settle(200);
    app.click(QStringLiteral("infoConfirm"));
    REQUIRE(waitUntil([&] { return bram.conversationWith(QStringLiteral("Verhuizing 3e verdieping")).isEmpty(); }, 8000));
    REQUIRE(waitUntil([&] { return !app.isShown(QStringLiteral("conversationView")); }, 8000));
    // Gone from my list too, once the server's removal event is in.
    CHECK(waitUntil([&] { return conversationRow(app, QStringLiteral("Verhuizing 3e verdieping")) < 0; }, 8000));

    // A 1:1 with one person picked opens that conversation (the existing one with Anna).
    app.click(QStringLiteral("chatsNew"));
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("newConversationSearch")); }, 2000));
    app.type(QStringLiteral("newConversationSearch"), QStringLiteral("Anna"));
    REQUIRE(waitUntil([&] {
        return app.text(QStringLiteral("personName"), app.item(QStringLiteral("newConversationPerson0"))) == QStringLiteral("Anna de Vries");
    }, 5000));
    app.click(QStringLiteral("newConversationPerson0"));
    CHECK(app.text(QStringLiteral("newConversationStart")) == QStringLiteral("Chat with Anna"));
    app.click(QStringLiteral("newConversationStart"));
    REQUIRE(waitUntil([&] { return app.text(QStringLiteral("conversationHeaderTitle")) == QStringLiteral("Anna de Vries"); }, 8000));
    REQUIRE(waitUntil([&] { return messageText(app, 0, QStringLiteral("messageBody")) == kLastFromAnna; }, 5000));
}

namespace {
// The row whose message has this text, among the first `rows`, or -1.
int messageRowWith(AppUnderTest &app, const QString &body, int rows = 30)
{
    for (int i = 0; i < rows; ++i)
        if (messageText(app, i, QStringLiteral("messageBody")) == body) return i;
    return -1;
}
void openMenuOn(AppUnderTest &app, int row)
{
    QMetaObject::invokeMethod(app.item(QStringLiteral("messagesList")), "positionViewAtIndex", Q_ARG(int, row), Q_ARG(int, 1 /* ListView.Center */));
    app::settle(100);
    clickAt(app, app.item(QStringLiteral("messageBubble"), messageRow(app, row)), Qt::RightButton);
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("messageReply")); }, 2000));
    // Let the menu lay out its entries (Edit and Delete only for mine) before clicking one.
    app::settle(200);
}
} // namespace

TEST_CASE("chats: keyboard, editing my message, a quote leads to its original, a notification opens its chat", "[ui][chat]")
{
    ServerProcess server;
    REQUIRE(server.start());
    Person anna(server, kAnna);
    Person bram(server, kBram);
    const QString annaBram = anna.conversationWith(bram.id);
    const QString borrel = anna.conversationWith(QStringLiteral("Vrijdagmiddagborrel"));

    AppUnderTest app({server.url().toString(), {}, {}});
    signIn(app, kBram);
    app.click(QStringLiteral("navChats"));
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("conversationRow2")); }, 10000));

    // Keyboard: in the list, Down moves and Enter opens.
    app.item(QStringLiteral("conversationList"))->forceActiveFocus();
    app::settle(50);
    const QString second = conversationText(app, 1, QStringLiteral("conversationTitle"));
    pressKey(app, Qt::Key_Down);
    pressKey(app, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return app.text(QStringLiteral("conversationHeaderTitle")) == second; }, 5000));
    // The field has the focus then: typing goes straight into it.
    REQUIRE(waitUntil([&] { return app.item(QStringLiteral("chatComposerText"))->hasActiveFocus(); }, 2000));

    const int annaRow = conversationRow(app, QStringLiteral("Anna de Vries"));
    REQUIRE(annaRow >= 0);
    app.click(QStringLiteral("conversationRow%1").arg(annaRow));
    REQUIRE(waitUntil([&] { return messageText(app, 0, QStringLiteral("messageBody")) == kLastFromAnna; }, 5000));

    // My message with a typo, corrected from its menu: "edited", here and on the server.
    const QString typo = QStringLiteral("Ik bel je om tien uur op mijn moible.");
    const QString fixed = QStringLiteral("Ik bel je om tien uur op mijn mobiel.");
    app.type(QStringLiteral("chatComposerText"), typo);
    pressKey(app, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return messageText(app, 0, QStringLiteral("messageBody")) == typo && messageState(app, 0) != QStringLiteral("pending"); }, 8000));
    openMenuOn(app, 0);
    app.click(QStringLiteral("messageEdit"));
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("chatEditBar")); }, 2000));
    CHECK(fieldText(app) == typo);
    // Escape leaves editing and empties the field.
    pressKey(app, Qt::Key_Escape);
    REQUIRE(waitUntil([&] { return !app.isShown(QStringLiteral("chatEditBar")); }, 2000));
    CHECK(fieldText(app).isEmpty());
    openMenuOn(app, 0);
    app.click(QStringLiteral("messageEdit"));
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("chatEditBar")); }, 2000));
    app.item(QStringLiteral("chatComposerText"))->setProperty("text", fixed);
    app.item(QStringLiteral("chatComposerText"))->forceActiveFocus();
    pressKey(app, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return messageText(app, 0, QStringLiteral("messageBody")) == fixed; }, 3000));
    CHECK(fieldText(app).isEmpty());
    REQUIRE(waitUntil([&] { return app.item(QStringLiteral("messageEdited"), messageRow(app, 0)) != nullptr; }, 8000));
    auto serverHas = [&](const QString &body) {
        const QJsonObject last = bram.lastMessage(annaBram);
        return last.value(QStringLiteral("body")).toString() == body && last.value(QStringLiteral("editedAt")).toInteger() > 0;
    };
    REQUIRE(waitUntil([&] { return serverHas(fixed); }, 8000));

    // The seeded reply quotes an older message: tapping the quote brings that one into view, marked.
    {
        const QString quoted = QStringLiteral("Zag je dat de vergaderzaal op de derde verdieping weer vrij is?");
        const int replyRow = messageRowWith(app, QStringLiteral("Ja, ik heb hem voor donderdag gereserveerd."));
        REQUIRE(replyRow >= 0);
        QMetaObject::invokeMethod(app.item(QStringLiteral("messagesList")), "positionViewAtIndex", Q_ARG(int, replyRow), Q_ARG(int, 1));
        app::settle(100);
        app.click(QStringLiteral("messageQuote"), messageRow(app, replyRow));
        REQUIRE(waitUntil([&] {
            const int r = messageRowWith(app, quoted);
            return r >= 0 && messageRow(app, r)->property("highlighted").toBool();
        }, 3000));
    }

    // A desktop notification clicked while on another page: Chats opens on that conversation.
    app.click(QStringLiteral("navFeed"));
    REQUIRE(waitUntil([&] { return !app.isShown(QStringLiteral("conversationView")); }, 2000));
    {
        QQmlExpression open(qmlContext(app.window()), app.window(), QStringLiteral("Chats.openRequested(\"%1\")").arg(borrel));
        open.evaluate();
        REQUIRE_FALSE(open.hasError());
    }
    REQUIRE(waitUntil([&] { return app.text(QStringLiteral("conversationHeaderTitle")) == QStringLiteral("Vrijdagmiddagborrel"); }, 5000));
    CHECK(app.window()->property("currentPage").toString() == QStringLiteral("chats"));

    // Desktop: hovering a message offers React, Reply and More beside it; Reply starts a reply,
    // Escape drops it.
    {
        REQUIRE(waitUntil([&] { return messageRow(app, 0) != nullptr; }, 3000));
        QQuickItem *bubble = app.item(QStringLiteral("messageBubble"), messageRow(app, 0));
        REQUIRE(bubble);
        QTest::mouseMove(app.window(), bubble->mapToScene(QPointF(bubble->width() / 2, bubble->height() / 2)).toPoint());
        REQUIRE(waitUntil([&] { return app.item(QStringLiteral("messageHoverActions"), messageRow(app, 0)) != nullptr; }, 2000));
        REQUIRE(app::saveWindowShot(app.window(), app::kDesktopSize, AppUnderTest::shotsDir() + QStringLiteral("/chat-hover-desktop.png")));
        app.click(QStringLiteral("messageReplyButton"), messageRow(app, 0));
        REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("chatReplyBar")); }, 2000));
        const QString author = messageText(app, 0, QStringLiteral("messageAuthor"));
        CHECK(!author.isEmpty());
        CHECK(app.text(QStringLiteral("chatReplyTitle")) == QStringLiteral("Reply to ") + author);
        pressKey(app, Qt::Key_Escape);
        REQUIRE(waitUntil([&] { return !app.isShown(QStringLiteral("chatReplyBar")); }, 2000));
    }

    // Phone: pressing and holding a message opens its menu; Escape closes it.
    {
        app.window()->resize(app::kPhoneSize);
        app::settle(300);
        QQuickItem *bubble = app.item(QStringLiteral("messageBubble"), messageRow(app, 0));
        REQUIRE(bubble);
        const QPoint at = bubble->mapToScene(QPointF(bubble->width() / 2, bubble->height() / 2)).toPoint();
        QTest::mousePress(app.window(), Qt::LeftButton, {}, at);
        REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("messageReply")); }, 3000));
        QTest::mouseRelease(app.window(), Qt::LeftButton, {}, at);
        app::settle(200);
        CHECK(app.isShown(QStringLiteral("messageReply")));
        REQUIRE(app::saveWindowShot(app.window(), app::kPhoneSize, AppUnderTest::shotsDir() + QStringLiteral("/chat-long-press-phone.png")));
        pressKey(app, Qt::Key_Escape);
        REQUIRE(waitUntil([&] { return !app.isShown(QStringLiteral("messageReply")); }, 2000));
        app.window()->resize(app::kDesktopSize);
        app::settle(200);
    }
}

TEST_CASE("chats: reacting to a message and deleting mine reach the server", "[ui][chat]")
{
    ServerProcess server;
    REQUIRE(server.start());
    Person anna(server, kAnna);
    Person bram(server, kBram);
    const QString annaBram = anna.conversationWith(bram.id);

    AppUnderTest app({server.url().toString(), {}, {}});
    signIn(app, kBram);
    app.click(QStringLiteral("navChats"));
    REQUIRE(waitUntil([&] { return conversationRow(app, QStringLiteral("Anna de Vries")) >= 0; }, 10000));
    app.click(QStringLiteral("conversationRow%1").arg(conversationRow(app, QStringLiteral("Anna de Vries"))));
    REQUIRE(waitUntil([&] { return messageText(app, 0, QStringLiteral("messageBody")) == kLastFromAnna; }, 5000));

    openMenuOn(app, 0);
    REQUIRE(app.shoot(QStringLiteral("chat-message-menu-others")));
    app.click(QStringLiteral("messageMenuReact_love"));
    auto loved = [&] {
        QQuickItem *chip = app.item(QStringLiteral("messageReaction_love"), messageRow(app, 0));
        return chip && chip->property("active").toBool() && chip->property("count").toInt() == 1;
    };
    REQUIRE(waitUntil(loved, 5000));
    REQUIRE(app.shoot(QStringLiteral("chat-reaction")));
    auto reacted = [&] {
        const QJsonObject last = bram.lastMessage(annaBram);
        return last.value(QStringLiteral("body")).toString() == kLastFromAnna
            && last.value(QStringLiteral("reactions")).toObject().value(QStringLiteral("love")).toInt() == 1
            && last.value(QStringLiteral("myReactions")).toArray().contains(QStringLiteral("love"));
    };
    CHECK(waitUntil(reacted, 8000));

    // Deleting a message of mine asks first; then it is gone here and on the server.
    const QString extra = QStringLiteral("Dit bericht haal ik weer weg.");
    app.type(QStringLiteral("chatComposerText"), extra);
    pressKey(app, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return messageText(app, 0, QStringLiteral("messageBody")) == extra && messageState(app, 0) != QStringLiteral("pending"); }, 8000));
    REQUIRE(waitUntil([&] { return bram.lastMessage(annaBram).value(QStringLiteral("body")).toString() == extra; }, 8000));
    openMenuOn(app, 0);
    app.click(QStringLiteral("messageDelete"));
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("messageDeleteConfirm")); }, 2000));
    app::settle(200);
    REQUIRE(app.shoot(QStringLiteral("chat-delete-confirm")));
    app.click(QStringLiteral("messageDeleteConfirm"));
    REQUIRE(waitUntil([&] { return messageText(app, 0, QStringLiteral("messageBody")) == kLastFromAnna; }, 5000));
    REQUIRE(waitUntil([&] { return bram.lastMessage(annaBram).value(QStringLiteral("body")).toString() == kLastFromAnna; }, 8000));
}

namespace {
// Anna writes 80 more to Bram: with the seeded one, 81 unread, more than the first page of 50.
void longConversation(AppUnderTest &app, Person &anna, const QString &annaBram)
{
    for (int i = 1; i <= 80; ++i) anna.say(annaBram, QStringLiteral("Punt %1 voor de planning").arg(i));
    signIn(app, kBram);
    app.click(QStringLiteral("navChats"));
    REQUIRE(waitUntil([&] { return conversationText(app, 0, QStringLiteral("conversationUnread")) == QStringLiteral("81"); }, 10000));
    app.click(QStringLiteral("conversationRow0"));
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("newMessagesDivider")); }, 10000));
}
} // namespace

TEST_CASE("chats: a long conversation loads older messages when scrolled up", "[ui][chat]")
{
    ServerProcess server;
    REQUIRE(server.start());
    Person anna(server, kAnna);
    Person bram(server, kBram);
    const QString annaBram = anna.conversationWith(bram.id);
    AppUnderTest app({server.url().toString(), {}, {}});
    longConversation(app, anna, annaBram);

    // Scrolling up to the top brings the oldest messages in, page by page.
    const QString oldest = QStringLiteral("Hoi Anna, heb jij de presentatie voor de kwartaalbijeenkomst al af?");
    QQuickItem *list = app.item(QStringLiteral("messagesList"));
    REQUIRE(list);
    auto reachedOldest = [&] {
        QMetaObject::invokeMethod(list, "positionViewAtEnd");
        const int count = list->property("count").toInt();
        return count > 0 && messageText(app, count - 1, QStringLiteral("messageBody")) == oldest;
    };
    REQUIRE(waitUntil(reachedOldest, 15000));
    CHECK(list->property("count").toInt() == 87);
    REQUIRE(app.shoot(QStringLiteral("chat-oldest")));
}

// The first unread message is beyond the first page: opening pages history in from the server
// until it is there, and the view goes to it.
TEST_CASE("chats: a long conversation opens at its first unread even beyond the first page", "[ui][chat]")
{
    ServerProcess server;
    REQUIRE(server.start());
    Person anna(server, kAnna);
    Person bram(server, kBram);
    const QString annaBram = anna.conversationWith(bram.id);
    AppUnderTest app({server.url().toString(), {}, {}});
    longConversation(app, anna, annaBram);

    // The first unread (the seeded question) is in view, under "New messages".
    auto firstUnreadInView = [&] {
        QQuickItem *list = app.item(QStringLiteral("messagesList"));
        const int count = list ? list->property("count").toInt() : 0;
        for (int i = 0; i < count; ++i) {
            QQuickItem *row = messageRow(app, i);
            if (!row || app.text(QStringLiteral("messageBody"), row) != kLastFromAnna) continue;
            const QPointF at = row->mapToItem(list, QPointF(0, row->height() / 2));
            return at.y() >= 0 && at.y() <= list->height() && app.item(QStringLiteral("newMessagesDivider"), row) != nullptr;
        }
        return false;
    };
    CHECK(waitUntil(firstUnreadInView, 10000));
    REQUIRE(app.shoot(QStringLiteral("chat-first-unread")));
}

namespace {
QVariantList notifications(AppUnderTest &app)
{
    QQmlExpression shown(qmlContext(app.window()), app.window(), QStringLiteral("Chats.shownNotifications()"));
    const QVariant v = shown.evaluate();
    // A JS array may come back wrapped as a QJSValue.
    return v.canConvert<QJSValue>() && !v.canConvert<QVariantList>() ? v.value<QJSValue>().toVariant().toList() : v.toList();
}
}

TEST_CASE("chats: a new message elsewhere asks for a desktop notification; muted and open conversations do not", "[ui][chat]")
{
    ServerProcess server;
    REQUIRE(server.start());
    Person anna(server, kAnna);
    Person admin(server, kAdmin);
    Person bram(server, kBram);
    const QString annaBram = anna.conversationWith(bram.id);
    const QString backup = admin.conversationWith(bram.id);
    REQUIRE(bram.http.put(QStringLiteral("/api/v1/conversations/%1/mute").arg(backup)).status == 200);

    AppUnderTest app({server.url().toString(), {}, {}});
    signIn(app, kBram);
    app::settle(500);
    const qsizetype before = notifications(app).size();

    // Bram is on the feed: Anna's message is news.
    anna.say(annaBram, QStringLiteral("Heb je de notulen al gezien?"));
    REQUIRE(waitUntil([&] { return notifications(app).size() == before + 1; }, 8000));
    const QVariantMap shown = notifications(app).last().toMap();
    CHECK(shown.value(QStringLiteral("title")).toString() == QStringLiteral("Anna de Vries"));
    CHECK(shown.value(QStringLiteral("body")).toString() == QStringLiteral("Heb je de notulen al gezien?"));
    CHECK(shown.value(QStringLiteral("conversationId")).toString() == annaBram);

    // Muted: no notification.
    admin.say(backup, QStringLiteral("Vergeet de back-up niet"));
    app::settle(1500);
    CHECK(notifications(app).size() == before + 1);

    // The conversation is open on screen: its new messages are read, not notified.
    {
        QQmlExpression open(qmlContext(app.window()), app.window(), QStringLiteral("Chats.openRequested(\"%1\")").arg(annaBram));
        open.evaluate();
        REQUIRE_FALSE(open.hasError());
    }
    REQUIRE(waitUntil([&] { return app.text(QStringLiteral("conversationHeaderTitle")) == QStringLiteral("Anna de Vries"); }, 5000));
    anna.say(annaBram, QStringLiteral("Ik zie je zo"));
    REQUIRE(waitUntil([&] { return anna.lastMessage(annaBram).value(QStringLiteral("body")).toString() == QStringLiteral("Ik zie je zo"); }, 3000));
    app::settle(1500);
    CHECK(notifications(app).size() == before + 1);
}
