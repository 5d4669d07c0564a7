#include "api/AccountApi.h"
#include "api/FeedApi.h"
#include "protocol/Feed.h"
#include "storage/ChangeLog.h"
#include "storage/ConversationRows.h"
#include "storage/GroupRows.h"
#include "storage/PostRows.h"
#include "storage/Transaction.h"
#include "storage/UserRows.h"

namespace plein::server {

Reply AccountApi::me(const ApiRequest &request)
{
    return Reply::json(200, request.signedIn().user.toJson());
}

Reply AccountApi::bootstrap(const ApiRequest &request)
{
    const QString userId = request.signedIn().user.id;
    // One snapshot for everything, cursor included: an event either is reflected in this
    // answer or has a seq above the cursor, never neither.
    Transaction snapshot(m_db, Transaction::Kind::Read);
    protocol::Bootstrap b;
    b.me = users::findById(m_db, userId).value_or(request.signedIn().user);
    b.groups = groups::listForMember(m_db, userId);
    b.feed = readFeedPage(m_db, b.me, std::nullopt, protocol::kDefaultPageSize);
    b.pinned = posts::pinnedFor(m_db, b.me);
    b.conversations = conversations::listFor(m_db, userId);
    b.cursor = m_changeLog.maxSeq();
    snapshot.commit();
    return Reply::json(200, b.toJson());
}

} // namespace plein::server
