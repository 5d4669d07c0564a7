#pragma once
// The feed as a list model: a window over the store's posts in feed order, newest first. It
// pages from the store, asks the server for older pages when the store runs out, and follows
// the store's change notices with precise inserts, moves, updates and removals.
#include "store/PostStore.h"
#include "store/Store.h"

#include <QAbstractListModel>
#include <QCoroTask>
#include <functional>

namespace plein::models {

class FeedModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool atEnd READ isAtEnd NOTIFY atEndChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        AuthorRole,       // display name
        AuthorIdRole,
        InitialsRole,     // for the avatar fallback
        BodyRole,
        GroupRole,        // group name; empty for posts to everyone
        CreatedAtRole,    // QDateTime, UTC
        EditedRole,       // bool
        LikeCountRole,
        CommentCountRole,
        PendingRole,      // bool: written here, not yet confirmed by the server
        FailedRole,       // bool: the server refused it; see ErrorRole
        ErrorRole,
        GroupIdRole,
        VersionRole,
        AnnouncementRole, // bool
        AcknowledgedRole, // bool: I marked it as read
        ReadCountRole,
        ReactionsRole,    // QVariantMap kind -> count
        MyReactionsRole,  // QStringList
        AttachmentsRole,  // QVariantList of maps: id, name, size, mime, url, thumbnailUrl, width,
                          // height, localPath, uploadState ("" uploaded, pending, failed), uploadProgress (0..1)
        ConflictRole,     // bool: my edit met a newer version; ConflictBodyRole holds my text
        ConflictBodyRole,
    };
    Q_ENUM(Role)

    // Loads older pages from the server into the store; resolves to false when there are none.
    using ServerPager = std::function<QCoro::Task<bool>()>;

    explicit FeedModel(store::Store *store, QObject *parent = nullptr);
    FeedModel(store::Store *store, store::FeedScope scope, QObject *parent = nullptr);
    const store::FeedScope &scope() const { return m_scope; }
    void setServerPager(ServerPager pager, std::function<bool()> serverHasMore);
    void setPageSize(int size);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    bool isLoading() const { return m_loading; }
    bool isAtEnd() const;
    Q_INVOKABLE int indexOf(const QString &id) const;
    const store::PostRow &at(int row) const { return m_rows.at(row); }

    static QString initialsOf(const QString &name);

    // Upload progress of one attached file, shown on its post until the upload finishes.
    void setUploadProgress(const QString &fileId, qint64 sent, qint64 total);

Q_SIGNALS:
    void loadingChanged();
    void atEndChanged();
    void countChanged();

private:
    void reload();
    void refreshWindow(); // membership changed: which posts belong here may have changed
    QVariantList attachmentsOf(const store::PostRow &row) const;
    void appendFromStore();
    QCoro::Task<> fetchFromServer();
    void onStoreChanged(const store::StoreChanges &changes);
    void upsertRow(const QString &id);
    void removeRow(const QString &id);
    int insertPosition(const store::FeedKey &key) const;
    static store::FeedKey keyOf(const store::PostRow &row);
    void setLoading(bool loading);

    store::Store *m_store;
    store::FeedScope m_scope;
    QList<store::PostRow> m_rows;
    QHash<QString, double> m_uploadProgress; // file id -> 0..1
    int m_pageSize = 50;
    bool m_storeExhausted = false; // every stored post older than the last row is loaded
    bool m_loading = false;
    bool m_lastAtEnd = false;
    ServerPager m_pager;
    std::function<bool()> m_serverHasMore;
};

} // namespace plein::models
