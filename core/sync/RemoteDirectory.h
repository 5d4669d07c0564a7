#pragma once
// What only the server can answer, and group administration: members, join requests, who
// reacted, who read an announcement, people search, creating and editing groups. These need a
// connection (the screens say so when there is none); what they learn about groups goes into
// the cache so lists follow at once.
#include "net/ApiClient.h"
#include "protocol/Acknowledgement.h"
#include "protocol/Group.h"
#include "protocol/Membership.h"
#include "protocol/Reaction.h"
#include "protocol/User.h"
#include "store/Store.h"

#include <QCoroTask>
#include <QObject>

namespace plein::sync {

class RemoteDirectory : public QObject {
    Q_OBJECT
public:
    RemoteDirectory(store::Store *store, net::ApiClient *api, QObject *parent = nullptr);

    QCoro::Task<net::ApiResult<protocol::Group>> createGroup(QString name, QString description, QString visibility);
    QCoro::Task<net::ApiResult<protocol::Group>> editGroup(QString groupId, protocol::GroupEdit edit);
    QCoro::Task<net::ApiResult<protocol::Group>> group(QString groupId);
    QCoro::Task<net::ApiResult<protocol::MemberList>> members(QString groupId);
    QCoro::Task<net::ApiResult<protocol::JoinRequestList>> requests(QString groupId);
    QCoro::Task<net::ApiResult<protocol::MembershipState>> decideRequest(QString groupId, QString userId, bool approve);
    QCoro::Task<net::ApiResult<protocol::MembershipState>> invite(QString groupId, QString userId);
    QCoro::Task<net::ApiResult<protocol::MembershipState>> removeMember(QString groupId, QString userId);
    // target: "post" or "comment"
    QCoro::Task<net::ApiResult<protocol::ReactorList>> reactors(QString target, QString id);
    QCoro::Task<net::ApiResult<protocol::Acknowledgements>> acknowledgements(QString postId);
    QCoro::Task<net::ApiResult<protocol::UserList>> searchUsers(QString query, int limit);
    // A file's bytes (or its thumbnail's), for the screens' disk cache.
    QCoro::Task<net::ApiResult<QByteArray>> fileContent(QString fileId, bool thumbnail, net::ApiClient::Progress progress);

private:
    template<typename T>
    QCoro::Task<net::ApiResult<T>> fetch(QByteArray verb, QString path, QByteArray body = {});
    QCoro::Task<> remember(protocol::Group group);

    store::Store *m_store;
    net::ApiClient *m_api;
};

} // namespace plein::sync
