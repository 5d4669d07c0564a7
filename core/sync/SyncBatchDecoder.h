#pragma once
// Decodes /sync pages on Qt's global thread pool, so that during catch-up decoding the next page
// overlaps applying this one on the store's writer thread (docs/performance.md, ingest).
#include "protocol/Decoded.h"
#include "protocol/Sync.h"

#include <QByteArray>
#include <QFuture>

namespace plein::sync {

QFuture<protocol::Decoded<protocol::SyncBatch>> decodeSyncBatchOnPool(QByteArray body);

// Frees an applied page on the pool. Its memory came from a pool thread's malloc arena; freed
// on the writer, every block took that arena's lock, against the decoder allocating the next
// page (about a tenth of the writer's time, docs/performance.md).
void releaseOnPool(protocol::SyncBatch batch);

} // namespace plein::sync
