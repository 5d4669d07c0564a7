#pragma once
// One conversation's messages as a list model, newest at row 0 (chat views lay out bottom to
// top). A window over the cache that grows towards older messages: from the cache first, then
// pages from the server. Follows the store's change notices with precise row changes.
#include "store/ConversationStore.h"
#include "store/MessageStore.h"
#include "store/Store.h"

#include <QAbstractListModel>
#include <QCoroTask>
#include <QPointer>
#include <functional>

namespace plein::models {

class TypingTracker;

class MessagesModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString conversationId READ conversationId CONSTANT)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool atEnd READ isAtEnd NOTIFY atEndChanged)
    // The oldest message that was unread when the conversation was last opened ("" none).
    Q_PROPERTY(QString firstUnreadId READ firstUnreadId NOTIFY firstUnreadIdChanged)
    // Others typing now, by name.
    Q_PROPERTY(QStringList typingNames READ typingNames NOTIFY typingNamesChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        MessageIdRole,   // the same as id, for delegates that cannot name a property "id"
        AuthorRole,
        AuthorIdRole,
        InitialsRole,
        BodyRole,
        CreatedAtRole,   // QDateTime, UTC
        EditedRole,
        PositionRole,
        MineRole,
        PendingRole,
        FailedRole,
        ErrorRole,
        FirstOfDayRole,  // the older neighbour is on another local day (or there is none)
        FirstOfRunRole,  // the older neighbour has another author or is more than 5 minutes older
        ReplyToIdRole,
        ReplyToAuthorRole,
        ReplyToExcerptRole,
        ReplyToDeletedRole,
        AttachmentsRole, // as FeedModel's
        ReactionsRole,   // QVariantMap kind -> count
        MyReactionsRole, // QStringList
        ReadByCountRole, // other members whose read marker reached this message
        ReadByAllRole,
        VersionRole,
    };
    Q_ENUM(Role)

    using ServerPager = std::function<QCoro::Task<bool>()>;

    MessagesModel(store::Store *store, QString conversationId, QObject *parent = nullptr);
    void setServerPager(ServerPager pager, std::function<bool()> serverHasMore);
    void setTypingTracker(TypingTracker *tracker);
    void setPageSize(int size) { m_pageSize = size; }

    QString conversationId() const { return m_conversationId; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    bool isLoading() const { return m_loading; }
    bool isAtEnd() const;
    QString firstUnreadId() const { return m_firstUnreadId; }
    QStringList typingNames() const;
    Q_INVOKABLE int indexOf(const QString &id) const;
    const store::MessageRow &at(int row) const { return m_rows.at(row); }

    // The conversation is being opened: remember where unread starts (and load down to it).
    void markOpened();
    void setUploadProgress(const QString &fileId, qint64 sent, qint64 total);

Q_SIGNALS:
    void countChanged();
    void loadingChanged();
    void atEndChanged();
    void firstUnreadIdChanged();
    void typingNamesChanged();

private:
    void onStoreChanged(const store::StoreChanges &changes);
    void upsertRow(const QString &id);
    void removeRow(const QString &id);
    void appendFromStore();
    QCoro::Task<> fetchFromServer();
    void loadDownToFirstUnread();
    void reloadConversation();
    void olderNeighbourChanged(int row);
    void setLoading(bool loading);
    void checkAtEnd();

    store::Store *m_store;
    QString m_conversationId;
    QString m_me;
    store::ConversationRow m_conversation;
    QList<store::MessageRow> m_rows; // newest first
    QHash<QString, double> m_uploadProgress;
    QString m_firstUnreadId;
    qint64 m_openedReadPosition = -1; // my read marker when the conversation was last opened
    qint64 m_pagedDownTo = -1;        // history start when the last page towards it was asked
    QPointer<TypingTracker> m_typing;
    int m_pageSize = 50;
    bool m_storeExhausted = false;
    bool m_loading = false;
    bool m_lastAtEnd = false;
    ServerPager m_pager;
    std::function<bool()> m_serverHasMore;
};

} // namespace plein::models
