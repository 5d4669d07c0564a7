#pragma once
// The durable change log. Every committed change appends one row in the same transaction as
// the change; a user's stream is this log filtered to the scopes the user may see:
// "org" (posts to everyone), "group:<id>" for each group they belong to, "conversation:<id>"
// for each conversation they are a member of, "user:<their id>".
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSqlDatabase>

namespace plein::server {

struct LoggedEvent {
    qint64 seq = 0;
    QString scope;
    QString name;
    QJsonObject data;
    // `data` as compact JSON text, as stored: the stream splices it into each connection's
    // frame instead of serialising the same object once per socket.
    QString dataText;
};

namespace Scope {
QString org();
QString group(const QString &groupId);
QString user(const QString &userId);
QString conversation(const QString &conversationId);
// The conversation id of a "conversation:<id>" scope, or empty for any other scope.
QString conversationOf(const QString &scope);
}

class ChangeLog : public QObject {
    Q_OBJECT
public:
    explicit ChangeLog(const QSqlDatabase &db, QObject *parent = nullptr);

    // Appends inside the caller's open write transaction. Call announce() only after that
    // transaction committed, so listeners never see a change that was rolled back.
    LoggedEvent append(const QString &scope, const QString &name, const QString &entityId, qint64 version,
                       const QJsonObject &data, qint64 createdAt);
    void announce(const LoggedEvent &event);
    void announce(const QList<LoggedEvent> &events);

    // The highest seq ever assigned (still known after a prune removed every row).
    qint64 maxSeq() const;
    // A `since` can be served when no event after it was pruned and it is not from a future
    // the server never reached (its data was reset).
    bool canServe(qint64 since) const;
    // Events with seq > since that `userId` may see, ascending, at most `limit`. Externals
    // never see the org scope (posts to everyone, the organisation's group list).
    QList<LoggedEvent> readVisible(const QString &userId, qint64 since, int limit) const;
    // Deletes all but the newest `keep` events; returns how many were deleted.
    int pruneKeepingNewest(qint64 keep);

Q_SIGNALS:
    void committed(const plein::server::LoggedEvent &event);

private:
    QSqlDatabase m_db;
};

} // namespace plein::server
