#pragma once
// Decodes what the server sent and applies it to the store, on the store's writer thread.
// The invariant: the cursor advances in the same transaction as the events it covers, so a
// crash at any point loses nothing and applies nothing twice.
#include "store/Store.h"
#include "protocol/Decoded.h"
#include "protocol/Event.h"
#include "protocol/Sync.h"

#include <QByteArray>
#include <QString>

namespace plein::sync {

struct FrameOutcome {
    enum class Kind {
        Applied,   // an event, applied; the cursor moved to its seq
        Duplicate, // seq <= cursor: already applied, dropped
        Gap,       // prev != cursor: something is missing; pull /sync before going on
        Ready,     // the server finished its replay
        ServerError, // an error frame (the close that follows says what to do)
        Malformed, // not a frame we understand; ignored
        Typing,    // someone is typing (ephemeral: nothing stored)
    };
    Kind kind = Kind::Malformed;
    qint64 cursor = 0; // the cursor after this frame
    QString detail;
    QString conversationId; // Typing
    QString userId;         // Typing
};

struct BatchOutcome {
    qint64 cursor = 0;
    bool hasMore = false;
    int applied = 0;
};

namespace apply {

// Bootstrap: me, my groups, the first feed page and the cursor. With replace, cached synced
// posts that the new bootstrap does not list are dropped (after 410); the outbox stays.
qint64 bootstrap(store::WriteContext &ctx, const QByteArray &body, bool replace);
// A /sync page, decoded. Pure: it runs on any thread, and catch-up decodes the next page on a
// pool thread while the writer applies this one (SyncBatchDecoder).
protocol::Decoded<protocol::SyncBatch> decodeSyncBatch(const QByteArray &body);
// Applies a decoded /sync page in one transaction, its cursor with it.
BatchOutcome syncBatch(store::WriteContext &ctx, const protocol::SyncBatch &batch);
// Both: decodes on the writer thread, then applies.
BatchOutcome syncBatch(store::WriteContext &ctx, const QByteArray &body);
FrameOutcome frame(store::WriteContext &ctx, const QString &frame);
// An older feed page from the server; returns whether the server has more.
bool feedPage(store::WriteContext &ctx, const QByteArray &body);
// A page of one group's posts; remembers the group's paging token. True when there are more.
bool groupPage(store::WriteContext &ctx, const QString &groupId, const QByteArray &body);
// A page of a post's comments (oldest first). True when there are more.
bool commentPage(store::WriteContext &ctx, const QByteArray &body);
// Groups as the server listed them (mine or discoverable), with my relation to each.
void groupList(store::WriteContext &ctx, const QByteArray &body);
// One event, inside the caller's transaction. Unknown names are skipped (a newer server).
void event(store::WriteContext &ctx, const protocol::Event &event);

} // namespace apply
} // namespace plein::sync
