#include "RemoteDirectory.h"
#include "protocol/JsonReader.h"
#include "protocol/Uuid.h"
#include "store/DirectoryStore.h"

#include <QCoroFuture>
#include <QJsonDocument>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

namespace plein::sync {

using net::ApiResult;
using net::NetError;

namespace {
QString seg(const QString &s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); }
QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
}

RemoteDirectory::RemoteDirectory(store::Store *store, net::ApiClient *api, QObject *parent)
    : QObject(parent), m_store(store), m_api(api)
{
}

template<typename T>
QCoro::Task<ApiResult<T>> RemoteDirectory::fetch(QByteArray verb, QString path, QByteArray body)
{
    auto requesting = m_api->request(verb, path, body);
    const auto answer = co_await requesting;
    if (!answer) co_return answer.error();
    const auto obj = protocol::parseObject(answer.value());
    auto decoded = obj ? T::fromJson(obj.value()) : protocol::Decoded<T>(obj.error());
    if (!decoded) co_return NetError{NetError::Kind::Protocol, 200, {}, decoded.error().toString(), {}, 0, {}};
    co_return std::move(decoded).value();
}

QCoro::Task<> RemoteDirectory::remember(protocol::Group group)
{
    try {
        auto storing = m_store->write([group](store::WriteContext &ctx) {
            if (store::directory::upsertGroup(ctx.db, group)) ctx.changes.groupsChanged = true;
        });
        co_await storing;
    } catch (const store::StoreError &) {
        // The list catches up with the next refresh; the answer itself is what matters here.
    }
}

QCoro::Task<ApiResult<protocol::Group>> RemoteDirectory::createGroup(QString name, QString description, QString visibility)
{
    protocol::NewGroup g{protocol::newUuidV7(), name, description, visibility};
    QPointer<RemoteDirectory> self(this);
    auto creating = fetch<protocol::Group>("POST", QStringLiteral("/api/v1/groups"), compact(g.toJson()));
    auto result = co_await creating;
    if (self && result) {
        auto remembering = remember(result.value());
        co_await remembering;
    }
    co_return result;
}

QCoro::Task<ApiResult<protocol::Group>> RemoteDirectory::editGroup(QString groupId, protocol::GroupEdit edit)
{
    QPointer<RemoteDirectory> self(this);
    auto editing = fetch<protocol::Group>("PATCH", QStringLiteral("/api/v1/groups/") + seg(groupId), compact(edit.toJson()));
    auto result = co_await editing;
    if (self && result) {
        auto remembering = remember(result.value());
        co_await remembering;
    }
    co_return result;
}

QCoro::Task<ApiResult<protocol::Group>> RemoteDirectory::group(QString groupId)
{
    QPointer<RemoteDirectory> self(this);
    auto fetching = fetch<protocol::Group>("GET", QStringLiteral("/api/v1/groups/") + seg(groupId));
    auto result = co_await fetching;
    if (self && result) {
        auto remembering = remember(result.value());
        co_await remembering;
    }
    co_return result;
}

QCoro::Task<ApiResult<protocol::MemberList>> RemoteDirectory::members(QString groupId)
{
    return fetch<protocol::MemberList>("GET", QStringLiteral("/api/v1/groups/%1/members").arg(seg(groupId)));
}

QCoro::Task<ApiResult<protocol::JoinRequestList>> RemoteDirectory::requests(QString groupId)
{
    return fetch<protocol::JoinRequestList>("GET", QStringLiteral("/api/v1/groups/%1/requests").arg(seg(groupId)));
}

QCoro::Task<ApiResult<protocol::MembershipState>> RemoteDirectory::decideRequest(QString groupId, QString userId, bool approve)
{
    const QString path = QStringLiteral("/api/v1/groups/%1/requests/%2/%3")
                             .arg(seg(groupId), seg(userId), approve ? QStringLiteral("approve") : QStringLiteral("decline"));
    return fetch<protocol::MembershipState>("POST", path);
}

QCoro::Task<ApiResult<protocol::MembershipState>> RemoteDirectory::invite(QString groupId, QString userId)
{
    return fetch<protocol::MembershipState>("PUT", QStringLiteral("/api/v1/groups/%1/members/%2").arg(seg(groupId), seg(userId)));
}

QCoro::Task<ApiResult<protocol::MembershipState>> RemoteDirectory::removeMember(QString groupId, QString userId)
{
    return fetch<protocol::MembershipState>("DELETE", QStringLiteral("/api/v1/groups/%1/members/%2").arg(seg(groupId), seg(userId)));
}

QCoro::Task<ApiResult<protocol::ReactorList>> RemoteDirectory::reactors(QString target, QString id)
{
    const QString collection = target == QLatin1String("comment") ? QStringLiteral("comments") : QStringLiteral("posts");
    return fetch<protocol::ReactorList>("GET", QStringLiteral("/api/v1/%1/%2/reactions").arg(collection, seg(id)));
}

QCoro::Task<ApiResult<protocol::Acknowledgements>> RemoteDirectory::acknowledgements(QString postId)
{
    return fetch<protocol::Acknowledgements>("GET", QStringLiteral("/api/v1/posts/%1/acknowledgements").arg(seg(postId)));
}

QCoro::Task<ApiResult<protocol::UserList>> RemoteDirectory::searchUsers(QString query, int limit)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("query"), query);
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return fetch<protocol::UserList>("GET", QStringLiteral("/api/v1/users?") + q.toString(QUrl::FullyEncoded));
}

QCoro::Task<ApiResult<QByteArray>> RemoteDirectory::fileContent(QString fileId, bool thumbnail, net::ApiClient::Progress progress)
{
    const QString path = QStringLiteral("/api/v1/files/") + seg(fileId) + (thumbnail ? QStringLiteral("/thumbnail") : QString());
    return m_api->download(path, std::move(progress));
}

} // namespace plein::sync
