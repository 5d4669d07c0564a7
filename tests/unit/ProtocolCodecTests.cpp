#include <catch2/catch.hpp>

#include "protocol/Acknowledgement.h"
#include "protocol/ApiError.h"
#include "protocol/Auth.h"
#include "protocol/Comment.h"
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
    ReactionChange c{ReactionTarget::Comment, QStringLiteral("c1"), QStringLiteral("p1"), QStringLiteral("u1"),
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
