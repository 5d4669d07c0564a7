#pragma once
// What each kind of outbox entry asks of the server, and what its answer (or refusal) does to
// the cache. The sync engine sends entries in order; this file knows what they mean.
#include "net/NetError.h"
#include "store/OutboxStore.h"
#include "store/Store.h"

#include <QByteArray>
#include <QString>

namespace plein::sync::outbox_requests {

struct Request {
    QByteArray verb;
    QString path;
    QByteArray body;
    QString uploadFile; // for a file upload: the local copy whose bytes are the body
};

Request requestFor(const store::OutboxEntry &entry);

// The server did it: write its answer into the cache and drop the entry, in one transaction.
void applyDone(store::WriteContext &ctx, const store::OutboxEntry &entry, const QByteArray &answer);
// The server refused for good: mark what the entry changed as failed (or undo what cannot be
// shown as failed, such as a reaction), keeping the entry for retry or discard where it makes sense.
void applyRefused(store::WriteContext &ctx, const store::OutboxEntry &entry, const net::NetError &error);
// The user gave up on a failed entry: drop it and what it wrote locally.
void applyDiscarded(store::WriteContext &ctx, const store::OutboxEntry &entry);

} // namespace plein::sync::outbox_requests
