#include "api/UsersApi.h"
#include "access/GroupAccess.h"
#include "api/Refusals.h"
#include "http/QueryParams.h"
#include "storage/Transaction.h"
#include "storage/UserRows.h"

namespace plein::server {

Reply UsersApi::search(const ApiRequest &request)
{
    const auto limit = integerParam(request.query, QStringLiteral("limit"), kDefaultLimit, 1, kMaxLimit);
    if (auto *refused = std::get_if<Reply>(&limit)) return *refused;
    const QString query = request.query.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded).trimmed();
    if (query.size() > 200) return refuse::invalid(QStringLiteral("query"), QStringLiteral("is longer than 200 characters"));
    const protocol::User &me = request.signedIn().user;
    Transaction snapshot(m_db, Transaction::Kind::Read);
    // Externals see only the people they already meet in their groups.
    const protocol::UserList list{users::search(m_db, query, int(std::get<qint64>(limit)), isExternal(me) ? me.id : QString())};
    snapshot.commit();
    return Reply::json(200, list.toJson());
}

} // namespace plein::server
