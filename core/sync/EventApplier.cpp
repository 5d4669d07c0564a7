#include "EventApplier.h"
#include "protocol/Feed.h"
#include "protocol/JsonReader.h"
#include "protocol/Sync.h"
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

void upsertPosts(WriteContext &ctx, const QList<protocol::Post> &items)
{
    for (const auto &p : items)
        if (posts::upsertFromServer(ctx.db, p)) ctx.changes.postsUpserted.append(p.id);
}
}

void event(WriteContext &ctx, const protocol::Event &e)
{
    if (e.name == protocol::EventName::PostCreated || e.name == protocol::EventName::PostUpdated) {
        auto post = protocol::Post::fromJson(e.data);
        if (!post) {
            qCWarning(lcApply) << "skipping event" << e.seq << e.name << post.error().toString();
            return;
        }
        if (posts::upsertFromServer(ctx.db, post.value())) ctx.changes.postsUpserted.append(post.value().id);
    } else if (e.name == protocol::EventName::PostDeleted) {
        const QString id = e.data.value(QStringLiteral("id")).toString();
        if (posts::remove(ctx.db, id)) ctx.changes.postsRemoved.append(id);
    } else if (e.name == protocol::EventName::GroupUpdated) {
        auto group = protocol::Group::fromJson(e.data);
        if (group && directory::upsertGroup(ctx.db, group.value())) ctx.changes.groupsChanged = true;
    } else if (e.name == protocol::EventName::UserUpdated) {
        auto user = protocol::User::fromJson(e.data);
        if (user && directory::upsertUser(ctx.db, user.value())) ctx.changes.meChanged = true;
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
    upsertPosts(ctx, b.feed.items);
    meta::set(ctx.db, meta::FeedNext, b.feed.next);
    meta::setCursor(ctx.db, b.cursor);
    meta::set(ctx.db, meta::Bootstrapped, QStringLiteral("1"));
    tx.commit();
    ctx.changes.meChanged = true;
    ctx.changes.groupsChanged = true;
    return b.cursor;
}

BatchOutcome syncBatch(WriteContext &ctx, const QByteArray &body)
{
    const auto batch = decodeOrThrow<protocol::SyncBatch>(body, "sync");
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
    upsertPosts(ctx, page.items);
    meta::set(ctx.db, meta::FeedNext, page.next);
    tx.commit();
    return !page.next.isEmpty();
}

} // namespace plein::sync::apply
