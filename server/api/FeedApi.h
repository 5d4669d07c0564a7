#pragma once
// GET /feed, and the first feed page that /bootstrap includes.
#include "http/ApiRequest.h"
#include "http/Reply.h"
#include "protocol/Feed.h"
#include "storage/PostRows.h"

#include <QSqlDatabase>

namespace plein::server {

// A page of the user's feed after `after` (from the top when nullopt); `next` is set only
// when more posts follow.
protocol::FeedPage readFeedPage(const QSqlDatabase &db, const protocol::User &viewer,
                                const std::optional<posts::FeedPosition> &after, int limit);

class FeedApi {
public:
    explicit FeedApi(const QSqlDatabase &db) : m_db(db) {}
    Reply feed(const ApiRequest &request);

private:
    QSqlDatabase m_db;
};

} // namespace plein::server
