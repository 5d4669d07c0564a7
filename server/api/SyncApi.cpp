#include "api/SyncApi.h"
#include "http/QueryParams.h"
#include "protocol/ApiError.h"
#include "protocol/Sync.h"
#include "storage/ChangeLog.h"
#include "storage/Transaction.h"

namespace plein::server {

Reply SyncApi::sync(const ApiRequest &request)
{
    const auto since = integerParam(request.query, QStringLiteral("since"), std::nullopt, 0,
                                    std::numeric_limits<qint64>::max());
    if (auto *refused = std::get_if<Reply>(&since)) return *refused;
    const auto limit = integerParam(request.query, QStringLiteral("limit"), kDefaultLimit, 1, protocol::kMaxSyncBatch);
    if (auto *refused = std::get_if<Reply>(&limit)) return *refused;
    const qint64 from = std::get<qint64>(since);
    const int max = int(std::get<qint64>(limit));

    Transaction snapshot(m_db, Transaction::Kind::Read);
    if (!m_changeLog.canServe(from)) {
        return Reply::error(410, protocol::ErrorCode::CursorExpired,
                            QStringLiteral("this cursor can no longer be served; bootstrap again"), QStringLiteral("since"));
    }
    QList<LoggedEvent> events = m_changeLog.readVisible(request.signedIn().user.id, from, max + 1);
    protocol::SyncBatch batch;
    batch.hasMore = events.size() > max;
    if (batch.hasMore) events.resize(max);
    qint64 prev = from;
    for (const LoggedEvent &e : events) {
        batch.events.append({e.seq, prev, e.name, e.data});
        prev = e.seq;
    }
    // With nothing visible left, the cursor moves past the invisible events too: nothing the
    // caller may see lies between `since` and the log's end.
    batch.cursor = events.isEmpty() ? m_changeLog.maxSeq() : prev;
    snapshot.commit();
    return Reply::json(200, batch.toJson());
}

} // namespace plein::server
