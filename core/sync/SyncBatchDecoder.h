#pragma once
// Decodes /sync pages on Qt's global thread pool, so that during catch-up decoding the next page
// overlaps applying this one on the store's writer thread (docs/performance.md, ingest).
#include "protocol/Decoded.h"
#include "protocol/Sync.h"

#include <QByteArray>
#include <QFuture>

namespace plein::sync {

QFuture<protocol::Decoded<protocol::SyncBatch>> decodeSyncBatchOnPool(QByteArray body);

} // namespace plein::sync
