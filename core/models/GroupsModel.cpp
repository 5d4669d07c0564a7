#include "GroupsModel.h"
#include "store/DirectoryStore.h"

#include <QPointer>

namespace plein::models {

GroupsModel::GroupsModel(store::Store *store, QObject *parent) : QAbstractListModel(parent), m_store(store)
{
    m_queryDelay.setSingleShot(true);
    m_queryDelay.setInterval(250);
    connect(&m_queryDelay, &QTimer::timeout, this, [this] { fetch(); });
    connect(store, &store::Store::changed, this, [this](const store::StoreChanges &changes) {
        if (changes.groupsChanged) reloadFromStore();
    });
    reloadFromStore();
}

void GroupsModel::setScope(const QString &scope)
{
    if (scope == m_scope) return;
    m_scope = scope;
    Q_EMIT scopeChanged();
    reloadFromStore();
    refresh();
}

void GroupsModel::setQuery(const QString &query)
{
    if (query == m_query) return;
    m_query = query;
    Q_EMIT queryChanged();
    reloadFromStore();
    m_queryDelay.start();
}

void GroupsModel::refresh()
{
    m_queryDelay.stop();
    fetch();
}

QCoro::Task<> GroupsModel::fetch()
{
    if (!m_refresher) co_return;
    QPointer<GroupsModel> self(this);
    m_loading = true;
    Q_EMIT loadingChanged();
    auto refreshing = m_refresher(m_scope, m_query);
    co_await refreshing;
    if (!self) co_return;
    m_loading = false;
    Q_EMIT loadingChanged();
}

void GroupsModel::reloadFromStore()
{
    const QList<protocol::Group> fresh = m_scope == QLatin1String("discover")
        ? store::directory::otherGroups(m_store->reader(), m_query)
        : store::directory::searchMyGroups(m_store->reader(), m_query);
    // Precise changes: rows that left, rows that came, rows that changed.
    QSet<QString> freshIds;
    for (const auto &g : fresh) freshIds.insert(g.id);
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        if (freshIds.contains(m_rows.at(i).id)) continue;
        beginRemoveRows({}, int(i), int(i));
        m_rows.removeAt(i);
        endRemoveRows();
    }
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        const auto &g = fresh.at(i);
        if (i < m_rows.size() && m_rows.at(i).id == g.id) {
            if (!(m_rows.at(i) == g)) {
                m_rows[i] = g;
                Q_EMIT dataChanged(index(int(i)), index(int(i)));
            }
            continue;
        }
        const int elsewhere = indexOf(g.id);
        if (elsewhere >= 0) {
            beginRemoveRows({}, elsewhere, elsewhere);
            m_rows.removeAt(elsewhere);
            endRemoveRows();
        }
        beginInsertRows({}, int(i), int(i));
        m_rows.insert(i, g);
        endInsertRows();
    }
    Q_EMIT countChanged();
}

int GroupsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QVariant GroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const protocol::Group &g = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return g.name;
    case IdRole: return g.id;
    case DescriptionRole: return g.description;
    case VisibilityRole: return g.visibility;
    case KindRole: return g.kind;
    case MemberCountRole: return g.memberCount;
    case MembershipRole: return g.membership.isEmpty() ? QStringLiteral("none") : g.membership;
    case VersionRole: return g.version;
    default: return {};
    }
}

QHash<int, QByteArray> GroupsModel::roleNames() const
{
    return {
        {IdRole, "groupId"}, {NameRole, "name"}, {DescriptionRole, "description"}, {VisibilityRole, "visibility"},
        {KindRole, "kind"}, {MemberCountRole, "memberCount"}, {MembershipRole, "membership"}, {VersionRole, "version"},
    };
}

int GroupsModel::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id) return int(i);
    return -1;
}

} // namespace plein::models
