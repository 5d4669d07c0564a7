#include "api/FeedApi.h"
#include "http/QueryParams.h"
#include "protocol/ApiError.h"
#include "storage/Transaction.h"

namespace plein::server {

protocol::FeedPage readFeedPage(const QSqlDatabase &db, const protocol::User &viewer,
                                const std::optional<posts::FeedPosition> &after, int limit)
{
    // One extra row tells whether another page exists without a COUNT.
    QList<protocol::Post> items = posts::feed(db, viewer, after, limit + 1);
    protocol::FeedPage page;
    if (items.size() > limit) {
        items.resize(limit);
        page.next = items.last().id;
    }
    page.items = std::move(items);
    return page;
}

Reply FeedApi::feed(const ApiRequest &request)
{
    const auto limit = integerParam(request.query, QStringLiteral("limit"), protocol::kDefaultPageSize, 1,
                                    protocol::kMaxPageSize);
    if (auto *refused = std::get_if<Reply>(&limit)) return *refused;
    const protocol::User &viewer = request.signedIn().user;
    const QString before = request.query.queryItemValue(QStringLiteral("before"), QUrl::FullyDecoded).toLower();

    Transaction snapshot(m_db, Transaction::Kind::Read);
    std::optional<posts::FeedPosition> after;
    if (!before.isEmpty()) {
        after = posts::positionInFeed(m_db, viewer, before);
        if (!after) {
            return Reply::error(422, protocol::ErrorCode::ValidationFailed,
                                QStringLiteral("before: no such post in your feed"), QStringLiteral("before"));
        }
    }
    const protocol::FeedPage page = readFeedPage(m_db, viewer, after, int(std::get<qint64>(limit)));
    snapshot.commit();
    return Reply::json(200, page.toJson());
}

} // namespace plein::server
