#include "ChatApplier.h"
#include "protocol/JsonReader.h"
#include "protocol/Reaction.h"
#include "store/ConversationStore.h"
#include "store/MessageStore.h"
#include "store/MetaStore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcChatApply, "plein.sync.chat")

namespace plein::sync::chat_apply {

using namespace plein::store;

namespace {
template<typename T>
std::optional<T> decodeData(const protocol::Event &e)
{
    auto decoded = T::fromJson(e.data);
    if (!decoded) {
        qCWarning(lcChatApply) << "skipping event" << e.seq << e.name << decoded.error().toString();
        return std::nullopt;
    }
    return std::move(decoded).value();
}

void noteChanged(WriteContext &ctx, const QString &conversationId)
{
    if (!ctx.changes.conversationsChanged.contains(conversationId)) ctx.changes.conversationsChanged.append(conversationId);
}

void upsertConversation(WriteContext &ctx, const protocol::Conversation &c, const QString &me, bool withMuted)
{
    const auto before = conversations::byId(ctx.db, c.id);
    if (conversations::upsertFromServer(ctx.db, c, me, withMuted)) noteChanged(ctx, c.id);
    // A conversation that moved on while this cache was not listening has a hole in its
    // history: what is cached stays only if it reaches the new last message.
    if (before && c.lastPosition > before->conversation.lastPosition) {
        const auto newest = messages::newestSynced(ctx.db, c.id);
        if (!newest || newest->message.position < c.lastPosition) {
            ctx.changes.messagesRemoved += messages::removeSyncedBelow(ctx.db, c.id, c.lastPosition + 1);
            conversations::setHistory(ctx.db, c.id, c.lastPosition + 1, false);
        }
    }
}

void applyMessage(WriteContext &ctx, const protocol::Message &m, const QString &me, PerUser perUser, bool live,
                  Counts counts = Counts::FromCopy)
{
    bool inserted = false;
    if (messages::upsertFromServer(ctx.db, m, perUser, &inserted, counts)) ctx.changes.messagesUpserted.append(m.id);
    auto it = ctx.newestMessages.find(m.conversationId);
    if (it == ctx.newestMessages.end()) ctx.newestMessages.insert(m.conversationId, m);
    else if (m.position >= it->position) *it = m;
    // Sending reads up to one's own message (the server sends no read.changed for it).
    if (m.position > 0) {
        qint64 &read = ctx.authorPositions[m.conversationId][m.authorId];
        read = std::max(read, m.position);
    }
    if (live && inserted && m.authorId != me) ctx.changes.messagesArrived.append(m.id);
}
}

bool event(WriteContext &ctx, const protocol::Event &e, const QString &me)
{
    using namespace protocol;
    const QString &name = e.name;
    if (name == EventName::MessageCreated || name == EventName::MessageUpdated) {
        if (auto m = decodeData<Message>(e)) {
            applyMessage(ctx, *m, me, PerUser::Absent, name == EventName::MessageCreated);
            // An edit of the newest message changes the list's preview too.
            if (name == EventName::MessageUpdated) {
                auto c = conversations::byId(ctx.db, m->conversationId);
                if (c && c->conversation.lastMessage.id == m->id && conversations::refreshLastMessage(ctx.db, m->conversationId))
                    noteChanged(ctx, m->conversationId);
            }
        }
        return true;
    }
    if (name == EventName::MessageDeleted) {
        if (auto r = decodeData<MessageRemoval>(e)) {
            if (auto pending = ctx.newestMessages.find(r->conversationId);
                pending != ctx.newestMessages.end() && pending->id == r->id)
                ctx.newestMessages.erase(pending);
            if (messages::remove(ctx.db, r->id)) ctx.changes.messagesRemoved.append(r->id);
            ctx.changes.messagesUpserted += messages::markQuotedDeleted(ctx.db, r->conversationId, r->id);
            auto c = conversations::byId(ctx.db, r->conversationId);
            if (c && c->conversation.lastMessage.id == r->id) {
                conversations::refreshLastMessage(ctx.db, r->conversationId);
                noteChanged(ctx, r->conversationId);
            }
        }
        return true;
    }
    if (name == EventName::ConversationCreated || name == EventName::ConversationUpdated) {
        if (auto c = decodeData<Conversation>(e)) upsertConversation(ctx, *c, me, false);
        return true;
    }
    if (name == EventName::ConversationRemoved) {
        if (auto r = decodeData<ConversationRemoval>(e)) removeConversation(ctx, r->id);
        return true;
    }
    if (name == EventName::ConversationMuted) {
        if (auto m = decodeData<MuteState>(e); m && conversations::setMuted(ctx.db, m->conversationId, m->muted))
            noteChanged(ctx, m->conversationId);
        return true;
    }
    if (name == EventName::ReadChanged) {
        if (auto r = decodeData<ReadMarker>(e);
            r && conversations::setReadPosition(ctx.db, r->conversationId, r->userId, r->position, me))
            noteChanged(ctx, r->conversationId);
        return true;
    }
    if (name == EventName::ReactionChanged && e.data.value(QStringLiteral("target")).toString() == ReactionTarget::Message) {
        if (auto r = decodeData<ReactionChange>(e)) {
            bool changed = messages::setReactions(ctx.db, r->id, r->counts);
            if (r->userId == me) changed = messages::setMyReactionFlag(ctx.db, r->id, r->kind, r->active) || changed;
            if (changed) ctx.changes.messagesUpserted.append(r->id);
        }
        return true;
    }
    return false;
}

void bootstrap(WriteContext &ctx, const QList<protocol::Conversation> &list, const QString &me, bool replace)
{
    QSet<QString> listed;
    for (const auto &c : list) {
        listed.insert(c.id);
        upsertConversation(ctx, c, me, true);
    }
    if (!replace) return;
    for (const QString &id : conversations::allIds(ctx.db))
        if (!listed.contains(id)) removeConversation(ctx, id);
}

void conversation(WriteContext &ctx, const protocol::Conversation &c, const QString &me)
{
    upsertConversation(ctx, c, me, true);
}

void conversationList(WriteContext &ctx, const QByteArray &body, const QString &me)
{
    auto obj = protocol::parseObject(body);
    if (!obj) throw StoreError(QStringLiteral("conversations: ") + obj.error().toString());
    auto list = protocol::ConversationList::fromJson(obj.value());
    if (!list) throw StoreError(QStringLiteral("conversations: ") + list.error().toString());
    Transaction tx(ctx.db);
    for (const auto &c : list.value().items) upsertConversation(ctx, c, me, true);
    tx.commit();
}

bool messagePage(WriteContext &ctx, const QString &conversationId, const QByteArray &body)
{
    auto obj = protocol::parseObject(body);
    if (!obj) throw StoreError(QStringLiteral("messages: ") + obj.error().toString());
    auto page = protocol::MessagePage::fromJson(obj.value());
    if (!page) throw StoreError(QStringLiteral("messages: ") + page.error().toString());
    Transaction tx(ctx.db);
    const auto c = conversations::byId(ctx.db, conversationId);
    qint64 lowest = c ? c->historyFrom : 0;
    for (const auto &m : page.value().items) {
        if (m.conversationId != conversationId) continue;
        if (messages::upsertFromServer(ctx.db, m, PerUser::Included)) ctx.changes.messagesUpserted.append(m.id);
        lowest = lowest > 0 ? std::min(lowest, m.position) : m.position;
    }
    if (c) {
        conversations::setHistory(ctx.db, conversationId, lowest, !page.value().hasMore);
        noteChanged(ctx, conversationId);
    }
    tx.commit();
    return page.value().hasMore;
}

void flush(WriteContext &ctx)
{
    for (auto it = ctx.newestMessages.cbegin(); it != ctx.newestMessages.cend(); ++it)
        if (conversations::noteMessage(ctx.db, it.value())) noteChanged(ctx, it.key());
    ctx.newestMessages.clear();
    if (ctx.me.isEmpty()) ctx.me = meta::get(ctx.db, meta::MeId);
    for (auto c = ctx.authorPositions.cbegin(); c != ctx.authorPositions.cend(); ++c)
        for (auto a = c->cbegin(); a != c->cend(); ++a)
            if (conversations::setReadPosition(ctx.db, c.key(), a.key(), a.value(), ctx.me)) noteChanged(ctx, c.key());
    ctx.authorPositions.clear();
}

void removeConversation(WriteContext &ctx, const QString &conversationId)
{
    ctx.newestMessages.remove(conversationId);
    ctx.authorPositions.remove(conversationId);
    ctx.changes.messagesRemoved += messages::removeConversation(ctx.db, conversationId, &ctx.changes.filesPurged);
    if (conversations::remove(ctx.db, conversationId)) ctx.changes.conversationsRemoved.append(conversationId);
}

void ownMessage(WriteContext &ctx, const protocol::Message &m, const QString &me)
{
    applyMessage(ctx, m, me, PerUser::Included, false, Counts::KeepCached);
    flush(ctx);
}

} // namespace plein::sync::chat_apply
