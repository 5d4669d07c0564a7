#pragma once
// One post of a feed, for the post detail: the same row (and its updates) as the card that
// opened it.
#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

namespace plein::app {

class FeedFilter : public QSortFilterProxyModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QAbstractItemModel *feed READ sourceModel WRITE setFeed NOTIFY feedChanged)
    Q_PROPERTY(QString postId READ postId WRITE setPostId NOTIFY filterChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    explicit FeedFilter(QObject *parent = nullptr);

    void setFeed(QAbstractItemModel *feed);
    QString postId() const { return m_postId; }
    void setPostId(const QString &id);
    int count() const { return rowCount(); }

Q_SIGNALS:
    void feedChanged();
    void filterChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QString m_postId;
};

} // namespace plein::app
