// Chat routes (issue 4): conversations (1:1 dedupe, same-id rule, group members, titles,
// mute), messages (positions, same-id rule, replies, edits, deletes, paging), reactions on
// messages, read markers, bootstrap and the seeded chats, people search, bad bodies.
#include "ChatWorld.h"
#include "GroupWorld.h"
#include "protocol/Feed.h"
#include "protocol/Post.h"
#include "protocol/Reaction.h"
#include "protocol/Uuid.h"

#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace plein::test;
namespace protocol = plein::protocol;

namespace {

QString path(const QString &conversationId, const QString &suffix = {})
{
    return conversationsPath(QLatin1Char('/') + conversationId + suffix);
}

QStringList memberIdsOf(const protocol::Conversation &c)
{
    QStringList ids;
    for (const protocol::ConversationMember &m : c.members) ids.append(m.userId);
    ids.sort();
    return ids;
}

qint64 readPositionOf(const protocol::Conversation &c, const QString &userId)
{
    for (const protocol::ConversationMember &m : c.members)
        if (m.userId == userId) return m.readPosition;
    return -1;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

} // namespace

TEST_CASE("a direct conversation exists once per pair; the same id answers the stored one", "[server][chat]")
{
    auto server = startServer();
    Chatter anna = chatter(*server, kAnna);
    Chatter bram = chatter(*server, kBram);
    Chatter admin = chatter(*server, kAdmin);

    // The seed already has anna and bram talking: a new id still gets that conversation.
    const protocol::Conversation seeded = createConversation(*anna.http, {bram.id}, {}, 200);
    CHECK(seeded.direct);
    CHECK(sorted({anna.id, bram.id}) == memberIdsOf(seeded));
    CHECK(createConversation(*bram.http, {anna.id.toUpper()}, {}, 200).id == seeded.id);

    // A new pair: 201, the creator listed or not, a repeat of the id 200 with the same one.
    const QString id = protocol::newUuidV7();
    const protocol::Conversation created = createConversation(*admin.http, {anna.id, admin.id}, {}, 201, id);
    CHECK(created.id == id);
    CHECK(created.direct);
    CHECK(created.title.isEmpty());
    CHECK(created.createdBy == admin.id);
    CHECK(created.lastPosition == 0);
    CHECK(created.lastMessage.id.isEmpty());
    CHECK(created.version == 1);
    CHECK_FALSE(created.muted);
    CHECK(sorted({anna.id, admin.id}) == memberIdsOf(created));
    CHECK(createConversation(*admin.http, {anna.id}, {}, 200, id.toUpper()) == created);
    CHECK(createConversation(*anna.http, {admin.id}, {}, 200).id == id);
    // Another user repeating someone else's id: 409.
    const HttpResult taken = bram.http->post(conversationsPath(), protocol::NewConversation{id, {anna.id}, {}}.toJson());
    CHECK(taken.status == 409);
    CHECK(taken.errorCode() == QStringLiteral("id_conflict"));

    // One other member with a title is a group conversation, not the direct one.
    const protocol::Conversation titled = createConversation(*admin.http, {anna.id}, QStringLiteral("Planning"), 201);
    CHECK_FALSE(titled.direct);
    CHECK(titled.id != id);
    CHECK(titled.title == QStringLiteral("Planning"));

    // Refusals name memberIds (or the field that is wrong).
    const auto refused = [&](const QJsonObject &body) { return admin.http->post(conversationsPath(), body); };
    const QString fresh = protocol::newUuidV7();
    HttpResult r = refused(protocol::NewConversation{fresh, {admin.id}, {}}.toJson());
    CHECK(r.status == 422);
    CHECK(errorField(r) == QStringLiteral("memberIds"));
    r = refused(protocol::NewConversation{fresh, {protocol::newUuidV7()}, {}}.toJson());
    CHECK(r.status == 422);
    CHECK(errorField(r) == QStringLiteral("memberIds"));
    CHECK(errorField(refused(protocol::NewConversation{fresh, {QStringLiteral("bram")}, {}}.toJson())) == QStringLiteral("memberIds[0]"));
    CHECK(errorField(refused({{QStringLiteral("id"), fresh}})) == QStringLiteral("memberIds"));
    CHECK(errorField(refused(protocol::NewConversation{fresh, {bram.id}, QString(101, QLatin1Char('t'))}.toJson())) == QStringLiteral("title"));
    CHECK(errorField(refused(protocol::NewConversation{QStringLiteral("x"), {bram.id}, {}}.toJson())) == QStringLiteral("id"));
    CHECK(admin.http->get(path(fresh)).status == 404); // nothing was created by the refusals
}

TEST_CASE("externals chat only with people who share a group with them", "[server][chat]")
{
    auto server = startServer();
    Chatter anna = chatter(*server, kAnna);
    Chatter bram = chatter(*server, kBram);
    Chatter ext = chatter(*server, kExtern);

    // extern shares Zorg with anna (the seed's conversation comes back), not a group with bram.
    const protocol::Conversation withAnna = createConversation(*ext.http, {anna.id}, {}, 200);
    CHECK(withAnna.lastPosition == 3);
    const HttpResult r = ext.http->post(conversationsPath(), protocol::NewConversation{protocol::newUuidV7(), {bram.id}, {}}.toJson());
    CHECK(r.status == 422);
    CHECK(errorField(r) == QStringLiteral("memberIds"));
    // Nor may they add bram to a group conversation.
    const protocol::Conversation group = createConversation(*ext.http, {anna.id}, QStringLiteral("Advies"), 201);
    const HttpResult add = ext.http->put(path(group.id, QStringLiteral("/members/") + bram.id));
    CHECK(add.status == 404);
    CHECK(errorField(add) == QStringLiteral("userId"));
    // Members of the organisation may start a conversation with an external.
    CHECK(createConversation(*bram.http, {ext.id}, {}, 201).direct);
}

TEST_CASE("group conversations: title, adding, removing and leaving; direct ones never change members", "[server][chat]")
{
    auto server = startServer();
    Chatter anna = chatter(*server, kAnna);
    Chatter bram = chatter(*server, kBram);
    Chatter admin = chatter(*server, kAdmin);
    const protocol::Conversation c = createConversation(*anna.http, {bram.id}, QStringLiteral("Project"), 201);
    sendMessage(*anna.http, c.id, QStringLiteral("Eerste bericht"));
    sendMessage(*bram.http, c.id, QStringLiteral("Tweede bericht"));

    // Any member renames (empty: no title); a direct conversation cannot be renamed.
    HttpResult r = bram.http->patch(path(c.id), protocol::ConversationEdit{QStringLiteral("Project X")}.toJson());
    REQUIRE(r.status == 200);
    CHECK(protocol::Conversation::fromJson(r.json()).value().title == QStringLiteral("Project X"));
    CHECK(protocol::Conversation::fromJson(r.json()).value().version == 2);
    CHECK(errorField(bram.http->patch(path(c.id), {{QStringLiteral("title"), 7}})) == QStringLiteral("title"));
    const protocol::Conversation direct = createConversation(*anna.http, {bram.id}, {}, 200);
    r = bram.http->patch(path(direct.id), protocol::ConversationEdit{QStringLiteral("Wij")}.toJson());
    CHECK(r.status == 409);
    CHECK(r.errorCode() == QStringLiteral("direct_conversation"));
    for (const QByteArray &verb : {QByteArray("PUT"), QByteArray("DELETE")}) {
        for (const QString &who : {admin.id, bram.id}) {
            const HttpResult d = bram.http->send(verb, path(direct.id, QStringLiteral("/members/") + who), {});
            CHECK(d.status == 409);
            CHECK(d.errorCode() == QStringLiteral("direct_conversation"));
        }
    }

    // Any member adds; the new member reads the history, none of it unread.
    CHECK(admin.http->get(path(c.id)).status == 404);
    r = bram.http->put(path(c.id, QStringLiteral("/members/") + admin.id));
    REQUIRE(r.status == 200);
    const protocol::Conversation withAdmin = getConversation(*admin.http, c.id);
    CHECK(memberIdsOf(withAdmin) == sorted({anna.id, bram.id, admin.id}));
    CHECK(readPositionOf(withAdmin, admin.id) == withAdmin.lastPosition);
    CHECK(withAdmin.version == 3);
    CHECK(messagesPage(*admin.http, c.id).items.size() == 2);
    CHECK(bram.http->put(path(c.id, QStringLiteral("/members/") + admin.id)).status == 200); // already in: unchanged
    CHECK(getConversation(*anna.http, c.id).version == 3);
    r = bram.http->put(path(c.id, QStringLiteral("/members/") + protocol::newUuidV7()));
    CHECK(r.status == 404);
    CHECK(errorField(r) == QStringLiteral("userId"));

    // Only the creator removes others; anyone leaves.
    r = bram.http->del(path(c.id, QStringLiteral("/members/") + admin.id));
    CHECK(r.status == 403);
    r = anna.http->del(path(c.id, QStringLiteral("/members/") + admin.id));
    REQUIRE(r.status == 200);
    CHECK(memberIdsOf(protocol::Conversation::fromJson(r.json()).value()) == sorted({anna.id, bram.id}));
    CHECK(admin.http->get(path(c.id)).status == 404);
    CHECK(admin.http->get(path(c.id, QStringLiteral("/messages"))).status == 404);
    r = bram.http->del(path(c.id, QStringLiteral("/members/") + bram.id));
    REQUIRE(r.status == 200);
    const auto left = protocol::ConversationRemoval::fromJson(r.json());
    REQUIRE(left.ok());
    CHECK(left.value().id == c.id);
    CHECK(left.value().reason == QStringLiteral("left"));
    CHECK(bram.http->get(path(c.id)).status == 404);
    CHECK(memberIdsOf(getConversation(*anna.http, c.id)) == QStringList{anna.id});
}

TEST_CASE("messages get positions 1, 2, 3; a repeated id answers the stored message; replies quote", "[server][chat]")
{
    auto server = startServer();
    Chatter anna = chatter(*server, kAnna);
    Chatter bram = chatter(*server, kBram);
    const protocol::Conversation c = createConversation(*anna.http, {bram.id}, QStringLiteral("Overleg"), 201);
    const qint64 cursor = currentCursor(*bram.http);

    const protocol::Message first = sendMessage(*anna.http, c.id, QStringLiteral("Hoi Bram"));
    CHECK(first.position == 1);
    CHECK(first.authorId == anna.id);
    CHECK(first.authorName == QStringLiteral("Anna de Vries"));
    CHECK(first.conversationId == c.id);
    CHECK(first.version == 1);
    CHECK(first.createdAt > 0);
    const QString longBody = QString(150, QLatin1Char('a')) + QString(100, QLatin1Char('b'));
    const protocol::Message second = sendMessage(*bram.http, c.id, longBody, first.id);
    CHECK(second.position == 2);
    CHECK(second.replyTo.id == first.id);
    CHECK(second.replyTo.authorId == anna.id);
    CHECK(second.replyTo.excerpt == QStringLiteral("Hoi Bram"));
    const protocol::Message third = sendMessage(*anna.http, c.id, QStringLiteral("Ja!"), second.id);
    CHECK(third.position == 3);
    CHECK(third.replyTo.excerpt.size() == protocol::kMaxReplyExcerptLength);
    CHECK(longBody.startsWith(third.replyTo.excerpt));

    // Same id, same author: 200 with the stored message (not this body), no new event.
    const QString messages = path(c.id, QStringLiteral("/messages"));
    HttpResult r = anna.http->post(messages, protocol::NewMessage{first.id, QStringLiteral("anders"), {}, {}}.toJson());
    REQUIRE(r.status == 200);
    CHECK(protocol::Message::fromJson(r.json()).value() == first);
    r = bram.http->post(messages, protocol::NewMessage{first.id, QStringLiteral("van mij"), {}, {}}.toJson());
    CHECK(r.status == 409);
    CHECK(r.errorCode() == QStringLiteral("id_conflict"));
    int created = 0;
    for (const QJsonObject &e : syncEvents(*bram.http, cursor))
        created += e.value(QStringLiteral("name")).toString() == QLatin1String("message.created");
    CHECK(created == 3);
    CHECK(getConversation(*bram.http, c.id).lastPosition == 3);

    // Refusals.
    const auto post = [&](const QJsonObject &body) { return anna.http->post(messages, body); };
    CHECK(errorField(post(protocol::NewMessage{protocol::newUuidV7(), QStringLiteral("  "), {}, {}}.toJson())) == QStringLiteral("body"));
    CHECK(errorField(post(protocol::NewMessage{protocol::newUuidV7(), QString(10001, QLatin1Char('x')), {}, {}}.toJson())) == QStringLiteral("body"));
    r = post(protocol::NewMessage{protocol::newUuidV7(), QStringLiteral("x"), protocol::newUuidV7(), {}}.toJson());
    CHECK(r.status == 422);
    CHECK(errorField(r) == QStringLiteral("replyTo"));
    const protocol::Conversation other = createConversation(*anna.http, {bram.id}, QStringLiteral("Ander"), 201);
    const protocol::Message elsewhere = sendMessage(*anna.http, other.id, QStringLiteral("Elders"));
    r = post(protocol::NewMessage{protocol::newUuidV7(), QStringLiteral("x"), elsewhere.id, {}}.toJson());
    CHECK(r.status == 422);
    CHECK(errorField(r) == QStringLiteral("replyTo"));
    r = post(protocol::NewMessage{protocol::newUuidV7(), QStringLiteral("x"), {}, {protocol::newUuidV7()}}.toJson());
    CHECK(r.status == 404);
    CHECK(errorField(r) == QStringLiteral("attachmentIds[0]"));
    CHECK(getConversation(*anna.http, c.id).lastPosition == 3); // refusals use no positions
}

TEST_CASE("editing and deleting messages: author only, versions, deleted quotes", "[server][chat]")
{
    auto server = startServer();
    Chatter anna = chatter(*server, kAnna);
    Chatter bram = chatter(*server, kBram);
    const protocol::Conversation c = createConversation(*anna.http, {bram.id}, QStringLiteral("Overleg"), 201);
    const protocol::Message original = sendMessage(*anna.http, c.id, QStringLiteral("Vergadering om 9 uur"));
    const protocol::Message reply = sendMessage(*bram.http, c.id, QStringLiteral("Prima"), original.id);
    const qint64 cursor = currentCursor(*bram.http);

    HttpResult r = anna.http->patch(messagePath(original.id), protocol::PostEdit{QStringLiteral("Vergadering om 10 uur"), 1}.toJson());
    REQUIRE(r.status == 200);
    const protocol::Message edited = protocol::Message::fromJson(r.json()).value();
    CHECK(edited.version == 2);
    CHECK(edited.editedAt > 0);
    CHECK(edited.position == original.position);
    r = anna.http->patch(messagePath(original.id), protocol::PostEdit{QStringLiteral("om 11 uur"), 1}.toJson());
    CHECK(r.status == 409);
    CHECK(r.errorCode() == QStringLiteral("version_conflict"));
    CHECK(protocol::Message::fromJson(r.json().value(QStringLiteral("current")).toObject()).value().body == QStringLiteral("Vergadering om 10 uur"));
    CHECK(bram.http->patch(messagePath(original.id), protocol::PostEdit{QStringLiteral("van mij"), 2}.toJson()).status == 403);
    CHECK(errorField(anna.http->patch(messagePath(original.id), {{QStringLiteral("body"), QStringLiteral("x")}})) == QStringLiteral("version"));
    // The quote shows the current text.
    CHECK(messagesPage(*bram.http, c.id).items.last().replyTo.excerpt == QStringLiteral("Vergadering om 10 uur"));

    CHECK(bram.http->del(messagePath(original.id)).status == 403);
    r = anna.http->del(messagePath(original.id));
    CHECK(r.status == 204);
    CHECK(anna.http->del(messagePath(original.id)).status == 404);
    CHECK(anna.http->patch(messagePath(original.id), protocol::PostEdit{QStringLiteral("x"), 3}.toJson()).status == 404);
    CHECK(anna.http->put(messagePath(original.id, QStringLiteral("/reactions/like"))).status == 404);
    // Its id stays used; the history no longer lists it; the reply's quote says it is gone.
    CHECK(anna.http->post(path(c.id, QStringLiteral("/messages")), protocol::NewMessage{original.id, QStringLiteral("weer"), {}, {}}.toJson()).status == 409);
    const protocol::MessagePage page = messagesPage(*bram.http, c.id);
    REQUIRE(page.items.size() == 1);
    CHECK(page.items.first().id == reply.id);
    CHECK(page.items.first().replyTo.deleted);
    CHECK(page.items.first().replyTo.excerpt.isEmpty());
    CHECK(page.items.first().replyTo.authorId == anna.id);
    // A reply to a deleted message is refused.
    CHECK(errorField(bram.http->post(path(c.id, QStringLiteral("/messages")),
                                     protocol::NewMessage{protocol::newUuidV7(), QStringLiteral("x"), original.id, {}}.toJson()))
          == QStringLiteral("replyTo"));

    QStringList names;
    QJsonObject removal;
    for (const QJsonObject &e : syncEvents(*bram.http, cursor)) {
        names.append(e.value(QStringLiteral("name")).toString());
        if (names.last() == QLatin1String("message.deleted")) removal = e.value(QStringLiteral("data")).toObject();
    }
    CHECK(names == QStringList{QStringLiteral("message.updated"), QStringLiteral("message.deleted")});
    const auto decoded = protocol::MessageRemoval::fromJson(removal);
    REQUIRE(decoded.ok());
    CHECK(decoded.value().id == original.id);
    CHECK(decoded.value().conversationId == c.id);
    CHECK(decoded.value().position == 1);
}

TEST_CASE("message history pages by before and after, oldest first, with hasMore", "[server][chat]")
{
    auto server = startServer();
    Chatter anna = chatter(*server, kAnna);
    Chatter bram = chatter(*server, kBram);
    const protocol::Conversation c = createConversation(*anna.http, {bram.id}, QStringLiteral("Geschiedenis"), 201);
    QStringList ids;
    for (int i = 1; i <= 7; ++i) ids.append(sendMessage(i % 2 ? *anna.http : *bram.http, c.id, QStringLiteral("bericht %1").arg(i)).id);
    const auto positions = [](const protocol::MessagePage &p) {
        QList<qint64> out;
        for (const protocol::Message &m : p.items) out.append(m.position);
        return out;
    };

    protocol::MessagePage p = messagesPage(*bram.http, c.id);
    CHECK(positions(p) == QList<qint64>{1, 2, 3, 4, 5, 6, 7});
    CHECK_FALSE(p.hasMore);
    p = messagesPage(*bram.http, c.id, QStringLiteral("?limit=3"));
    CHECK(positions(p) == QList<qint64>{5, 6, 7});
    CHECK(p.hasMore);
    p = messagesPage(*bram.http, c.id, QStringLiteral("?limit=3&before=") + ids[4]);
    CHECK(positions(p) == QList<qint64>{2, 3, 4});
    CHECK(p.hasMore);
    p = messagesPage(*bram.http, c.id, QStringLiteral("?limit=3&before=") + ids[1].toUpper());
    CHECK(positions(p) == QList<qint64>{1});
    CHECK_FALSE(p.hasMore);
    p = messagesPage(*bram.http, c.id, QStringLiteral("?limit=2&after=") + ids[3]);
    CHECK(positions(p) == QList<qint64>{5, 6});
    CHECK(p.hasMore);
    p = messagesPage(*bram.http, c.id, QStringLiteral("?after=") + ids[6]);
    CHECK(p.items.isEmpty());
    CHECK_FALSE(p.hasMore);

    const QString base = path(c.id, QStringLiteral("/messages"));
    CHECK(errorField(bram.http->get(base + QStringLiteral("?before=") + protocol::newUuidV7())) == QStringLiteral("before"));
    CHECK(errorField(bram.http->get(base + QStringLiteral("?after=nope"))) == QStringLiteral("after"));
    CHECK(errorField(bram.http->get(base + QStringLiteral("?limit=0"))) == QStringLiteral("limit"));
    CHECK(errorField(bram.http->get(base + QStringLiteral("?limit=101"))) == QStringLiteral("limit"));
    CHECK(bram.http->get(base + QStringLiteral("?limit=100")).status == 200);
    CHECK(errorField(bram.http->get(base + QStringLiteral("?before=%1&after=%2").arg(ids[4], ids[1]))) == QStringLiteral("after"));
    // A message of another conversation is no mark here.
    const protocol::Conversation other = createConversation(*anna.http, {bram.id}, QStringLiteral("Ander"), 201);
    const protocol::Message elsewhere = sendMessage(*anna.http, other.id, QStringLiteral("Elders"));
    CHECK(errorField(bram.http->get(base + QStringLiteral("?before=") + elsewhere.id)) == QStringLiteral("before"));
}

TEST_CASE("reactions on messages: idempotent, counted, reaching members as reaction.changed", "[server][chat]")
{
    auto server = startServer();
    Chatter anna = chatter(*server, kAnna);
    Chatter bram = chatter(*server, kBram);
    const protocol::Conversation c = createConversation(*anna.http, {bram.id}, QStringLiteral("Reacties"), 201);
    const protocol::Message m = sendMessage(*anna.http, c.id, QStringLiteral("Taart in de kantine!"));
    auto annaStream = openStream(*server, anna.token, currentCursor(*anna.http));

    HttpResult r = bram.http->put(messagePath(m.id, QStringLiteral("/reactions/celebrate")));
    REQUIRE(r.status == 200);
    auto state = protocol::ReactionState::fromJson(r.json());
    REQUIRE(state.ok());
    CHECK(state.value().reactions.value(QStringLiteral("celebrate")) == 1);
    CHECK(state.value().myReactions == QStringList{QStringLiteral("celebrate")});
    CHECK(bram.http->put(messagePath(m.id, QStringLiteral("/reactions/celebrate"))).status == 200); // idempotent
    CHECK(anna.http->put(messagePath(m.id, QStringLiteral("/reactions/celebrate"))).status == 200);
    r = anna.http->del(messagePath(m.id, QStringLiteral("/reactions/celebrate")));
    REQUIRE(r.status == 200);
    CHECK(protocol::ReactionState::fromJson(r.json()).value().myReactions.isEmpty());
    r = bram.http->put(messagePath(m.id, QStringLiteral("/reactions/angry")));
    CHECK(r.status == 422);
    CHECK(errorField(r) == QStringLiteral("kind"));

    REQUIRE(waitForEvents(*annaStream, QStringLiteral("reaction.changed"), 3));
    const QList<QJsonObject> changes = eventData(*annaStream, QStringLiteral("reaction.changed"));
    CHECK(changes.size() == 3); // the idempotent repeat logged nothing
    const auto change = protocol::ReactionChange::fromJson(changes.first());
    REQUIRE(change.ok());
    CHECK(change.value().target == QStringLiteral("message"));
    CHECK(change.value().id == m.id);
    CHECK(change.value().conversationId == c.id);
    CHECK(change.value().postId.isEmpty());
    CHECK(change.value().userId == bram.id);
    CHECK(change.value().counts.value(QStringLiteral("celebrate")) == 1);

    // The message carries the counts and, per caller, myReactions.
    CHECK(messagesPage(*bram.http, c.id).items.first().myReactions == QStringList{QStringLiteral("celebrate")});
    CHECK(messagesPage(*anna.http, c.id).items.first().myReactions.isEmpty());
    CHECK(getConversation(*anna.http, c.id).lastMessage.reactions.value(QStringLiteral("celebrate")) == 1);
    r = anna.http->get(messagePath(m.id, QStringLiteral("/reactions")));
    REQUIRE(r.status == 200);
    const auto who = protocol::ReactorList::fromJson(r.json());
    REQUIRE(who.ok());
    REQUIRE(who.value().items.size() == 1);
    CHECK(who.value().items.first().userId == bram.id);
}

TEST_CASE("mute is per user and goes only to that user's own streams", "[server][chat]")
{
    auto server = startServer();
    Chatter anna = chatter(*server, kAnna);
    Chatter bram = chatter(*server, kBram);
    const protocol::Conversation c = createConversation(*anna.http, {bram.id}, {}, 200);
    auto bramStream = openStream(*server, bram.token, currentCursor(*bram.http));
    auto annaStream = openStream(*server, anna.token, currentCursor(*anna.http));

    HttpResult r = bram.http->put(path(c.id, QStringLiteral("/mute")));
    REQUIRE(r.status == 200);
    CHECK(protocol::MuteState::fromJson(r.json()).value().muted);
    CHECK(bram.http->put(path(c.id, QStringLiteral("/mute"))).status == 200);
    CHECK(getConversation(*bram.http, c.id).muted);
    CHECK_FALSE(getConversation(*anna.http, c.id).muted);
    REQUIRE(waitForEvents(*bramStream, QStringLiteral("conversation.muted"), 1));
    r = bram.http->del(path(c.id, QStringLiteral("/mute")));
    REQUIRE(r.status == 200);
    CHECK_FALSE(protocol::MuteState::fromJson(r.json()).value().muted);
    REQUIRE(waitForEvents(*bramStream, QStringLiteral("conversation.muted"), 2));
    settle(200);
    const QList<QJsonObject> mutes = eventData(*bramStream, QStringLiteral("conversation.muted"));
    CHECK(mutes.size() == 2); // the repeated PUT changed nothing and logged nothing
    CHECK(mutes.first().value(QStringLiteral("conversationId")).toString() == c.id);
    CHECK(mutes.first().value(QStringLiteral("muted")).toBool());
    CHECK(eventData(*annaStream, QStringLiteral("conversation.muted")).isEmpty());
    // Conversation events never carry the per-caller field, nor my reactions.
    const protocol::Conversation group = createConversation(*anna.http, {bram.id}, QStringLiteral("Stil"), 201);
    REQUIRE(waitForEvents(*bramStream, QStringLiteral("conversation.created"), 1));
    const QJsonObject shared = eventData(*bramStream, QStringLiteral("conversation.created")).first();
    CHECK(shared.value(QStringLiteral("id")).toString() == group.id);
    CHECK_FALSE(shared.contains(QStringLiteral("muted")));
    sendMessage(*anna.http, group.id, QStringLiteral("Hallo?"));
    REQUIRE(waitForEvents(*bramStream, QStringLiteral("message.created"), 1));
    CHECK_FALSE(eventData(*bramStream, QStringLiteral("message.created")).first().contains(QStringLiteral("myReactions")));
}

TEST_CASE("bootstrap and the list carry my conversations, newest first, with the seeded chats", "[server][chat]")
{
    auto server = startServer();
    Chatter anna = chatter(*server, kAnna);
    Chatter bram = chatter(*server, kBram);

    const HttpResult r = bram.http->get(QStringLiteral("/api/v1/bootstrap"));
    REQUIRE(r.status == 200);
    const auto boot = protocol::Bootstrap::fromJson(r.json());
    REQUIRE(boot.ok());
    const QList<protocol::Conversation> &mine = boot.value().conversations;
    REQUIRE(mine.size() == 3);
    qint64 unread = 0;
    for (int i = 0; i < mine.size(); ++i) {
        if (i > 0) CHECK(mine[i - 1].lastActivityAt >= mine[i].lastActivityAt);
        CHECK(mine[i].members.size() >= 2);
        CHECK_FALSE(mine[i].lastMessage.id.isEmpty());
        unread += mine[i].lastPosition - readPositionOf(mine[i], bram.id);
    }
    CHECK(unread == 1); // anna's last message to bram
    const protocol::Conversation &withAnna = mine.first();
    CHECK(withAnna.direct);
    CHECK(withAnna.lastMessage.authorId == anna.id);
    CHECK(withAnna.lastMessage.body.contains(QStringLiteral("bellen")));
    QString borrel;
    for (const protocol::Conversation &c : mine)
        if (c.title == QLatin1String("Vrijdagmiddagborrel")) borrel = c.id;
    CHECK_FALSE(borrel.isEmpty());
    // The seeded history has a reply and a reaction.
    const protocol::MessagePage history = messagesPage(*bram.http, withAnna.id);
    bool reply = false;
    bool reaction = false;
    for (const protocol::Message &m : history.items) {
        reply = reply || !m.replyTo.id.isEmpty();
        reaction = reaction || !m.reactions.isEmpty();
    }
    CHECK(reply);
    CHECK(reaction);

    const HttpResult list = bram.http->get(conversationsPath());
    REQUIRE(list.status == 200);
    CHECK(protocol::ConversationList::fromJson(list.json()).value().items == mine);
    // New activity moves a conversation to the top.
    const protocol::Conversation fresh = createConversation(*anna.http, {bram.id}, QStringLiteral("Nieuw"), 201);
    const auto after = protocol::ConversationList::fromJson(bram.http->get(conversationsPath()).json()).value().items;
    CHECK(after.first().id == fresh.id);
    sendMessage(*anna.http, borrel, QStringLiteral("Nog iets"));
    CHECK(protocol::ConversationList::fromJson(bram.http->get(conversationsPath()).json()).value().items.first().id == borrel);
}

TEST_CASE("people search finds names by every word, not the shared email domain", "[server][chat]")
{
    auto server = startServer();
    auto bram = signIn(*server, kBram);
    const auto names = [&](const QString &query) {
        const HttpResult r = bram->get(QStringLiteral("/api/v1/users?limit=100&query=") + QString::fromUtf8(QUrl::toPercentEncoding(query)));
        REQUIRE(r.status == 200);
        QStringList out;
        for (const QJsonValue &u : r.json().value(QStringLiteral("items")).toArray())
            out.append(u.toObject().value(QStringLiteral("name")).toString());
        return out;
    };
    CHECK(names(QStringLiteral("anna vries")) == QStringList{QStringLiteral("Anna de Vries")});
    CHECK(names(QStringLiteral("VRIES anna")) == QStringList{QStringLiteral("Anna de Vries")});
    CHECK(names(QStringLiteral("plein")).isEmpty());
    CHECK(names(QStringLiteral("demo")).isEmpty());
    CHECK(names(QStringLiteral("bram")).contains(QStringLiteral("Bram Jansen")));
    CHECK(names(QStringLiteral("bram linux")) == QStringList{QStringLiteral("Bram Jansen")});
    CHECK(names(QStringLiteral("anna xyz")).isEmpty());
}

TEST_CASE("bad bodies on the chat routes get 400, 422 with the field, or 413", "[server][chat][errors]")
{
    auto server = startServer();
    Chatter anna = chatter(*server, kAnna);
    Chatter bram = chatter(*server, kBram);
    const protocol::Conversation c = createConversation(*anna.http, {bram.id}, QStringLiteral("Fouten"), 201);
    const protocol::Message m = sendMessage(*anna.http, c.id, QStringLiteral("doel"));

    struct Route {
        QByteArray verb;
        QString path;
        QByteArray wrongType;
        QString field;
    };
    const QList<Route> routes{
        {"POST", conversationsPath(), R"({"id": 1, "memberIds": []})", QStringLiteral("id")},
        {"PATCH", path(c.id), R"({"title": ["x"]})", QStringLiteral("title")},
        {"POST", path(c.id, QStringLiteral("/messages")),
         QStringLiteral(R"({"id": "%1", "body": "x", "replyTo": 5})").arg(protocol::newUuidV7()).toUtf8(), QStringLiteral("replyTo")},
        {"PATCH", messagePath(m.id), R"({"body": "x", "version": "1"})", QStringLiteral("version")},
        {"POST", path(c.id, QStringLiteral("/read")), R"({"messageId": 12})", QStringLiteral("messageId")},
    };
    for (const Route &r : routes) {
        INFO(r.verb.toStdString() << " " << r.path.toStdString());
        const HttpResult broken = anna.http->send(r.verb, r.path, "{\"body\": ");
        CHECK(broken.status == 400);
        CHECK(broken.errorCode() == QStringLiteral("malformed_json"));
        CHECK(anna.http->send(r.verb, r.path, "[]").status == 422);
        const HttpResult typed = anna.http->send(r.verb, r.path, r.wrongType);
        CHECK(typed.status == 422);
        CHECK(errorField(typed) == r.field);
        CHECK(anna.http->send(r.verb, r.path, "{\"body\": \"" + QByteArray(1024 * 1024, 'a') + "\"}").status == 413);
    }
}

TEST_CASE("messages sent back to back get later and later times, so conversations list in the order they were written to", "[server][chat]")
{
    auto server = startServer();
    Chatter anna = chatter(*server, kAnna);
    Chatter bram = chatter(*server, kBram);
    Chatter admin = chatter(*server, kAdmin);
    const QString withBram = createConversation(*anna.http, {bram.id}, {}, 200).id;
    const QString withAdmin = createConversation(*anna.http, {admin.id}).id;
    // Quicker than the clock's millisecond on loopback: equal times would leave the list's
    // order to the conversations' ids.
    qint64 previous = 0;
    for (int i = 0; i < 20; ++i) {
        for (const QString &conversation : {withBram, withAdmin}) {
            const protocol::Message m = sendMessage(*anna.http, conversation, QStringLiteral("Ronde %1").arg(i));
            CHECK(m.createdAt > previous);
            previous = m.createdAt;
        }
    }
    const auto list = protocol::ConversationList::fromJson(anna.http->get(conversationsPath()).json()).value().items;
    REQUIRE(list.size() >= 2);
    CHECK(list.at(0).id == withAdmin);
    CHECK(list.at(1).id == withBram);
    CHECK(list.at(0).lastActivityAt > list.at(1).lastActivityAt);
}
