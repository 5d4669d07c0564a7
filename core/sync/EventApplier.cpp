#include "EventApplier.h"
#include "ChatApplier.h"
#include "protocol/Conversation.h"
#include "protocol/Feed.h"
#include "protocol/JsonReader.h"
#include "protocol/Sync.h"
#include "protocol/Comment.h"
#include "protocol/Membership.h"
#include "protocol/Reaction.h"
#include "store/CommentStore.h"
#include "store/DirectoryStore.h"
#include "store/MetaStore.h"
#include "store/PostStore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcApply, "plein.sync.apply")

namespace plein::sync::apply {

using namespace plein::store;
using protocol::Decoded;

namespace {
template<typename T>
T decodeOrThrow(const QByteArray &body, const char *what)
{
    auto obj = protocol::parseObject(body);
    if (!obj) throw StoreError(QString::fromLatin1(what) + QStringLiteral(": ") + obj.error().toString());
    auto decoded = T::fromJson(obj.value());
    if (!decoded) throw StoreError(QString::fromLatin1(what) + QStringLiteral(": ") + decoded.error().toString());
    return std::move(decoded).value();
}

void upsertPosts(WriteContext &ctx, const QList<protocol::Post> &items, PerUser perUser)
{
    for (const auto &p : items)
        if (posts::upsertFromServer(ctx.db, p, perUser)) ctx.changes.postsUpserted.append(p.id);
}

template<typename T>
std::optional<T> decodeData(const protocol::Event &e)
{
    auto decoded = T::fromJson(e.data);
    if (!decoded) {
        qCWarning(lcApply) << "skipping event" << e.seq << e.name << decoded.error().toString();
        return std::nullopt;
    }
    return std::move(decoded).value();
}

QString text(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }

// The group's content is no longer mine to see: it leaves the cache in this transaction.
void purgeGroup(WriteContext &ctx, const QString &groupId, bool dropGroup)
{
    ctx.changes.filesPurged += posts::attachmentIdsInGroup(ctx.db, groupId);
    ctx.changes.postsRemoved += posts::removeGroup(ctx.db, groupId);
    meta::set(ctx.db, meta::groupNextKey(groupId), QString());
    if (dropGroup) directory::removeGroup(ctx.db, groupId);
    else directory::setMembership(ctx.db, groupId, directory::MembershipState::None);
    ctx.changes.groupsPurged.append(groupId);
    ctx.changes.groupsChanged = true;
}

void applyComment(WriteContext &ctx, const protocol::Comment &c, bool created)
{
    bool inserted = false;
    if (comments::upsertFromServer(ctx.db, c, PerUser::Absent, &inserted)) ctx.changes.commentsUpserted.append(c.id);
    if (created && inserted && posts::addCommentCount(ctx.db, c.postId, 1)) ctx.changes.postsUpserted.append(c.postId);
}

void applyReaction(WriteContext &ctx, const protocol::ReactionChange &r, const QString &me)
{
    const bool mine = r.userId == me;
    if (r.target == QLatin1String("comment")) {
        bool changed = comments::setReactions(ctx.db, r.id, r.counts);
        if (mine) changed = comments::setMyReactionFlag(ctx.db, r.id, r.kind, r.active) || changed;
        if (changed) ctx.changes.commentsUpserted.append(r.id);
    } else {
        bool changed = posts::setReactions(ctx.db, r.id, r.counts);
        if (mine) changed = posts::setMyReactionFlag(ctx.db, r.id, r.kind, r.active) || changed;
        if (changed) ctx.changes.postsUpserted.append(r.id);
    }
}
}

void event(WriteContext &ctx, const protocol::Event &e)
{
    using namespace protocol;
    const QString &name = e.name;
    if (name.startsWith(QLatin1String("message.")) || name.startsWith(QLatin1String("conversation.")) ||
        name == EventName::ReadChanged || name == EventName::ReactionChanged) {
        if (ctx.me.isEmpty()) ctx.me = meta::get(ctx.db, meta::MeId);
        if (chat_apply::event(ctx, e, ctx.me)) return;
    }
    if (name == EventName::PostCreated || name == EventName::PostUpdated) {
        if (auto post = decodeData<Post>(e); post && posts::upsertFromServer(ctx.db, *post, PerUser::Absent))
            ctx.changes.postsUpserted.append(post->id);
    } else if (name == EventName::PostDeleted) {
        const QString id = text(e.data, "id");
        if (posts::remove(ctx.db, id)) ctx.changes.postsRemoved.append(id);
    } else if (name == EventName::CommentCreated || name == EventName::CommentUpdated) {
        if (auto c = decodeData<Comment>(e)) applyComment(ctx, *c, name == EventName::CommentCreated);
    } else if (name == EventName::CommentDeleted) {
        const QString id = text(e.data, "id");
        const QString postId = text(e.data, "postId");
        // Only a comment this cache held lowers the count: my own deletes already did.
        if (comments::remove(ctx.db, id)) {
            ctx.changes.commentsRemoved.append(id);
            if (posts::addCommentCount(ctx.db, postId, -1)) ctx.changes.postsUpserted.append(postId);
        }
    } else if (name == EventName::ReactionChanged) {
        if (auto r = decodeData<ReactionChange>(e)) applyReaction(ctx, *r, meta::get(ctx.db, meta::MeId));
    } else if (name == EventName::AnnouncementRead) {
        const QString postId = text(e.data, "postId");
        const bool mine = text(e.data, "userId") == meta::get(ctx.db, meta::MeId);
        const qint64 readCount = e.data.value(QStringLiteral("readCount")).toInteger();
        if (posts::setAcknowledged(ctx.db, postId, readCount, mine)) ctx.changes.postsUpserted.append(postId);
    } else if (name == EventName::GroupCreated || name == EventName::GroupUpdated) {
        if (auto group = decodeData<Group>(e); group && directory::upsertGroup(ctx.db, *group))
            ctx.changes.groupsChanged = true;
    } else if (name == EventName::MembershipChanged) {
        if (auto m = decodeData<protocol::MembershipState>(e); m && m->userId == meta::get(ctx.db, meta::MeId)) {
            const bool wasMember = directory::MembershipState::isMember(directory::membership(ctx.db, m->groupId));
            if (directory::setMembership(ctx.db, m->groupId, m->state)) ctx.changes.groupsChanged = true;
            if (!wasMember && directory::MembershipState::isMember(m->state)) ctx.changes.groupsJoined.append(m->groupId);
        }
    } else if (name == EventName::GroupRemoved) {
        const QString id = text(e.data, "id");
        const QString reason = text(e.data, "reason");
        const bool aboutMe = reason == QLatin1String("left") || reason == QLatin1String("removed");
        // "hidden"/"private" reach the whole organisation; members keep what they see.
        if (aboutMe || !directory::MembershipState::isMember(directory::membership(ctx.db, id)))
            purgeGroup(ctx, id, reason == QLatin1String("hidden"));
    } else if (name == EventName::UserUpdated) {
        if (auto user = decodeData<User>(e); user && directory::upsertUser(ctx.db, *user)) ctx.changes.meChanged = true;
    }
}

qint64 bootstrap(WriteContext &ctx, const QByteArray &body, bool replace)
{
    const auto b = decodeOrThrow<protocol::Bootstrap>(body, "bootstrap");
    Transaction tx(ctx.db);
    directory::upsertUser(ctx.db, b.me);
    meta::set(ctx.db, meta::MeId, b.me.id);
    directory::replaceMyGroups(ctx.db, b.groups);
    if (replace) ctx.changes.postsRemoved = posts::removeAllSynced(ctx.db);
    upsertPosts(ctx, b.feed.items, PerUser::Included);
    upsertPosts(ctx, b.pinned, PerUser::Included);
    chat_apply::bootstrap(ctx, b.conversations, b.me.id, replace);
    meta::set(ctx.db, meta::FeedNext, b.feed.next);
    meta::setCursor(ctx.db, b.cursor);
    meta::set(ctx.db, meta::Bootstrapped, QStringLiteral("1"));
    tx.commit();
    ctx.changes.meChanged = true;
    ctx.changes.groupsChanged = true;
    return b.cursor;
}

protocol::Decoded<protocol::SyncBatch> decodeSyncBatch(const QByteArray &body)
{
    auto obj = protocol::parseObject(body);
    if (!obj) return obj.error();
    return protocol::SyncBatch::fromJson(obj.value());
}

BatchOutcome syncBatch(WriteContext &ctx, const QByteArray &body)
{
    return syncBatch(ctx, decodeOrThrow<protocol::SyncBatch>(body, "sync"));
}

BatchOutcome syncBatch(WriteContext &ctx, const protocol::SyncBatch &batch)
{
    Transaction tx(ctx.db);
    const qint64 cursor = meta::cursor(ctx.db);
    BatchOutcome out;
    for (const auto &e : batch.events) {
        if (e.seq <= cursor) continue;
        event(ctx, e);
        ++out.applied;
    }
    out.cursor = std::max(cursor, batch.cursor);
    out.hasMore = batch.hasMore;
    chat_apply::flush(ctx);
    meta::setCursor(ctx.db, out.cursor);
    tx.commit();
    return out;
}

FrameOutcome frame(WriteContext &ctx, const QString &text)
{
    FrameOutcome out;
    auto obj = protocol::parseObject(text.toUtf8());
    if (!obj) {
        out.detail = obj.error().toString();
        return out;
    }
    const QString type = obj.value().value(QStringLiteral("type")).toString();
    if (type == protocol::FrameType::Ready) {
        out.kind = FrameOutcome::Kind::Ready;
        out.cursor = meta::cursor(ctx.db);
        return out;
    }
    if (type == protocol::FrameType::Typing) {
        auto typing = protocol::TypingFrame::fromJson(obj.value());
        if (!typing) {
            out.detail = typing.error().toString();
            return out;
        }
        out.kind = FrameOutcome::Kind::Typing;
        out.conversationId = typing.value().conversationId;
        out.userId = typing.value().userId;
        return out;
    }
    if (type == protocol::FrameType::Error) {
        out.kind = FrameOutcome::Kind::ServerError;
        out.detail = obj.value().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
        return out;
    }
    if (type != protocol::FrameType::Event) {
        out.detail = QStringLiteral("unknown frame type ") + type;
        return out;
    }
    auto e = protocol::Event::fromJson(obj.value());
    if (!e) {
        out.detail = e.error().toString();
        return out;
    }
    Transaction tx(ctx.db);
    const qint64 cursor = meta::cursor(ctx.db);
    out.cursor = cursor;
    if (e.value().seq <= cursor) {
        out.kind = FrameOutcome::Kind::Duplicate;
        return out;
    }
    if (e.value().prev != cursor) {
        out.kind = FrameOutcome::Kind::Gap;
        return out;
    }
    event(ctx, e.value());
    chat_apply::flush(ctx);
    meta::setCursor(ctx.db, e.value().seq);
    tx.commit();
    out.kind = FrameOutcome::Kind::Applied;
    out.cursor = e.value().seq;
    return out;
}

bool feedPage(WriteContext &ctx, const QByteArray &body)
{
    const auto page = decodeOrThrow<protocol::FeedPage>(body, "feed");
    Transaction tx(ctx.db);
    upsertPosts(ctx, page.items, PerUser::Included);
    meta::set(ctx.db, meta::FeedNext, page.next);
    tx.commit();
    return !page.next.isEmpty();
}

bool groupPage(WriteContext &ctx, const QString &groupId, const QByteArray &body)
{
    const auto page = decodeOrThrow<protocol::FeedPage>(body, "group posts");
    Transaction tx(ctx.db);
    upsertPosts(ctx, page.items, PerUser::Included);
    meta::set(ctx.db, meta::groupNextKey(groupId), page.next);
    tx.commit();
    return !page.next.isEmpty();
}

bool commentPage(WriteContext &ctx, const QByteArray &body)
{
    const auto page = decodeOrThrow<protocol::CommentPage>(body, "comments");
    Transaction tx(ctx.db);
    for (const auto &c : page.items)
        if (comments::upsertFromServer(ctx.db, c, PerUser::Included)) ctx.changes.commentsUpserted.append(c.id);
    tx.commit();
    return !page.next.isEmpty();
}

void groupList(WriteContext &ctx, const QByteArray &body)
{
    const auto list = decodeOrThrow<protocol::GroupList>(body, "groups");
    Transaction tx(ctx.db);
    for (const auto &g : list.items)
        if (directory::upsertGroup(ctx.db, g)) ctx.changes.groupsChanged = true;
    tx.commit();
}

} // namespace plein::sync::apply
