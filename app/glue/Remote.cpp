#include "Remote.h"
#include "Session.h"
#include "sync/FileCache.h"
#include "sync/RemoteDirectory.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QUrl>
#include <QVariantMap>

Q_LOGGING_CATEGORY(lcRemote, "plein.remote")

namespace plein::app {

namespace {
account::Account *currentAccount()
{
    Session *session = Session::instance();
    return session ? session->account() : nullptr;
}

QVariantMap userRow(const QString &id, const QString &name, const QString &title = {})
{
    return {{QStringLiteral("userId"), id}, {QStringLiteral("name"), name}, {QStringLiteral("title"), title}};
}

// The answer's value as QML data, or the error's sentence.
template<typename T, typename Convert>
QVariant take(const net::ApiResult<T> &result, QString &error, Convert convert)
{
    if (!result.ok()) {
        error = Remote::messageFor(result.error());
        return {};
    }
    return convert(result.value());
}

QVariant membershipOf(const protocol::MembershipState &state)
{
    return QVariantMap{{QStringLiteral("groupId"), state.groupId}, {QStringLiteral("userId"), state.userId},
                       {QStringLiteral("state"), state.state}};
}
} // namespace

QString Remote::messageFor(const net::NetError &error)
{
    using Kind = net::NetError::Kind;
    switch (error.kind) {
    case Kind::Network: return tr("You are offline. Try again when you are connected.");
    case Kind::Forbidden: return tr("You may not do that here.");
    case Kind::NotFound: return tr("This is not available.");
    case Kind::Invalid: return tr("That was not accepted. Check what you entered.");
    case Kind::Conflict: return tr("Someone changed this at the same time. Try again.");
    default: return tr("That did not work. Try again in a moment.");
    }
}

QCoro::Task<> Remote::run(QString request, QString key, std::function<QCoro::Task<QVariant>(QString &error)> call)
{
    QPointer<Remote> self(this);
    QString error;
    QVariant result;
    if (!currentAccount() || !currentAccount()->directory()) {
        error = tr("You are signed out.");
    } else {
        auto answer = call(error);
        result = co_await answer;
    }
    if (!self) co_return;
    if (!error.isEmpty()) qCInfo(lcRemote) << request << key << "failed:" << error;
    Q_EMIT self->answered(request, key, result, error);
}

void Remote::members(const QString &groupId)
{
    run(QStringLiteral("members"), groupId, [groupId](QString &error) -> QCoro::Task<QVariant> {
        auto asking = currentAccount()->directory()->members(groupId);
        const auto result = co_await asking;
        co_return take(result, error, [](const protocol::MemberList &list) {
            QVariantList rows;
            for (const auto &m : list.items) {
                QVariantMap row = userRow(m.userId, m.name, m.title);
                row.insert(QStringLiteral("role"), m.role);
                rows.append(row);
            }
            return QVariant(rows);
        });
    });
}

void Remote::requests(const QString &groupId)
{
    run(QStringLiteral("requests"), groupId, [groupId](QString &error) -> QCoro::Task<QVariant> {
        auto asking = currentAccount()->directory()->requests(groupId);
        const auto result = co_await asking;
        co_return take(result, error, [](const protocol::JoinRequestList &list) {
            QVariantList rows;
            for (const auto &r : list.items) rows.append(userRow(r.userId, r.name, r.title));
            return QVariant(rows);
        });
    });
}

void Remote::decideRequest(const QString &groupId, const QString &userId, bool approve)
{
    run(QStringLiteral("decide"), groupId, [groupId, userId, approve](QString &error) -> QCoro::Task<QVariant> {
        auto asking = currentAccount()->directory()->decideRequest(groupId, userId, approve);
        const auto result = co_await asking;
        co_return take(result, error, membershipOf);
    });
}

void Remote::invite(const QString &groupId, const QString &userId)
{
    run(QStringLiteral("invite"), groupId, [groupId, userId](QString &error) -> QCoro::Task<QVariant> {
        auto asking = currentAccount()->directory()->invite(groupId, userId);
        const auto result = co_await asking;
        co_return take(result, error, membershipOf);
    });
}

void Remote::removeMember(const QString &groupId, const QString &userId)
{
    run(QStringLiteral("remove"), groupId, [groupId, userId](QString &error) -> QCoro::Task<QVariant> {
        auto asking = currentAccount()->directory()->removeMember(groupId, userId);
        const auto result = co_await asking;
        co_return take(result, error, membershipOf);
    });
}

void Remote::reactors(const QString &target, const QString &id)
{
    run(QStringLiteral("reactors"), id, [target, id](QString &error) -> QCoro::Task<QVariant> {
        auto asking = currentAccount()->directory()->reactors(target, id);
        const auto result = co_await asking;
        co_return take(result, error, [](const protocol::ReactorList &list) {
            QVariantList rows;
            for (const auto &r : list.items) {
                QVariantMap row = userRow(r.userId, r.name);
                row.insert(QStringLiteral("kind"), r.kind);
                rows.append(row);
            }
            return QVariant(rows);
        });
    });
}

void Remote::readers(const QString &postId)
{
    run(QStringLiteral("readers"), postId, [postId](QString &error) -> QCoro::Task<QVariant> {
        auto asking = currentAccount()->directory()->acknowledgements(postId);
        const auto result = co_await asking;
        co_return take(result, error, [](const protocol::Acknowledgements &acks) {
            QVariantList read;
            QVariantList unread;
            for (const auto &u : acks.read) read.append(userRow(u.id, u.name));
            for (const auto &u : acks.unread) unread.append(userRow(u.id, u.name));
            return QVariant(QVariantMap{{QStringLiteral("readCount"), acks.readCount},
                                        {QStringLiteral("audienceCount"), acks.audienceCount},
                                        {QStringLiteral("read"), read},
                                        {QStringLiteral("unread"), unread}});
        });
    });
}

void Remote::searchPeople(const QString &query)
{
    run(QStringLiteral("people"), query, [query](QString &error) -> QCoro::Task<QVariant> {
        auto asking = currentAccount()->directory()->searchUsers(query, 8);
        const auto result = co_await asking;
        co_return take(result, error, [](const protocol::UserList &list) {
            QVariantList rows;
            for (const auto &u : list.items) rows.append(userRow(u.id, u.name, u.title));
            return QVariant(rows);
        });
    });
}

void Remote::createGroup(const QString &name, const QString &description, const QString &visibility)
{
    run(QStringLiteral("createGroup"), name, [name, description, visibility](QString &error) -> QCoro::Task<QVariant> {
        auto asking = currentAccount()->directory()->createGroup(name, description, visibility);
        const auto result = co_await asking;
        co_return take(result, error, [](const protocol::Group &g) {
            return QVariant(QVariantMap{{QStringLiteral("groupId"), g.id}, {QStringLiteral("name"), g.name}});
        });
    });
}

void Remote::editGroup(const QString &groupId, const QString &name, const QString &description,
                       const QString &visibility, qint64 version)
{
    protocol::GroupEdit edit;
    edit.name = name;
    edit.description = description;
    edit.visibility = visibility;
    edit.version = version;
    run(QStringLiteral("editGroup"), groupId, [groupId, edit](QString &error) -> QCoro::Task<QVariant> {
        auto asking = currentAccount()->directory()->editGroup(groupId, edit);
        const auto result = co_await asking;
        co_return take(result, error, [](const protocol::Group &g) {
            return QVariant(QVariantMap{{QStringLiteral("groupId"), g.id}, {QStringLiteral("name"), g.name}});
        });
    });
}

void Remote::fetchFile(const QString &fileId, bool thumbnail)
{
    if (auto *account = currentAccount(); account && account->files()) {
        connect(account->files(), &sync::FileCache::downloadProgress, this, &Remote::downloadProgress, Qt::UniqueConnection);
    }
    const QString key = thumbnail ? fileId + QStringLiteral("#thumb") : fileId;
    run(QStringLiteral("file"), key, [fileId, thumbnail](QString &error) -> QCoro::Task<QVariant> {
        auto *files = currentAccount()->files();
        if (!files) {
            error = tr("You are signed out.");
            co_return QVariant();
        }
        auto fetching = files->fetch(fileId, thumbnail);
        const auto result = co_await fetching;
        co_return take(result, error, [](const QString &path) {
            return QVariant(QVariantMap{{QStringLiteral("path"), path},
                                        {QStringLiteral("url"), QUrl::fromLocalFile(path)}});
        });
    });
}

} // namespace plein::app
