#pragma once
// What only the server can answer, for QML: group members and requests (and deciding them),
// invitations and removals, who reacted, who read an announcement, people search, new groups,
// and opening an attachment (downloaded into the cache first). Each call answers once through
// answered(request, key, result, error): `request` names the call, `key` what it was about
// (a group, a post, a query), `result` is a list of maps or a map, `error` is a readable
// sentence when it failed. The account's RemoteDirectory and FileCache do the work.
#include <QObject>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

#include <QCoroTask>
#include <functional>

namespace plein::net {
struct NetError;
}

namespace plein::app {

class Remote : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    using QObject::QObject;

    Q_INVOKABLE void members(const QString &groupId);
    Q_INVOKABLE void requests(const QString &groupId);
    Q_INVOKABLE void decideRequest(const QString &groupId, const QString &userId, bool approve);
    Q_INVOKABLE void invite(const QString &groupId, const QString &userId);
    Q_INVOKABLE void removeMember(const QString &groupId, const QString &userId);
    Q_INVOKABLE void reactors(const QString &target, const QString &id);
    Q_INVOKABLE void readers(const QString &postId);
    Q_INVOKABLE void searchPeople(const QString &query);
    Q_INVOKABLE void editGroup(const QString &groupId, const QString &name, const QString &description,
                               const QString &visibility, qint64 version);
    Q_INVOKABLE void createGroup(const QString &name, const QString &description, const QString &visibility);
    // Downloads (if needed) and answers with {path, url}; progress through downloadProgress().
    // The key of the answer is the file id, with "#thumb" for a thumbnail.
    Q_INVOKABLE void fetchFile(const QString &fileId, bool thumbnail = false);

    static QString messageFor(const net::NetError &error);

Q_SIGNALS:
    void answered(const QString &request, const QString &key, const QVariant &result, const QString &error);
    void downloadProgress(const QString &fileId, qint64 received, qint64 total);

private:
    QCoro::Task<> run(QString request, QString key, std::function<QCoro::Task<QVariant>(QString &error)> call);
};

} // namespace plein::app
