#include "FeedFilter.h"
#include "models/FeedModel.h"

namespace plein::app {

FeedFilter::FeedFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &FeedFilter::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &FeedFilter::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &FeedFilter::countChanged);
}

void FeedFilter::setFeed(QAbstractItemModel *feed)
{
    if (feed == sourceModel()) return;
    setSourceModel(feed);
    Q_EMIT feedChanged();
    Q_EMIT countChanged();
}

void FeedFilter::setPostId(const QString &id)
{
    if (id == m_postId) return;
    m_postId = id;
    refilter();
}

void FeedFilter::refilter()
{
    invalidateRowsFilter();
    Q_EMIT filterChanged();
    Q_EMIT countChanged();
}

bool FeedFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return !m_postId.isEmpty() && index.data(models::FeedModel::IdRole).toString() == m_postId;
}

} // namespace plein::app
