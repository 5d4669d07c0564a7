#pragma once
// GET /users?query=&limit=: people, for @-mention completion and starting chats.
#include "http/ApiRequest.h"
#include "http/Reply.h"

#include <QSqlDatabase>

namespace plein::server {

class UsersApi {
public:
    explicit UsersApi(const QSqlDatabase &db) : m_db(db) {}
    Reply search(const ApiRequest &request);

    static constexpr int kDefaultLimit = 20;
    static constexpr int kMaxLimit = 100;

private:
    QSqlDatabase m_db;
};

} // namespace plein::server
