// Chat as the change stream delivers it, applied to a real cache file and shown through the
// real list models (under QAbstractItemModelTester): order, unread counts, read markers that
// never go back, deletes, removal from a conversation, and local echoes taking their place.
#include <catch2/catch.hpp>

#include "Wait.h"
#include "models/ConversationsModel.h"
#include "models/MessagesModel.h"
#include "models/TypingTracker.h"
#include "protocol/Conversation.h"
#include "protocol/Sync.h"
#include "protocol/Uuid.h"
#include "store/ConversationStore.h"
#include "store/MessageStore.h"
#include "store/MetaStore.h"
#include "store/Store.h"
#include "sync/ChatApplier.h"
#include "sync/EventApplier.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace plein;
using namespace plein::store;
using sync::FrameOutcome;

namespace {
const QString kMe = QStringLiteral("0190a000-0000-7000-8000-00000000000a");
const QString kAnna = QStringLiteral("0190a000-0000-7000-8000-00000000000b");
const QString kBram = QStringLiteral("0190a000-0000-7000-8000-00000000000c");
const qint64 kDay = 24 * 3600 * 1000;
const qint64 kT0 = 1790000000000; // 2026, mid-morning UTC

protocol::Conversation conversation(const QString &id, qint64 at, const QString &title = {})
{
    protocol::Conversation c;
    c.id = id;
    c.title = title;
    c.direct = title.isEmpty();
    c.createdBy = kMe;
    c.createdAt = at;
    c.lastActivityAt = at;
    c.version = 1;
    c.members = {{kMe, QStringLiteral("Ik Zelf"), 0}, {kAnna, QStringLiteral("Anna de Vries"), 0}};
    if (!c.direct) c.members.append({kBram, QStringLiteral("Bram Jansen"), 0});
    return c;
}

protocol::Message message(const QString &conversationId, qint64 position, qint64 at, const QString &author = kAnna)
{
    protocol::Message m;
    m.id = protocol::newUuidV7(at);
    m.conversationId = conversationId;
    m.authorId = author;
    m.authorName = author == kMe ? QStringLiteral("Ik Zelf") : author == kAnna ? QStringLiteral("Anna de Vries")
                                                                               : QStringLiteral("Bram Jansen");
    m.body = QStringLiteral("bericht %1").arg(position);
    m.position = position;
    m.createdAt = at;
    m.version = 1;
    return m;
}

protocol::ReadMarker marker(const QString &conversationId, const QString &userId, const protocol::Message &m)
{
    return {conversationId, userId, m.id, m.position};
}

struct Fixture {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("s.sqlite"));
    std::unique_ptr<Store> store = QCoro::waitFor(Store::open(path)).store;
    qint64 seq = 0;

    Fixture()
    {
        test::resultOf(store->write([](WriteContext &ctx) {
            meta::set(ctx.db, meta::MeId, kMe);
            return true;
        }));
    }
    FrameOutcome send(const QString &name, const QJsonObject &data)
    {
        const qint64 prev = seq++;
        const QString text = QString::fromUtf8(
            QJsonDocument(protocol::eventFrame({seq, prev, name, data})).toJson(QJsonDocument::Compact));
        return test::resultOf(store->write([text](WriteContext &ctx) { return sync::apply::frame(ctx, text); }));
    }
    qint64 countOnDisk(const char *sql, const QString &arg)
    {
        Database db(path, Database::Mode::ReadOnly);
        Statement &s = db.prepare(sql);
        s.bind(1, arg);
        s.step();
        const qint64 n = s.integer(0);
        s.reset();
        return n;
    }
};

QStringList bodies(const models::MessagesModel &m)
{
    QStringList out;
    for (int i = 0; i < m.rowCount(); ++i) out.append(m.data(m.index(i), models::MessagesModel::BodyRole).toString());
    return out;
}

int unreadOf(const models::ConversationsModel &m, const QString &id)
{
    const int row = m.indexOf(id);
    return row < 0 ? -1 : m.data(m.index(row), models::ConversationsModel::UnreadCountRole).toInt();
}
}

TEST_CASE("chat events fill the list and the conversation: newest first, unread counted, read markers only forward")
{
    Fixture f;
    const QString direct = QStringLiteral("0190a000-0000-7000-8000-0000000000d1");
    const QString team = QStringLiteral("0190a000-0000-7000-8000-0000000000d2");
    f.send(protocol::EventName::ConversationCreated, conversation(direct, kT0).toEventJson());
    f.send(protocol::EventName::ConversationCreated, conversation(team, kT0 + 1000, QStringLiteral("Campagneteam")).toEventJson());

    models::ConversationsModel list(f.store.get());
    QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(list.rowCount() == 2);
    CHECK(list.data(list.index(0), models::ConversationsModel::TitleRole).toString() == QStringLiteral("Campagneteam"));
    CHECK(list.data(list.index(1), models::ConversationsModel::TitleRole).toString() == QStringLiteral("Anna de Vries"));

    models::MessagesModel chat(f.store.get(), direct);
    QAbstractItemModelTester chatTester(&chat, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Yesterday two from Anna, today one of mine and one from Anna.
    const auto m1 = message(direct, 1, kT0 + 2000);
    const auto m2 = message(direct, 2, kT0 + 3000);
    const auto m3 = message(direct, 3, kT0 + kDay, kMe);
    const auto m4 = message(direct, 4, kT0 + kDay + 60000);
    for (const auto &m : {m1, m2, m3, m4}) f.send(protocol::EventName::MessageCreated, m.toEventJson());

    REQUIRE(test::waitUntil([&] { return chat.rowCount() == 4; }));
    CHECK(bodies(chat) == QStringList{QStringLiteral("bericht 4"), QStringLiteral("bericht 3"), QStringLiteral("bericht 2"),
                                      QStringLiteral("bericht 1")});
    // A day separator above the first of each day; a name above each change of author.
    CHECK(chat.data(chat.index(3), models::MessagesModel::FirstOfDayRole).toBool());
    CHECK_FALSE(chat.data(chat.index(2), models::MessagesModel::FirstOfDayRole).toBool());
    CHECK(chat.data(chat.index(1), models::MessagesModel::FirstOfDayRole).toBool());
    CHECK_FALSE(chat.data(chat.index(2), models::MessagesModel::FirstOfRunRole).toBool());
    CHECK(chat.data(chat.index(0), models::MessagesModel::FirstOfRunRole).toBool());
    CHECK(chat.data(chat.index(1), models::MessagesModel::MineRole).toBool());

    // The direct conversation moved to the top; sending moved my marker to my own message
    // (message.created carries it: no read.changed), so only Anna's later message is unread.
    REQUIRE(test::waitUntil([&] { return list.indexOf(direct) == 0; }));
    CHECK(unreadOf(list, direct) == 1);
    CHECK(list.totalUnread() == 1);
    // The badge's total straight from the cache agrees, without a list model.
    CHECK(conversations::totalUnread(f.store->reader()) == 1);
    CHECK(list.data(list.index(0), models::ConversationsModel::LastBodyRole).toString() == QStringLiteral("bericht 4"));

    // Anna wrote after my message, so she read it: it shows as read by her.
    CHECK(chat.data(chat.index(1), models::MessagesModel::ReadByAllRole).toBool());
    CHECK(f.countOnDisk("SELECT json_extract(members, '$[1].readPosition') FROM conversations WHERE id = ?", direct) == 4);

    // Read on my other device: unread drops to zero; a late, older marker changes nothing.
    f.send(protocol::EventName::ReadChanged, marker(direct, kMe, m4).toJson());
    REQUIRE(test::waitUntil([&] { return unreadOf(list, direct) == 0; }));
    f.send(protocol::EventName::ReadChanged, marker(direct, kMe, m1).toJson());
    CHECK(f.countOnDisk("SELECT my_read_position FROM conversations WHERE id = ?", direct) == 4);
    QCoreApplication::processEvents();
    CHECK(unreadOf(list, direct) == 0);
    CHECK(list.totalUnread() == 0);
    CHECK(conversations::totalUnread(f.store->reader()) == 0);

    // A muted conversation's unread messages do not count towards the badge.
    f.send(protocol::EventName::MessageCreated, message(team, 1, kT0 + kDay + 120000, kBram).toEventJson());
    REQUIRE(test::waitUntil([&] { return list.totalUnread() == 1; }));
    CHECK(conversations::totalUnread(f.store->reader()) == 1);
    f.send(protocol::EventName::ConversationMuted, protocol::MuteState{team, true}.toJson());
    REQUIRE(test::waitUntil([&] { return list.totalUnread() == 0; }));
    CHECK(unreadOf(list, team) == 1);
    CHECK(conversations::totalUnread(f.store->reader()) == 0);
}

TEST_CASE("a deleted message leaves the conversation, its replies say so, and the preview falls back")
{
    Fixture f;
    const QString id = QStringLiteral("0190a000-0000-7000-8000-0000000000d3");
    f.send(protocol::EventName::ConversationCreated, conversation(id, kT0).toEventJson());
    const auto original = message(id, 1, kT0 + 1000);
    auto reply = message(id, 2, kT0 + 2000, kBram);
    reply.replyTo = {original.id, original.authorId, original.authorName, original.body, false};
    const auto last = message(id, 3, kT0 + 3000);
    for (const auto &m : {original, reply, last}) f.send(protocol::EventName::MessageCreated, m.toEventJson());

    models::MessagesModel chat(f.store.get(), id);
    QAbstractItemModelTester tester(&chat, QAbstractItemModelTester::FailureReportingMode::Fatal);
    models::ConversationsModel list(f.store.get());
    REQUIRE(chat.rowCount() == 3);
    CHECK(chat.data(chat.index(1), models::MessagesModel::ReplyToExcerptRole).toString() == QStringLiteral("bericht 1"));

    f.send(protocol::EventName::MessageDeleted, protocol::MessageRemoval{original.id, id, 1}.toJson());
    f.send(protocol::EventName::MessageDeleted, protocol::MessageRemoval{last.id, id, 3}.toJson());
    REQUIRE(test::waitUntil([&] { return chat.rowCount() == 1; }));
    CHECK(chat.data(chat.index(0), models::MessagesModel::ReplyToDeletedRole).toBool());
    CHECK(chat.data(chat.index(0), models::MessagesModel::ReplyToExcerptRole).toString().isEmpty());
    CHECK(list.data(list.index(0), models::ConversationsModel::LastBodyRole).toString() == QStringLiteral("bericht 2"));
    CHECK(f.countOnDisk("SELECT count(*) FROM messages WHERE conversation_id = ?", id) == 1);
}

TEST_CASE("removal from a conversation deletes it and its messages from the cache file with the cursor")
{
    Fixture f;
    const QString id = QStringLiteral("0190a000-0000-7000-8000-0000000000d4");
    const QString other = QStringLiteral("0190a000-0000-7000-8000-0000000000d5");
    f.send(protocol::EventName::ConversationCreated, conversation(id, kT0, QStringLiteral("Fractie")).toEventJson());
    f.send(protocol::EventName::ConversationCreated, conversation(other, kT0).toEventJson());
    for (int i = 1; i <= 5; ++i) f.send(protocol::EventName::MessageCreated, message(id, i, kT0 + i * 1000).toEventJson());
    f.send(protocol::EventName::MessageCreated, message(other, 1, kT0 + 9000).toEventJson());
    REQUIRE(f.countOnDisk("SELECT count(*) FROM messages WHERE conversation_id = ?", id) == 5);

    models::ConversationsModel list(f.store.get());
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto out = f.send(protocol::EventName::ConversationRemoved,
                            protocol::ConversationRemoval{id, QStringLiteral("removed")}.toJson());
    CHECK(out.kind == FrameOutcome::Kind::Applied);
    CHECK(f.countOnDisk("SELECT count(*) FROM messages WHERE conversation_id = ?", id) == 0);
    CHECK(f.countOnDisk("SELECT count(*) FROM conversations WHERE id = ?", id) == 0);
    CHECK(f.countOnDisk("SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?", QStringLiteral("cursor")) == out.cursor);
    CHECK(f.countOnDisk("SELECT count(*) FROM messages WHERE conversation_id = ?", other) == 1);
    REQUIRE(test::waitUntil([&] { return list.rowCount() == 1; }));
}

TEST_CASE("my pending message lists after the confirmed ones and takes the place the server gives it")
{
    Fixture f;
    const QString id = QStringLiteral("0190a000-0000-7000-8000-0000000000d6");
    f.send(protocol::EventName::ConversationCreated, conversation(id, kT0).toEventJson());
    f.send(protocol::EventName::MessageCreated, message(id, 1, kT0 + 1000).toEventJson());
    models::MessagesModel chat(f.store.get(), id);
    QAbstractItemModelTester tester(&chat, QAbstractItemModelTester::FailureReportingMode::Fatal);

    models::ConversationsModel list(f.store.get());
    auto mine = message(id, 0, kT0 + 2000, kMe);
    mine.body = QStringLiteral("onderweg");
    mine.version = 0;
    test::resultOf(f.store->write([mine](WriteContext &ctx) {
        messages::insertLocal(ctx.db, mine);
        conversations::noteLocalMessage(ctx.db, mine);
        ctx.changes.messagesUpserted.append(mine.id);
        ctx.changes.conversationsChanged.append(mine.conversationId);
        return true;
    }));
    REQUIRE(test::waitUntil([&] { return chat.rowCount() == 2; }));
    CHECK(chat.data(chat.index(0), models::MessagesModel::PendingRole).toBool());
    // The list shows it as the last message, still on its way.
    CHECK(list.data(list.index(0), models::ConversationsModel::LastBodyRole).toString() == QStringLiteral("onderweg"));
    CHECK(list.data(list.index(0), models::ConversationsModel::LastPendingRole).toBool());
    CHECK(list.data(list.index(0), models::ConversationsModel::LastMineRole).toBool());

    // Anna's message reached the server first: it gets position 2, mine 3.
    f.send(protocol::EventName::MessageCreated, message(id, 2, kT0 + 2500).toEventJson());
    REQUIRE(test::waitUntil([&] { return chat.rowCount() == 3; }));
    CHECK(chat.data(chat.index(0), models::MessagesModel::BodyRole).toString() == QStringLiteral("onderweg"));
    auto confirmed = mine;
    confirmed.position = 3;
    confirmed.version = 1;
    f.send(protocol::EventName::MessageCreated, confirmed.toEventJson());
    REQUIRE(test::waitUntil([&] { return !chat.data(chat.index(0), models::MessagesModel::PendingRole).toBool(); }));
    CHECK(bodies(chat) == QStringList{QStringLiteral("onderweg"), QStringLiteral("bericht 2"), QStringLiteral("bericht 1")});
    CHECK(chat.data(chat.index(0), models::MessagesModel::PositionRole).toLongLong() == 3);
    CHECK(f.countOnDisk("SELECT count(*) FROM messages WHERE conversation_id = ?", id) == 3);
}

TEST_CASE("someone typing shows by name and goes away after a few seconds or with their message")
{
    Fixture f;
    const QString id = QStringLiteral("0190a000-0000-7000-8000-0000000000d7");
    f.send(protocol::EventName::ConversationCreated, conversation(id, kT0, QStringLiteral("Fractie")).toEventJson());
    models::TypingTracker typing(nullptr, 300);
    models::MessagesModel chat(f.store.get(), id);
    chat.setTypingTracker(&typing);
    typing.noteTyping(id, kAnna);
    typing.noteTyping(id, kBram);
    CHECK(chat.typingNames() == QStringList{QStringLiteral("Anna de Vries"), QStringLiteral("Bram Jansen")});
    f.send(protocol::EventName::MessageCreated, message(id, 1, kT0 + 1000, kAnna).toEventJson());
    REQUIRE(test::waitUntil([&] { return chat.typingNames() == QStringList{QStringLiteral("Bram Jansen")}; }));
    REQUIRE(test::waitUntil([&] { return chat.typingNames().isEmpty(); }, 3000));
}

TEST_CASE("paging older messages in redraws the day separator of the row that was the oldest")
{
    Fixture f;
    const QString direct = QStringLiteral("0190a000-0000-7000-8000-0000000000d1");
    f.send(protocol::EventName::ConversationCreated, conversation(direct, kT0).toEventJson());
    // Mine, so read: the model starts with one page, not down to the first unread.
    for (int i = 1; i <= 200; ++i) f.send(protocol::EventName::MessageCreated, message(direct, i, kT0 + i * 1000, kMe).toEventJson());

    models::MessagesModel chat(f.store.get(), direct);
    const int shown = chat.rowCount();
    REQUIRE(shown < 200);
    const int oldest = shown - 1;
    // The oldest row shown has no older neighbour yet: it opens the day.
    CHECK(chat.data(chat.index(oldest), models::MessagesModel::FirstOfDayRole).toBool());

    QList<int> redrawn;
    QObject::connect(&chat, &QAbstractItemModel::dataChanged, &chat,
                     [&](const QModelIndex &from, const QModelIndex &to, const QList<int> &roles) {
                         if (roles.isEmpty() || roles.contains(models::MessagesModel::FirstOfDayRole))
                             for (int row = from.row(); row <= to.row(); ++row) redrawn.append(row);
                     });
    REQUIRE(chat.canFetchMore({}));
    chat.fetchMore({});
    REQUIRE(test::waitUntil([&] { return chat.rowCount() > shown; }));
    // Its older neighbour is from the same day now: no separator, and the view is told so.
    CHECK_FALSE(chat.data(chat.index(oldest), models::MessagesModel::FirstOfDayRole).toBool());
    CHECK(redrawn.contains(oldest));

    // A deleted message: the row just newer than it gets another older neighbour.
    redrawn.clear();
    const QString gone = chat.data(chat.index(10), models::MessagesModel::MessageIdRole).toString();
    const qint64 position = chat.data(chat.index(10), models::MessagesModel::PositionRole).toLongLong();
    f.send(protocol::EventName::MessageDeleted, protocol::MessageRemoval{gone, direct, position}.toJson());
    REQUIRE(test::waitUntil([&] { return chat.indexOf(gone) < 0; }));
    CHECK(redrawn.contains(9));
}

TEST_CASE("the answer to my edit keeps the reactions that reached the cache before it")
{
    // The server took my edit, then someone's reaction; the reaction's event came in on the
    // stream before the edit's answer, whose copy of the message has no reaction yet. Reaction
    // counts carry no version, so the answer must not put the older counts back.
    Fixture f;
    const QString id = QStringLiteral("0190a000-0000-7000-8000-0000000000d8");
    f.send(protocol::EventName::ConversationCreated, conversation(id, kT0).toEventJson());
    auto mine = message(id, 1, kT0 + 1000, kMe);
    f.send(protocol::EventName::MessageCreated, mine.toEventJson());
    test::resultOf(f.store->write([mine](WriteContext &ctx) {
        return messages::editLocal(ctx.db, mine.id, QStringLiteral("bericht 1, beter"), kT0 + 5000);
    }));

    protocol::ReactionChange like;
    like.target = protocol::ReactionTarget::Message;
    like.id = mine.id;
    like.conversationId = id;
    like.userId = kAnna;
    like.kind = QStringLiteral("like");
    like.active = true;
    like.counts = {{QStringLiteral("like"), 1}};
    f.send(protocol::EventName::ReactionChanged, like.toJson());

    auto answer = mine;
    answer.body = QStringLiteral("bericht 1, beter");
    answer.editedAt = kT0 + 5000;
    answer.version = 2;
    test::resultOf(f.store->write([answer](WriteContext &ctx) {
        sync::chat_apply::ownMessage(ctx, answer, kMe);
        return true;
    }));
    CHECK(f.countOnDisk("SELECT count(*) FROM messages WHERE id = ?1 AND body = 'bericht 1, beter' AND state = 0 "
                        "AND version = 2", mine.id) == 1);
    CHECK(f.countOnDisk("SELECT count(*) FROM messages WHERE id = ?1 AND reactions LIKE '%\"like\":1%'", mine.id) == 1);

    // A copy from the stream, versioned, still brings its counts.
    auto later = answer;
    later.version = 3;
    later.reactions = {{QStringLiteral("like"), 2}};
    f.send(protocol::EventName::MessageUpdated, later.toEventJson());
    CHECK(f.countOnDisk("SELECT count(*) FROM messages WHERE id = ?1 AND reactions LIKE '%\"like\":2%'", mine.id) == 1);
}
