#include "access/ConversationAccess.h"
#include "access/GroupAccess.h"
#include "storage/Sql.h"
#include "storage/UserRows.h"

namespace plein::server {

bool mayChatWith(const QSqlDatabase &db, const protocol::User &caller, const QString &userId)
{
    if (!users::findById(db, userId)) return false;
    if (!isExternal(caller) || userId == caller.id) return true;
    return sql::scalar(db,
                       QStringLiteral("SELECT EXISTS (SELECT 1 FROM memberships a JOIN memberships b ON a.group_id = b.group_id "
                                      "WHERE a.user_id = ? AND b.user_id = ?)"),
                       {caller.id, userId}, 0)
        .toBool();
}

} // namespace plein::server
