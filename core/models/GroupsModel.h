#pragma once
// Groups as a list: mine, or the ones I may discover, filtered by a search text. Shows the
// cache at once (so search works offline) and asks the server for a fresh list behind it.
#include "protocol/Group.h"
#include "store/Store.h"

#include <QAbstractListModel>
#include <QCoroTask>
#include <QTimer>
#include <functional>

namespace plein::models {

class GroupsModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(QString scope READ scope WRITE setScope NOTIFY scopeChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        DescriptionRole,
        VisibilityRole, // public, private, secret
        KindRole,
        MemberCountRole,
        MembershipRole, // none, member, admin, requested, invited
        VersionRole,
    };
    Q_ENUM(Role)

    // Fetches the server's list for (scope, query) into the store; false when it could not.
    using Refresher = std::function<QCoro::Task<bool>(QString scope, QString query)>;

    explicit GroupsModel(store::Store *store, QObject *parent = nullptr);
    void setRefresher(Refresher refresher) { m_refresher = std::move(refresher); }

    QString scope() const { return m_scope; }
    void setScope(const QString &scope); // "mine" or "discover"
    QString query() const { return m_query; }
    void setQuery(const QString &query);
    bool isLoading() const { return m_loading; }
    Q_INVOKABLE void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    Q_INVOKABLE int indexOf(const QString &id) const;
    const protocol::Group &at(int row) const { return m_rows.at(row); }

Q_SIGNALS:
    void scopeChanged();
    void queryChanged();
    void loadingChanged();
    void countChanged();

private:
    void reloadFromStore();
    QCoro::Task<> fetch();

    store::Store *m_store;
    QString m_scope = QStringLiteral("mine");
    QString m_query;
    QList<protocol::Group> m_rows;
    Refresher m_refresher;
    QTimer m_queryDelay; // one request per pause in typing, not per key
    bool m_loading = false;
};

} // namespace plein::models
