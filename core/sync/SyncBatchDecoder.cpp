#include "SyncBatchDecoder.h"
#include "EventApplier.h"

#include <QPromise>
#include <QThreadPool>
#include <memory>

namespace plein::sync {

QFuture<protocol::Decoded<protocol::SyncBatch>> decodeSyncBatchOnPool(QByteArray body)
{
    auto promise = std::make_shared<QPromise<protocol::Decoded<protocol::SyncBatch>>>();
    QFuture<protocol::Decoded<protocol::SyncBatch>> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, body = std::move(body)] {
        promise->addResult(apply::decodeSyncBatch(body));
        promise->finish();
    });
    return future;
}

void releaseOnPool(protocol::SyncBatch batch)
{
    QThreadPool::globalInstance()->start([batch = std::move(batch)] {});
}

} // namespace plein::sync
