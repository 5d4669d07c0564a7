#pragma once
// What chat events and chat answers from the server do to the cache, on the writer thread,
// inside the caller's transaction (the cursor moves in the same one).
#include "protocol/Conversation.h"
#include "protocol/Event.h"
#include "store/Store.h"

#include <QByteArray>

namespace plein::sync::chat_apply {

// True when the event was a chat event (applied or skipped as malformed).
bool event(store::WriteContext &ctx, const protocol::Event &event, const QString &me);
// The bootstrap's conversations. A conversation that moved on while this cache was away
// drops its cached history (there is a gap; it is paged again); with replace, conversations
// the bootstrap no longer lists leave the cache.
void bootstrap(store::WriteContext &ctx, const QList<protocol::Conversation> &list, const QString &me, bool replace);
// A REST answer holding one conversation (created, found, renamed, members changed).
void conversation(store::WriteContext &ctx, const protocol::Conversation &c, const QString &me);
void conversationList(store::WriteContext &ctx, const QByteArray &body, const QString &me);
// A page of older history (before the oldest cached message, or the newest page when nothing
// is cached). Returns whether the server has older ones.
bool messagePage(store::WriteContext &ctx, const QString &conversationId, const QByteArray &body);
// Writes the newest message of each conversation this job saw into the conversation (its
// preview, position and activity). Called before the job's transaction commits.
void flush(store::WriteContext &ctx);
// The conversation and its messages and files leave the cache.
void removeConversation(store::WriteContext &ctx, const QString &conversationId);
// A message I sent (or edited) as the server now has it; the cached reactions stay (Counts).
void ownMessage(store::WriteContext &ctx, const protocol::Message &m, const QString &me);

} // namespace plein::sync::chat_apply
