#pragma once
// One post's comments, oldest first, as cached; follows the store's change notices precisely.
// Comments of one post are few, so the whole list is held.
#include "store/CommentStore.h"
#include "store/Store.h"

#include <QAbstractListModel>

namespace plein::models {

class CommentsModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString postId READ postId CONSTANT)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        AuthorRole,
        AuthorIdRole,
        InitialsRole,
        BodyRole,
        CreatedAtRole, // QDateTime, UTC
        EditedRole,
        VersionRole,
        ReactionsRole,   // QVariantMap kind -> count
        MyReactionsRole, // QStringList
        PendingRole,
        FailedRole,
        ErrorRole,
    };
    Q_ENUM(Role)

    CommentsModel(store::Store *store, QString postId, QObject *parent = nullptr);

    QString postId() const { return m_postId; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    Q_INVOKABLE int indexOf(const QString &id) const;
    const store::CommentRow &at(int row) const { return m_rows.at(row); }

Q_SIGNALS:
    void countChanged();

private:
    void onStoreChanged(const store::StoreChanges &changes);
    void upsertRow(const QString &id);
    void removeRow(const QString &id);

    store::Store *m_store;
    QString m_postId;
    QList<store::CommentRow> m_rows;
};

} // namespace plein::models
