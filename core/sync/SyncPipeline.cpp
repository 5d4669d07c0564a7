#include "SyncPipeline.h"
#include "EventApplier.h"
#include "SyncBatchDecoder.h"

#include <QCoroFuture>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPipeline, "plein.sync.pipeline")

namespace plein::sync {

using store::StoreError;
using store::WriteContext;

QCoro::Task<PipelineEnd> applySyncPages(store::Store *store, net::ApiResult<QByteArray> first, FetchSyncPage fetch,
                                        std::function<bool()> alive, std::function<void(qint64 cursor)> applied)
{
    if (!first) co_return PipelineEnd{PipelineEnd::Kind::Refused, first.error()};
    QFuture<protocol::Decoded<protocol::SyncBatch>> decoding = decodeSyncBatchOnPool(first.value());
    for (;;) {
        auto decoded = co_await decoding;
        if (!alive()) co_return PipelineEnd{PipelineEnd::Kind::Abandoned};
        if (!decoded) {
            qCWarning(lcPipeline) << "catch-up failed: sync:" << decoded.error().toString();
            co_return PipelineEnd{PipelineEnd::Kind::Failed};
        }
        std::optional<QCoro::Task<net::ApiResult<QByteArray>>> fetchingNext;
        if (decoded.value().hasMore) fetchingNext.emplace(fetch(decoded.value().cursor));
        auto applying = store->write([batch = std::move(decoded).value()](WriteContext &ctx) mutable {
            const BatchOutcome outcome = apply::syncBatch(ctx, batch);
            releaseOnPool(std::move(batch));
            return outcome;
        });
        std::optional<net::ApiResult<QByteArray>> next;
        if (fetchingNext) {
            next = co_await *fetchingNext;
            if (!alive()) co_return PipelineEnd{PipelineEnd::Kind::Abandoned};
            if (*next) decoding = decodeSyncBatchOnPool(next->value());
        }
        try {
            const BatchOutcome b = co_await applying;
            if (!alive()) co_return PipelineEnd{PipelineEnd::Kind::Abandoned};
            applied(b.cursor);
        } catch (const StoreError &e) {
            qCWarning(lcPipeline) << "catch-up failed:" << e.message();
            co_return PipelineEnd{PipelineEnd::Kind::Failed};
        }
        if (!next) co_return PipelineEnd{PipelineEnd::Kind::Done};
        if (!*next) co_return PipelineEnd{PipelineEnd::Kind::Refused, next->error()};
    }
}

} // namespace plein::sync
