#include <catch2/catch.hpp>

#include "protocol/Acknowledgement.h"
#include "protocol/ApiError.h"
#include "protocol/Auth.h"
#include "protocol/Comment.h"
#include "protocol/Conversation.h"
#include "protocol/Feed.h"
#include "protocol/JsonReader.h"
#include "protocol/Membership.h"
#include "protocol/Sync.h"
#include "protocol/Uuid.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace plein::protocol;

namespace {
Post samplePost()
{
    Post p;
    p.id = newUuidV7();
    p.authorId = QStringLiteral("u1");
    p.authorName = QStringLiteral("Anna de Vries");
    p.groupId = QStringLiteral("g1");
    p.groupName = QStringLiteral("Utrecht");
    p.body = QStringLiteral("Wie helpt zaterdag mee met flyeren? 🌷");
    p.createdAt = 1700000000000;
    p.likeCount = 3;
    p.commentCount = 1;
    p.version = 2;
    return p;
}

template<typename T>
Decoded<T> decodeText(const QByteArray &json)
{
    auto obj = parseObject(json);
    if (!obj) return obj.error();
    return T::fromJson(obj.value());
}
}

TEST_CASE("a post survives a round trip through JSON unchanged")
{
    const Post p = samplePost();
    auto back = Post::fromJson(p.toJson());
    REQUIRE(back.ok());
    CHECK(back.value() == p);
}

TEST_CASE("a post to everyone has null group fields on the wire and decodes back to empty")
{
    Post p = samplePost();
    p.groupId.clear();
    p.groupName.clear();
    const QJsonObject json = p.toJson();
    CHECK(json.value(QStringLiteral("groupId")).isNull());
    auto back = Post::fromJson(json);
    REQUIRE(back.ok());
    CHECK(back.value().groupId.isEmpty());
}

TEST_CASE("bootstrap, feed page, session and sync batch round-trip")
{
    Bootstrap b;
    b.me.id = QStringLiteral("u1");
    b.me.email = QStringLiteral("anna@plein.demo");
    b.me.name = QStringLiteral("Anna de Vries");
    b.me.expertise = {QStringLiteral("zorg"), QStringLiteral("wonen")};
    b.me.version = 1;
    Group g;
    g.id = QStringLiteral("g1");
    g.name = QStringLiteral("Utrecht");
    g.version = 1;
    b.groups = {g};
    b.feed.items = {samplePost(), samplePost()};
    b.feed.next = b.feed.items.last().id;
    b.cursor = 42;
    auto back = Bootstrap::fromJson(b.toJson());
    REQUIRE(back.ok());
    CHECK(back.value().me == b.me);
    CHECK(back.value().groups == b.groups);
    CHECK(back.value().feed.items == b.feed.items);
    CHECK(back.value().feed.next == b.feed.next);
    CHECK(back.value().cursor == 42);

    Session s{QStringLiteral("a"), QStringLiteral("r"), 900, b.me};
    auto s2 = Session::fromJson(s.toJson());
    REQUIRE(s2.ok());
    CHECK(s2.value().user == b.me);

    SyncBatch batch;
    batch.events = {Event{5, 3, EventName::PostCreated, samplePost().toJson()}};
    batch.cursor = 5;
    batch.hasMore = true;
    auto b2 = SyncBatch::fromJson(batch.toJson());
    REQUIRE(b2.ok());
    CHECK(b2.value().events.size() == 1);
    CHECK(b2.value().events.first().prev == 3);
    CHECK(b2.value().hasMore);
}

TEST_CASE("malformed JSON is an error value, never a crash")
{
    for (const QByteArray &text : {QByteArray("{"), QByteArray("not json"), QByteArray(""), QByteArray("{\"id\": }"),
                                   QByteArray("[1,2,3]"), QByteArray("\"just a string\""), QByteArray("\xff\xfe\x00", 3)}) {
        auto r = decodeText<Post>(text);
        CHECK_FALSE(r.ok());
    }
}

TEST_CASE("a wrongly typed field is named in the error")
{
    QJsonObject json = samplePost().toJson();
    SECTION("string where a number belongs") {
        json.insert(QStringLiteral("createdAt"), QStringLiteral("yesterday"));
        auto r = Post::fromJson(json);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("createdAt"));
    }
    SECTION("number where a string belongs") {
        json.insert(QStringLiteral("body"), 12);
        auto r = Post::fromJson(json);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("body"));
    }
    SECTION("missing required field") {
        json.remove(QStringLiteral("authorName"));
        auto r = Post::fromJson(json);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("authorName"));
    }
    SECTION("object where a string belongs") {
        json.insert(QStringLiteral("id"), QJsonObject{{QStringLiteral("x"), 1}});
        auto r = Post::fromJson(json);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("id"));
    }
}

TEST_CASE("an error deep inside a document names the full path")
{
    FeedPage page;
    page.items = {samplePost(), samplePost()};
    QJsonObject json = page.toJson();
    QJsonArray items = json.value(QStringLiteral("items")).toArray();
    QJsonObject second = items.at(1).toObject();
    second.insert(QStringLiteral("body"), true);
    items.replace(1, second);
    json.insert(QStringLiteral("items"), items);
    Bootstrap b;
    QJsonObject boot = b.toJson();
    boot.insert(QStringLiteral("feed"), json);
    auto r = Bootstrap::fromJson(boot);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("feed.items[1].body"));
}

TEST_CASE("huge, fractional and negative numbers are refused")
{
    for (const char *value : {"1e300", "9007199254740994", "1.5", "-1", "1e16"}) {
        const QByteArray text = QByteArray(R"({"seq": )") + value + R"(, "prev": 0, "name": "post.created", "data": {}})";
        auto r = decodeText<Event>(text);
        INFO(value);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("seq"));
    }
    auto ok = decodeText<Event>(R"({"seq": 9007199254740992, "prev": 0, "name": "x", "data": {}})");
    CHECK(ok.ok());
}

TEST_CASE("an event whose prev is not below its seq is refused")
{
    auto r = decodeText<Event>(R"({"seq": 5, "prev": 5, "name": "post.created", "data": {}})");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("prev"));
}

TEST_CASE("deeply nested documents are refused by the parser, not by a stack overflow")
{
    QByteArray deep = "{\"a\":";
    for (int i = 0; i < 100000; ++i) deep += '[';
    for (int i = 0; i < 100000; ++i) deep += ']';
    deep += '}';
    auto r = parseObject(deep);
    CHECK_FALSE(r.ok());
}

TEST_CASE("hostile sizes: overlong strings and oversized arrays are refused")
{
    QJsonObject json = samplePost().toJson();
    json.insert(QStringLiteral("body"), QString(kMaxPostBodyLength + 1, QLatin1Char('x')));
    auto r = Post::fromJson(json);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("body"));

    QJsonArray many;
    for (int i = 0; i < kMaxPageSize + 1; ++i) many.append(samplePost().toJson());
    auto page = FeedPage::fromJson({{QStringLiteral("items"), many}, {QStringLiteral("next"), QJsonValue::Null}});
    REQUIRE_FALSE(page.ok());
    CHECK(page.error().field == QStringLiteral("items"));
}

TEST_CASE("a new post needs a UUIDv7 id and a body that is not blank")
{
    auto ok = NewPost::fromJson(NewPost{newUuidV7(), {}, QStringLiteral("Hallo")}.toJson());
    CHECK(ok.ok());
    auto badId = NewPost::fromJson(NewPost{QStringLiteral("123"), {}, QStringLiteral("Hallo")}.toJson());
    REQUIRE_FALSE(badId.ok());
    CHECK(badId.error().field == QStringLiteral("id"));
    auto v4 = NewPost::fromJson(NewPost{QStringLiteral("3b241101-e2bb-4255-8caf-4136c566a962"), {}, QStringLiteral("x")}.toJson());
    CHECK_FALSE(v4.ok());
    auto blank = NewPost::fromJson(NewPost{newUuidV7(), {}, QStringLiteral("  \n ")}.toJson());
    REQUIRE_FALSE(blank.ok());
    CHECK(blank.error().field == QStringLiteral("body"));
}

TEST_CASE("unknown roles and visibilities are refused, unknown fields ignored")
{
    User u;
    u.id = QStringLiteral("u");
    u.email = QStringLiteral("e@x");
    u.name = QStringLiteral("n");
    QJsonObject json = u.toJson();
    json.insert(QStringLiteral("futureField"), QStringLiteral("ignored"));
    CHECK(User::fromJson(json).ok());
    json.insert(QStringLiteral("role"), QStringLiteral("emperor"));
    auto r = User::fromJson(json);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("role"));

    Group g;
    g.id = QStringLiteral("g");
    g.name = QStringLiteral("G");
    QJsonObject gj = g.toJson();
    gj.insert(QStringLiteral("visibility"), QStringLiteral("invisible"));
    CHECK_FALSE(Group::fromJson(gj).ok());
}

TEST_CASE("error bodies decode, and anything else is not an error body")
{
    ApiError e{ErrorCode::ValidationFailed, QStringLiteral("body must not be empty"), QStringLiteral("body")};
    auto back = ApiError::fromJson(e.toJson());
    REQUIRE(back.ok());
    CHECK(back.value().code == ErrorCode::ValidationFailed);
    CHECK(back.value().field == QStringLiteral("body"));
    CHECK_FALSE(ApiError::fromJson(QJsonObject{{QStringLiteral("message"), QStringLiteral("nginx")}}).ok());
}

TEST_CASE("the hello frame must say it is a hello")
{
    auto ok = HelloFrame::fromJson(HelloFrame{QStringLiteral("t"), 7}.toJson());
    REQUIRE(ok.ok());
    CHECK(ok.value().since == 7);
    QJsonObject other = HelloFrame{QStringLiteral("t"), 7}.toJson();
    other.insert(QStringLiteral("type"), QStringLiteral("typing"));
    CHECK_FALSE(HelloFrame::fromJson(other).ok());
}

// ---- issue 3: groups, comments, reactions, attachments, announcements ----

namespace {
Attachment sampleAttachment()
{
    Attachment a;
    a.id = newUuidV7();
    a.name = QStringLiteral("plattegrond.png");
    a.mime = QStringLiteral("image/png");
    a.url = QStringLiteral("/api/v1/files/") + a.id;
    a.thumbnailUrl = a.url + QStringLiteral("/thumbnail");
    a.size = 12345;
    a.width = 800;
    a.height = 600;
    return a;
}

Post richPost()
{
    Post p = samplePost();
    p.announcement = true;
    p.readCount = 7;
    p.reactions = {{ReactionKind::Like, 3}, {ReactionKind::Celebrate, 1}};
    p.myReactions = {ReactionKind::Like};
    p.acknowledged = true;
    p.attachments = {sampleAttachment()};
    return p;
}
}

TEST_CASE("a post with reactions, attachments and announcement fields round-trips")
{
    const Post p = richPost();
    auto back = Post::fromJson(p.toJson());
    REQUIRE(back.ok());
    CHECK(back.value() == p);
    CHECK(p.toJson().value(QStringLiteral("reactions")).toObject().value(QStringLiteral("like")).toInteger() == 3);
}

TEST_CASE("a post's event form leaves out the caller's own fields")
{
    const QJsonObject json = richPost().toEventJson();
    CHECK_FALSE(json.contains(QStringLiteral("myReactions")));
    CHECK_FALSE(json.contains(QStringLiteral("acknowledged")));
    auto back = Post::fromJson(json);
    REQUIRE(back.ok());
    CHECK(back.value().myReactions.isEmpty());
    CHECK_FALSE(back.value().acknowledged);
    CHECK(back.value().reactions.value(ReactionKind::Celebrate) == 1);
}

TEST_CASE("an old post payload without the issue 3 fields still decodes with defaults")
{
    QJsonObject json = samplePost().toJson();
    for (const char *f : {"announcement", "readCount", "reactions", "attachments", "myReactions", "acknowledged"})
        json.remove(QLatin1String(f));
    auto back = Post::fromJson(json);
    REQUIRE(back.ok());
    CHECK_FALSE(back.value().announcement);
    CHECK(back.value().reactions.isEmpty());
    CHECK(back.value().attachments.isEmpty());
}

TEST_CASE("reaction counts: zero counts are not sent, negative or non-numeric counts are refused")
{
    ReactionCounts counts{{ReactionKind::Like, 2}, {ReactionKind::Sad, 0}};
    const QJsonObject json = reactionCountsToJson(counts);
    CHECK(json.size() == 1);

    QJsonObject post = samplePost().toJson();
    post.insert(QStringLiteral("reactions"), QJsonObject{{QStringLiteral("like"), -1}});
    auto neg = Post::fromJson(post);
    REQUIRE_FALSE(neg.ok());
    CHECK(neg.error().field == QStringLiteral("reactions.like"));
    post.insert(QStringLiteral("reactions"), QJsonObject{{QStringLiteral("wow"), QStringLiteral("many")}});
    CHECK_FALSE(Post::fromJson(post).ok());
    post.insert(QStringLiteral("reactions"), QJsonArray{});
    auto arr = Post::fromJson(post);
    REQUIRE_FALSE(arr.ok());
    CHECK(arr.error().field == QStringLiteral("reactions"));
}

TEST_CASE("reaction kinds are a fixed set")
{
    CHECK(ReactionKind::all().size() == 6);
    CHECK(ReactionKind::isValid(QStringLiteral("celebrate")));
    CHECK_FALSE(ReactionKind::isValid(QStringLiteral("angry")));
    CHECK_FALSE(ReactionKind::isValid(QStringLiteral("Like")));
}

TEST_CASE("reaction change, reaction state and reactors round-trip")
{
    ReactionChange c{ReactionTarget::Comment, QStringLiteral("c1"), QStringLiteral("p1"), {}, QStringLiteral("u1"),
                     ReactionKind::Wow, true, {{ReactionKind::Wow, 4}}};
    auto back = ReactionChange::fromJson(c.toJson());
    REQUIRE(back.ok());
    CHECK(back.value() == c);
    QJsonObject bad = c.toJson();
    bad.insert(QStringLiteral("target"), QStringLiteral("group"));
    CHECK(ReactionChange::fromJson(bad).error().field == QStringLiteral("target"));
    bad = c.toJson();
    bad.remove(QStringLiteral("active"));
    CHECK(ReactionChange::fromJson(bad).error().field == QStringLiteral("active"));

    ReactionState s{{{ReactionKind::Like, 1}}, {ReactionKind::Like}};
    auto sb = ReactionState::fromJson(s.toJson());
    REQUIRE(sb.ok());
    CHECK(sb.value() == s);

    ReactorList l;
    l.items = {Reactor{QStringLiteral("u1"), QStringLiteral("Anna"), ReactionKind::Love}};
    auto lb = ReactorList::fromJson(l.toJson());
    REQUIRE(lb.ok());
    CHECK(lb.value().items == l.items);
}

TEST_CASE("an attachment round-trips; a file that is not an image has no thumbnail or size in pixels")
{
    const Attachment a = sampleAttachment();
    auto back = Attachment::fromJson(a.toJson());
    REQUIRE(back.ok());
    CHECK(back.value() == a);
    Attachment pdf = a;
    pdf.mime = QStringLiteral("application/pdf");
    pdf.thumbnailUrl.clear();
    pdf.width = pdf.height = 0;
    const QJsonObject json = pdf.toJson();
    CHECK(json.value(QStringLiteral("thumbnailUrl")).isNull());
    CHECK_FALSE(json.contains(QStringLiteral("width")));
    auto pb = Attachment::fromJson(json);
    REQUIRE(pb.ok());
    CHECK(pb.value() == pdf);
    QJsonObject noSize = json;
    noSize.remove(QStringLiteral("size"));
    CHECK(Attachment::fromJson(noSize).error().field == QStringLiteral("size"));
}

TEST_CASE("new posts carry announcement and attachment ids; bad attachment ids are named")
{
    NewPost p{newUuidV7(), QStringLiteral("g1"), QStringLiteral("Let op!"), true, {newUuidV7(), newUuidV7()}};
    auto back = NewPost::fromJson(p.toJson());
    REQUIRE(back.ok());
    CHECK(back.value().announcement);
    CHECK(back.value().attachmentIds == p.attachmentIds);

    QJsonObject bad = p.toJson();
    bad.insert(QStringLiteral("attachmentIds"), QJsonArray{newUuidV7(), QStringLiteral("../etc/passwd")});
    CHECK(NewPost::fromJson(bad).error().field == QStringLiteral("attachmentIds[1]"));
    QJsonArray eleven;
    for (int i = 0; i < 11; ++i) eleven.append(newUuidV7());
    bad.insert(QStringLiteral("attachmentIds"), eleven);
    CHECK(NewPost::fromJson(bad).error().field == QStringLiteral("attachmentIds"));
    bad = p.toJson();
    bad.insert(QStringLiteral("announcement"), QStringLiteral("yes"));
    CHECK(NewPost::fromJson(bad).error().field == QStringLiteral("announcement"));
}

TEST_CASE("an edit needs a body and the version it was based on")
{
    auto ok = PostEdit::fromJson(PostEdit{QStringLiteral("nieuw"), 3}.toJson());
    REQUIRE(ok.ok());
    CHECK(ok.value().version == 3);
    CHECK(PostEdit::fromJson(QJsonObject{{QStringLiteral("body"), QStringLiteral("x")}}).error().field == QStringLiteral("version"));
    CHECK(PostEdit::fromJson(PostEdit{QStringLiteral("  "), 1}.toJson()).error().field == QStringLiteral("body"));
    CHECK(PostEdit::fromJson(PostEdit{QStringLiteral("x"), 0}.toJson()).error().field == QStringLiteral("version"));

    auto removal = PostRemoval::fromJson(PostRemoval{QStringLiteral("p1"), {}}.toJson());
    REQUIRE(removal.ok());
    CHECK(removal.value().groupId.isEmpty());
}

TEST_CASE("comments, new comments and comment pages round-trip; the event form has no myReactions")
{
    Comment c;
    c.id = newUuidV7();
    c.postId = QStringLiteral("p1");
    c.authorId = QStringLiteral("u1");
    c.authorName = QStringLiteral("Bram Jansen");
    c.body = QStringLiteral("Goed idee!");
    c.createdAt = 1700000000000;
    c.editedAt = 1700000001000;
    c.version = 2;
    c.reactions = {{ReactionKind::Laugh, 2}};
    c.myReactions = {ReactionKind::Laugh};
    auto back = Comment::fromJson(c.toJson());
    REQUIRE(back.ok());
    CHECK(back.value() == c);
    CHECK_FALSE(c.toEventJson().contains(QStringLiteral("myReactions")));

    CommentPage page{{c}, c.id};
    auto pb = CommentPage::fromJson(page.toJson());
    REQUIRE(pb.ok());
    CHECK(pb.value().items == page.items);
    CHECK(pb.value().next == c.id);
    CHECK(CommentPage{{}, {}}.toJson().value(QStringLiteral("next")).isNull());

    CHECK(NewComment::fromJson(NewComment{newUuidV7(), QStringLiteral("ja")}.toJson()).ok());
    CHECK(NewComment::fromJson(NewComment{QStringLiteral("x"), QStringLiteral("ja")}.toJson()).error().field == QStringLiteral("id"));
    CHECK(NewComment::fromJson(NewComment{newUuidV7(), QStringLiteral(" ")}.toJson()).error().field == QStringLiteral("body"));
    CHECK(NewComment::fromJson(NewComment{newUuidV7(), QString(kMaxCommentBodyLength + 1, QLatin1Char('a'))}.toJson()).error().field == QStringLiteral("body"));

    auto removal = CommentRemoval::fromJson(CommentRemoval{c.id, c.postId}.toJson());
    REQUIRE(removal.ok());
    CHECK(removal.value().postId == c.postId);
}

TEST_CASE("a group's membership is sent in REST answers only and validated")
{
    Group g;
    g.id = QStringLiteral("g1");
    g.name = QStringLiteral("Fietsclub");
    g.visibility = Visibility::Private;
    g.version = 2;
    g.createdAt = 1700000000000;
    g.membership = MembershipKind::Requested;
    auto back = Group::fromJson(g.toJson());
    REQUIRE(back.ok());
    CHECK(back.value() == g);
    CHECK_FALSE(g.toEventJson().contains(QStringLiteral("membership")));
    CHECK(Group::fromJson(g.toEventJson()).value().membership.isEmpty());
    QJsonObject bad = g.toJson();
    bad.insert(QStringLiteral("membership"), QStringLiteral("owner"));
    CHECK(Group::fromJson(bad).error().field == QStringLiteral("membership"));

    GroupList list{{g}};
    auto lb = GroupList::fromJson(list.toJson());
    REQUIRE(lb.ok());
    CHECK(lb.value().items == list.items);
}

TEST_CASE("a new group needs a UUIDv7, a name of 1..100 characters and a known visibility")
{
    NewGroup g{newUuidV7(), QStringLiteral("Kookclub"), QStringLiteral("Samen koken"), Visibility::Secret};
    auto ok = NewGroup::fromJson(g.toJson());
    REQUIRE(ok.ok());
    CHECK(ok.value().visibility == Visibility::Secret);
    NewGroup bad = g;
    bad.name = QStringLiteral("   ");
    CHECK(NewGroup::fromJson(bad.toJson()).error().field == QStringLiteral("name"));
    bad.name = QString(101, QLatin1Char('x'));
    CHECK(NewGroup::fromJson(bad.toJson()).error().field == QStringLiteral("name"));
    bad = g;
    bad.description = QString(5001, QLatin1Char('x'));
    CHECK(NewGroup::fromJson(bad.toJson()).error().field == QStringLiteral("description"));
    bad = g;
    bad.visibility = QStringLiteral("hidden");
    CHECK(NewGroup::fromJson(bad.toJson()).error().field == QStringLiteral("visibility"));
    bad = g;
    bad.id = QStringLiteral("fietsclub");
    CHECK(NewGroup::fromJson(bad.toJson()).error().field == QStringLiteral("id"));
}

TEST_CASE("a group edit changes only the fields present and needs a version")
{
    auto onlyName = GroupEdit::fromJson(QJsonObject{{QStringLiteral("name"), QStringLiteral("Nieuw")}, {QStringLiteral("version"), 2}});
    REQUIRE(onlyName.ok());
    CHECK(onlyName.value().name == QStringLiteral("Nieuw"));
    CHECK_FALSE(onlyName.value().description.has_value());
    CHECK_FALSE(onlyName.value().visibility.has_value());
    auto back = GroupEdit::fromJson(onlyName.value().toJson());
    REQUIRE(back.ok());
    CHECK(back.value().name == onlyName.value().name);
    CHECK(GroupEdit::fromJson(QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}).error().field == QStringLiteral("version"));
    CHECK(GroupEdit::fromJson(QJsonObject{{QStringLiteral("visibility"), QStringLiteral("open")}, {QStringLiteral("version"), 1}}).error().field == QStringLiteral("visibility"));
    CHECK(GroupEdit::fromJson(QJsonObject{{QStringLiteral("name"), 5}, {QStringLiteral("version"), 1}}).error().field == QStringLiteral("name"));
}

TEST_CASE("members, join requests, membership states and group removals round-trip")
{
    MemberList members{{GroupMember{QStringLiteral("u1"), QStringLiteral("Anna"), QStringLiteral("CM"), QStringLiteral("Communicatie"), GroupRole::Admin}}};
    auto mb = MemberList::fromJson(members.toJson());
    REQUIRE(mb.ok());
    CHECK(mb.value().items == members.items);

    JoinRequestList requests{{JoinRequest{QStringLiteral("u2"), QStringLiteral("Bram"), QStringLiteral("Beheer"), 1700000000000}}};
    auto rb = JoinRequestList::fromJson(requests.toJson());
    REQUIRE(rb.ok());
    CHECK(rb.value().items == requests.items);
    QJsonObject badRequest = requests.items.first().toJson();
    badRequest.remove(QStringLiteral("requestedAt"));
    CHECK(JoinRequest::fromJson(badRequest).error().field == QStringLiteral("requestedAt"));

    MembershipState s{QStringLiteral("g1"), QStringLiteral("u2"), MembershipKind::Invited};
    auto sb = MembershipState::fromJson(s.toJson());
    REQUIRE(sb.ok());
    CHECK(sb.value() == s);
    QJsonObject badState = s.toJson();
    badState.insert(QStringLiteral("state"), QStringLiteral("banned"));
    CHECK(MembershipState::fromJson(badState).error().field == QStringLiteral("state"));

    auto removal = GroupRemoval::fromJson(GroupRemoval{QStringLiteral("g1"), RemovalReason::Hidden}.toJson());
    REQUIRE(removal.ok());
    CHECK(removal.value().reason == RemovalReason::Hidden);
}

TEST_CASE("acknowledgements, announcement reads and user lists round-trip")
{
    Acknowledgements a;
    a.readCount = 1;
    a.audienceCount = 3;
    a.read = {UserRef{QStringLiteral("u1"), QStringLiteral("Anna")}};
    a.unread = {UserRef{QStringLiteral("u2"), QStringLiteral("Bram")}, UserRef{QStringLiteral("u3"), QStringLiteral("Cor")}};
    auto back = Acknowledgements::fromJson(a.toJson());
    REQUIRE(back.ok());
    CHECK(back.value().read == a.read);
    CHECK(back.value().unread == a.unread);
    CHECK(back.value().audienceCount == 3);
    QJsonObject bad = a.toJson();
    bad.insert(QStringLiteral("unread"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("u9")}}});
    CHECK(Acknowledgements::fromJson(bad).error().field == QStringLiteral("unread[0].name"));

    AnnouncementRead r{QStringLiteral("p1"), QStringLiteral("u1"), 5};
    auto rb = AnnouncementRead::fromJson(r.toJson());
    REQUIRE(rb.ok());
    CHECK(rb.value() == r);
    CHECK(AcknowledgementState::fromJson(AcknowledgementState{4}.toJson()).value().readCount == 4);

    UserList users;
    users.items = {User{QStringLiteral("u1"), QStringLiteral("a@x"), QStringLiteral("Anna"), {}, {}, {}, Role::Member, 1}};
    auto ub = UserList::fromJson(users.toJson());
    REQUIRE(ub.ok());
    CHECK(ub.value().items == users.items);
}

TEST_CASE("bootstrap carries pinned announcements and still decodes without them")
{
    Bootstrap b;
    b.me.id = QStringLiteral("u1");
    b.me.email = QStringLiteral("anna@plein.demo");
    b.me.name = QStringLiteral("Anna");
    b.me.version = 1;
    b.cursor = 3;
    b.pinned = {richPost()};
    auto back = Bootstrap::fromJson(b.toJson());
    REQUIRE(back.ok());
    CHECK(back.value().pinned == b.pinned);
    QJsonObject old = b.toJson();
    old.remove(QStringLiteral("pinned"));
    auto oldBack = Bootstrap::fromJson(old);
    REQUIRE(oldBack.ok());
    CHECK(oldBack.value().pinned.isEmpty());
}

TEST_CASE("the new error codes are spelled as documented")
{
    CHECK(ErrorCode::VersionConflict == QStringLiteral("version_conflict"));
    CHECK(ErrorCode::LastAdmin == QStringLiteral("last_admin"));
    CHECK(EventName::ReactionChanged == QStringLiteral("reaction.changed"));
    CHECK(EventName::MembershipChanged == QStringLiteral("membership.changed"));
}

TEST_CASE("a member role change names member or admin; absent means a plain invitation")
{
    auto admin = MemberRole::fromJson(MemberRole{GroupRole::Admin}.toJson());
    REQUIRE(admin.ok());
    CHECK(admin.value().role == GroupRole::Admin);
    auto none = MemberRole::fromJson(QJsonObject{});
    REQUIRE(none.ok());
    CHECK(none.value().role.isEmpty());
    CHECK(MemberRole::fromJson(QJsonObject{{QStringLiteral("role"), QStringLiteral("owner")}}).error().field == QStringLiteral("role"));
    CHECK(MemberRole::fromJson(QJsonObject{{QStringLiteral("role"), 1}}).error().field == QStringLiteral("role"));
}

namespace {
Message sampleMessage(qint64 position = 1)
{
    Message m;
    m.id = newUuidV7();
    m.conversationId = QStringLiteral("0199fc70-0000-7000-8000-000000000001");
    m.authorId = QStringLiteral("u1");
    m.authorName = QStringLiteral("Anna de Vries");
    m.body = QStringLiteral("Zullen we om tien uur bellen? ☕");
    m.position = position;
    m.createdAt = 1700000000000 + position;
    m.version = 1;
    return m;
}

Conversation sampleConversation()
{
    Conversation c;
    c.id = newUuidV7();
    c.title = QStringLiteral("Fietsclub bestuur");
    c.createdBy = QStringLiteral("u1");
    c.createdAt = 1700000000000;
    c.lastActivityAt = 1700000000005;
    c.lastPosition = 5;
    c.version = 2;
    c.members = {ConversationMember{QStringLiteral("u1"), QStringLiteral("Anna"), 5},
                 ConversationMember{QStringLiteral("u2"), QStringLiteral("Bram"), 3}};
    c.lastMessage = sampleMessage(5);
    c.lastMessage.myReactions = {ReactionKind::Like};
    c.lastMessage.reactions = {{ReactionKind::Like, 1}};
    c.muted = true;
    return c;
}
}

TEST_CASE("a message with a reply, attachments and reactions round-trips; its event form has no myReactions")
{
    Message m = sampleMessage(7);
    m.editedAt = 1700000009000;
    m.version = 3;
    m.replyTo = ReplyQuote{newUuidV7(), QStringLiteral("u2"), QStringLiteral("Bram"), QStringLiteral("Ja, prima"), false};
    m.attachments = {Attachment{newUuidV7(), QStringLiteral("foto.jpg"), QStringLiteral("image/jpeg"), QStringLiteral("/api/v1/files/x"),
                                QStringLiteral("/api/v1/files/x/thumbnail"), 1234, 640, 480}};
    m.reactions = {{ReactionKind::Love, 2}};
    m.myReactions = {ReactionKind::Love};
    auto back = Message::fromJson(m.toJson());
    REQUIRE(back.ok());
    CHECK(back.value() == m);
    CHECK_FALSE(m.toEventJson().contains(QStringLiteral("myReactions")));
    auto fromEvent = Message::fromJson(m.toEventJson());
    REQUIRE(fromEvent.ok());
    CHECK(fromEvent.value().myReactions.isEmpty());

    // Not a reply, never edited: nulls on the wire, empty after decoding.
    const Message plain = sampleMessage();
    CHECK(plain.toJson().value(QStringLiteral("replyTo")).isNull());
    CHECK(plain.toJson().value(QStringLiteral("editedAt")).isNull());
    auto plainBack = Message::fromJson(plain.toJson());
    REQUIRE(plainBack.ok());
    CHECK(plainBack.value() == plain);

    // A quote of a deleted message keeps its id and author, with no excerpt.
    const ReplyQuote gone{newUuidV7(), QStringLiteral("u2"), QStringLiteral("Bram"), {}, true};
    auto goneBack = ReplyQuote::fromJson(gone.toJson());
    REQUIRE(goneBack.ok());
    CHECK(goneBack.value() == gone);
}

TEST_CASE("malformed messages are refused with the field named")
{
    const QJsonObject good = sampleMessage().toJson();
    QJsonObject bad = good;
    bad.insert(QStringLiteral("position"), 0);
    CHECK(Message::fromJson(bad).error().field == QStringLiteral("position"));
    bad = good;
    bad.insert(QStringLiteral("position"), QStringLiteral("1"));
    CHECK(Message::fromJson(bad).error().field == QStringLiteral("position"));
    bad = good;
    bad.remove(QStringLiteral("conversationId"));
    CHECK(Message::fromJson(bad).error().field == QStringLiteral("conversationId"));
    bad = good;
    bad.insert(QStringLiteral("body"), QString(kMaxMessageBodyLength + 1, QLatin1Char('a')));
    CHECK(Message::fromJson(bad).error().field == QStringLiteral("body"));
    bad = good;
    bad.insert(QStringLiteral("replyTo"), QJsonObject{{QStringLiteral("id"), QStringLiteral("m1")}});
    CHECK(Message::fromJson(bad).error().field == QStringLiteral("replyTo.authorId"));
    bad = good;
    bad.insert(QStringLiteral("replyTo"), QJsonObject{{QStringLiteral("id"), QStringLiteral("m1")}, {QStringLiteral("authorId"), QStringLiteral("u")},
                                                      {QStringLiteral("authorName"), QStringLiteral("B")},
                                                      {QStringLiteral("excerpt"), QString(kMaxReplyExcerptLength + 1, QLatin1Char('x'))}});
    CHECK(Message::fromJson(bad).error().field == QStringLiteral("replyTo.excerpt"));
    bad = good;
    QJsonArray eleven;
    for (int i = 0; i < kMaxAttachmentsPerPost + 1; ++i) eleven.append(sampleAttachment().toJson());
    bad.insert(QStringLiteral("attachments"), eleven);
    CHECK(Message::fromJson(bad).error().field == QStringLiteral("attachments"));
    bad = good;
    bad.insert(QStringLiteral("attachments"), QJsonArray{QJsonObject{{QStringLiteral("id"), 1}}});
    CHECK(Message::fromJson(bad).error().field == QStringLiteral("attachments[0].id"));
}

TEST_CASE("a new message needs a UUIDv7 and a body unless it has attachments")
{
    const NewMessage m{newUuidV7(), QStringLiteral("Hoi!"), newUuidV7(), {newUuidV7()}};
    auto back = NewMessage::fromJson(m.toJson());
    REQUIRE(back.ok());
    CHECK(back.value().body == m.body);
    CHECK(back.value().replyTo == m.replyTo);
    CHECK(back.value().attachmentIds == m.attachmentIds);

    // Only a file: the body may be empty or absent.
    auto fileOnly = NewMessage::fromJson(QJsonObject{{QStringLiteral("id"), newUuidV7()}, {QStringLiteral("attachmentIds"), QJsonArray{newUuidV7()}}});
    REQUIRE(fileOnly.ok());
    CHECK(fileOnly.value().body.isEmpty());
    CHECK(NewMessage::fromJson(NewMessage{newUuidV7(), QStringLiteral("  "), {}, {}}.toJson()).error().field == QStringLiteral("body"));
    CHECK(NewMessage::fromJson(QJsonObject{{QStringLiteral("id"), newUuidV7()}}).error().field == QStringLiteral("body"));
    CHECK(NewMessage::fromJson(NewMessage{QStringLiteral("m1"), QStringLiteral("x"), {}, {}}.toJson()).error().field == QStringLiteral("id"));
    CHECK(NewMessage::fromJson(NewMessage{newUuidV7(), QString(kMaxMessageBodyLength + 1, QLatin1Char('a')), {}, {}}.toJson()).error().field == QStringLiteral("body"));
    CHECK(NewMessage::fromJson(NewMessage{newUuidV7(), QStringLiteral("x"), QStringLiteral("nope"), {}}.toJson()).error().field == QStringLiteral("replyTo"));
    CHECK(NewMessage::fromJson(NewMessage{newUuidV7(), QStringLiteral("x"), {}, {newUuidV7(), QStringLiteral("x")}}.toJson()).error().field == QStringLiteral("attachmentIds[1]"));
    QJsonObject bad = m.toJson();
    QJsonArray eleven;
    for (int i = 0; i < kMaxAttachmentsPerPost + 1; ++i) eleven.append(newUuidV7());
    bad.insert(QStringLiteral("attachmentIds"), eleven);
    CHECK(NewMessage::fromJson(bad).error().field == QStringLiteral("attachmentIds"));
    bad = m.toJson();
    bad.insert(QStringLiteral("body"), 5);
    CHECK(NewMessage::fromJson(bad).error().field == QStringLiteral("body"));
}

TEST_CASE("message pages and removals round-trip; a page holds at most 100 messages")
{
    MessagePage page{{sampleMessage(1), sampleMessage(2)}, true};
    auto back = MessagePage::fromJson(page.toJson());
    REQUIRE(back.ok());
    CHECK(back.value().items == page.items);
    CHECK(back.value().hasMore);
    QJsonObject noFlag = page.toJson();
    noFlag.remove(QStringLiteral("hasMore"));
    CHECK(MessagePage::fromJson(noFlag).error().field == QStringLiteral("hasMore"));
    QJsonArray tooMany;
    for (int i = 1; i <= kMaxMessagePageSize + 1; ++i) tooMany.append(sampleMessage(i).toJson());
    CHECK(MessagePage::fromJson(QJsonObject{{QStringLiteral("items"), tooMany}, {QStringLiteral("hasMore"), false}}).error().field == QStringLiteral("items"));

    const MessageRemoval r{newUuidV7(), QStringLiteral("c1"), 4};
    auto rb = MessageRemoval::fromJson(r.toJson());
    REQUIRE(rb.ok());
    CHECK(rb.value().position == 4);
    CHECK(MessageRemoval::fromJson(QJsonObject{{QStringLiteral("id"), QStringLiteral("m")}, {QStringLiteral("position"), 1}}).error().field == QStringLiteral("conversationId"));
}

TEST_CASE("a conversation round-trips; its event form has no muted and no myReactions")
{
    const Conversation c = sampleConversation();
    auto back = Conversation::fromJson(c.toJson());
    REQUIRE(back.ok());
    CHECK(back.value() == c);

    const QJsonObject event = c.toEventJson();
    CHECK_FALSE(event.contains(QStringLiteral("muted")));
    CHECK_FALSE(event.value(QStringLiteral("lastMessage")).toObject().contains(QStringLiteral("myReactions")));
    auto fromEvent = Conversation::fromJson(event);
    REQUIRE(fromEvent.ok());
    CHECK_FALSE(fromEvent.value().muted);
    CHECK(fromEvent.value().lastMessage.myReactions.isEmpty());

    // A direct conversation without messages: null title and lastMessage.
    Conversation direct = c;
    direct.title.clear();
    direct.direct = true;
    direct.lastMessage = Message{};
    direct.lastPosition = 0;
    direct.muted = false;
    CHECK(direct.toJson().value(QStringLiteral("title")).isNull());
    CHECK(direct.toJson().value(QStringLiteral("lastMessage")).isNull());
    auto db = Conversation::fromJson(direct.toJson());
    REQUIRE(db.ok());
    CHECK(db.value() == direct);

    ConversationList list{{c, direct}};
    auto lb = ConversationList::fromJson(list.toJson());
    REQUIRE(lb.ok());
    CHECK(lb.value().items == list.items);
}

TEST_CASE("malformed conversations are refused with the field named")
{
    const QJsonObject good = sampleConversation().toJson();
    QJsonObject bad = good;
    bad.insert(QStringLiteral("direct"), QStringLiteral("no"));
    CHECK(Conversation::fromJson(bad).error().field == QStringLiteral("direct"));
    bad = good;
    bad.insert(QStringLiteral("title"), QString(kMaxConversationTitleLength + 1, QLatin1Char('t')));
    CHECK(Conversation::fromJson(bad).error().field == QStringLiteral("title"));
    bad = good;
    QJsonArray members;
    for (int i = 0; i <= kMaxConversationMembers; ++i)
        members.append(ConversationMember{QStringLiteral("u%1").arg(i), QStringLiteral("N"), 0}.toJson());
    bad.insert(QStringLiteral("members"), members);
    CHECK(Conversation::fromJson(bad).error().field == QStringLiteral("members"));
    bad = good;
    bad.insert(QStringLiteral("members"), QJsonArray{QJsonObject{{QStringLiteral("userId"), QStringLiteral("u1")}, {QStringLiteral("name"), QStringLiteral("A")},
                                                                 {QStringLiteral("readPosition"), -1}}});
    CHECK(Conversation::fromJson(bad).error().field == QStringLiteral("members[0].readPosition"));
    bad = good;
    QJsonObject last = bad.value(QStringLiteral("lastMessage")).toObject();
    last.remove(QStringLiteral("body"));
    bad.insert(QStringLiteral("lastMessage"), last);
    CHECK(Conversation::fromJson(bad).error().field == QStringLiteral("lastMessage.body"));
    bad = good;
    bad.remove(QStringLiteral("lastPosition"));
    CHECK(Conversation::fromJson(bad).error().field == QStringLiteral("lastPosition"));
}

TEST_CASE("a new conversation needs a UUIDv7, at least one other member and a title of at most 100 characters")
{
    const NewConversation n{newUuidV7(), {newUuidV7(), newUuidV7()}, QStringLiteral(" Kerstborrel ")};
    auto back = NewConversation::fromJson(n.toJson());
    REQUIRE(back.ok());
    CHECK(back.value().memberIds == n.memberIds);
    CHECK(back.value().title == QStringLiteral("Kerstborrel")); // trimmed

    const NewConversation direct{newUuidV7(), {newUuidV7()}, {}};
    CHECK_FALSE(direct.toJson().contains(QStringLiteral("title")));
    auto db = NewConversation::fromJson(direct.toJson());
    REQUIRE(db.ok());
    CHECK(db.value().title.isEmpty());

    CHECK(NewConversation::fromJson(NewConversation{QStringLiteral("x"), {newUuidV7()}, {}}.toJson()).error().field == QStringLiteral("id"));
    CHECK(NewConversation::fromJson(NewConversation{newUuidV7(), {}, {}}.toJson()).error().field == QStringLiteral("memberIds"));
    CHECK(NewConversation::fromJson(QJsonObject{{QStringLiteral("id"), newUuidV7()}}).error().field == QStringLiteral("memberIds"));
    CHECK(NewConversation::fromJson(NewConversation{newUuidV7(), {newUuidV7(), QStringLiteral("bram")}, {}}.toJson()).error().field == QStringLiteral("memberIds[1]"));
    CHECK(NewConversation::fromJson(NewConversation{newUuidV7(), {newUuidV7()}, QString(kMaxConversationTitleLength + 1, QLatin1Char('t'))}.toJson()).error().field == QStringLiteral("title"));
    QJsonObject bad = n.toJson();
    QJsonArray tooMany;
    for (int i = 0; i <= kMaxConversationMembers; ++i) tooMany.append(newUuidV7());
    bad.insert(QStringLiteral("memberIds"), tooMany);
    CHECK(NewConversation::fromJson(bad).error().field == QStringLiteral("memberIds"));
    bad = n.toJson();
    bad.insert(QStringLiteral("memberIds"), QJsonArray{1});
    CHECK(NewConversation::fromJson(bad).error().field == QStringLiteral("memberIds[0]"));
}

TEST_CASE("conversation edits, removals, read markers, mute states and typing frames")
{
    auto edit = ConversationEdit::fromJson(ConversationEdit{QStringLiteral("Nieuwe naam")}.toJson());
    REQUIRE(edit.ok());
    CHECK(edit.value().title == QStringLiteral("Nieuwe naam"));
    CHECK(ConversationEdit::fromJson(QJsonObject{}).error().field == QStringLiteral("title"));
    CHECK(ConversationEdit::fromJson(QJsonObject{{QStringLiteral("title"), 3}}).error().field == QStringLiteral("title"));
    CHECK(ConversationEdit::fromJson(ConversationEdit{QString(kMaxConversationTitleLength + 1, QLatin1Char('t'))}.toJson()).error().field == QStringLiteral("title"));

    auto removal = ConversationRemoval::fromJson(ConversationRemoval{QStringLiteral("c1"), QStringLiteral("left")}.toJson());
    REQUIRE(removal.ok());
    CHECK(removal.value().reason == QStringLiteral("left"));
    CHECK(ConversationRemoval::fromJson(ConversationRemoval{QStringLiteral("c1"), QStringLiteral("hidden")}.toJson()).error().field == QStringLiteral("reason"));

    const ReadMarker marker{QStringLiteral("c1"), QStringLiteral("u1"), newUuidV7(), 12};
    auto mb = ReadMarker::fromJson(marker.toJson());
    REQUIRE(mb.ok());
    CHECK(mb.value() == marker);
    auto body = ReadMarker::fromJson(QJsonObject{{QStringLiteral("messageId"), marker.messageId}});
    REQUIRE(body.ok());
    CHECK(body.value().messageId == marker.messageId);
    CHECK(ReadMarker::fromJson(QJsonObject{}).error().field == QStringLiteral("messageId"));
    CHECK(ReadMarker::fromJson(QJsonObject{{QStringLiteral("messageId"), 7}}).error().field == QStringLiteral("messageId"));

    auto mute = MuteState::fromJson(MuteState{QStringLiteral("c1"), true}.toJson());
    REQUIRE(mute.ok());
    CHECK(mute.value().muted);
    CHECK(MuteState::fromJson(QJsonObject{{QStringLiteral("conversationId"), QStringLiteral("c1")}}).error().field == QStringLiteral("muted"));

    const TypingFrame fromClient{QStringLiteral("c1"), {}};
    CHECK(fromClient.toJson().value(QStringLiteral("type")).toString() == QStringLiteral("typing"));
    CHECK_FALSE(fromClient.toJson().contains(QStringLiteral("userId")));
    auto tb = TypingFrame::fromJson(TypingFrame{QStringLiteral("c1"), QStringLiteral("u2")}.toJson());
    REQUIRE(tb.ok());
    CHECK(tb.value().userId == QStringLiteral("u2"));
    QJsonObject notTyping = fromClient.toJson();
    notTyping.insert(QStringLiteral("type"), QStringLiteral("hello"));
    CHECK(TypingFrame::fromJson(notTyping).error().field == QStringLiteral("type"));
    CHECK(TypingFrame::fromJson(QJsonObject{{QStringLiteral("type"), QStringLiteral("typing")}}).error().field == QStringLiteral("conversationId"));
}

TEST_CASE("a reaction change names the post for posts and comments, the conversation for messages")
{
    ReactionChange m;
    m.target = ReactionTarget::Message;
    m.id = newUuidV7();
    m.conversationId = QStringLiteral("c1");
    m.userId = QStringLiteral("u1");
    m.kind = ReactionKind::Laugh;
    m.active = true;
    m.counts = {{ReactionKind::Laugh, 1}};
    CHECK_FALSE(m.toJson().contains(QStringLiteral("postId")));
    auto back = ReactionChange::fromJson(m.toJson());
    REQUIRE(back.ok());
    CHECK(back.value() == m);

    QJsonObject bad = m.toJson();
    bad.remove(QStringLiteral("conversationId"));
    CHECK(ReactionChange::fromJson(bad).error().field == QStringLiteral("conversationId"));
    bad = m.toJson();
    bad.insert(QStringLiteral("target"), ReactionTarget::Post);
    CHECK(ReactionChange::fromJson(bad).error().field == QStringLiteral("postId"));
    bad = m.toJson();
    bad.insert(QStringLiteral("conversationId"), 5);
    CHECK(ReactionChange::fromJson(bad).error().field == QStringLiteral("conversationId"));
}

TEST_CASE("bootstrap carries my conversations and still decodes without them")
{
    Bootstrap b;
    b.me.id = QStringLiteral("u1");
    b.me.email = QStringLiteral("anna@plein.demo");
    b.me.name = QStringLiteral("Anna");
    b.me.version = 1;
    b.cursor = 9;
    b.conversations = {sampleConversation()};
    auto back = Bootstrap::fromJson(b.toJson());
    REQUIRE(back.ok());
    CHECK(back.value().conversations == b.conversations);
    QJsonObject old = b.toJson();
    old.remove(QStringLiteral("conversations"));
    auto oldBack = Bootstrap::fromJson(old);
    REQUIRE(oldBack.ok());
    CHECK(oldBack.value().conversations.isEmpty());
    QJsonObject bad = b.toJson();
    bad.insert(QStringLiteral("conversations"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("c")}}});
    CHECK(Bootstrap::fromJson(bad).error().field == QStringLiteral("conversations[0].direct"));
}

TEST_CASE("chat event names and the typing frame type are spelled as documented")
{
    CHECK(EventName::ConversationCreated == QStringLiteral("conversation.created"));
    CHECK(EventName::ConversationRemoved == QStringLiteral("conversation.removed"));
    CHECK(EventName::ConversationMuted == QStringLiteral("conversation.muted"));
    CHECK(EventName::MessageCreated == QStringLiteral("message.created"));
    CHECK(EventName::MessageDeleted == QStringLiteral("message.deleted"));
    CHECK(EventName::ReadChanged == QStringLiteral("read.changed"));
    CHECK(FrameType::Typing == QStringLiteral("typing"));
}
