#pragma once
// How catch-up applies the pages of /sync: each page is decoded on the thread pool, and while
// the store's writer applies one page, the next is fetched and decoded, so the writer only
// applies (docs/performance.md, ingest). SyncEngine runs it against the server; bench_store runs
// it over pages held in memory, so the ingest figure is this code's and cannot drift from it.
#include "net/NetError.h"
#include "store/Store.h"

#include <QByteArray>
#include <QCoroTask>
#include <functional>
#include <optional>

namespace plein::sync {

struct PipelineEnd {
    enum class Kind {
        Done,      // the last page (hasMore false) is applied
        Refused,   // the server refused a page: see refusal
        Failed,    // a page did not decode or did not apply (logged); the cursor stays before it
        Abandoned, // alive() said no after a wait
    };
    Kind kind = Kind::Done;
    std::optional<net::NetError> refusal{};
};

using FetchSyncPage = std::function<QCoro::Task<net::ApiResult<QByteArray>>(qint64 cursor)>;

// Applies `first` and the pages after it, each fetched with `fetch` from the cursor the one
// before ended at. `alive` is asked after every wait (false ends it at once, touching nothing);
// `applied` gets the cursor after each page commits.
QCoro::Task<PipelineEnd> applySyncPages(store::Store *store, net::ApiResult<QByteArray> first, FetchSyncPage fetch,
                                        std::function<bool()> alive, std::function<void(qint64 cursor)> applied);

} // namespace plein::sync
