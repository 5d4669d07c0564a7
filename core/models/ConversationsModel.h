#pragma once
// My conversations, the most recent activity first, with unread counts; follows the store's
// change notices with precise moves and updates. A person has at most a few hundred
// conversations, so the whole list is held.
#include "store/ConversationStore.h"
#include "store/Store.h"

#include <QAbstractListModel>

namespace plein::models {

class ConversationsModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // Unread messages in conversations that are not muted: the badge on the Chats tab.
    Q_PROPERTY(int totalUnread READ totalUnread NOTIFY totalUnreadChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ConversationIdRole, // the same as id, for delegates that cannot name a property "id"
        TitleRole,          // a direct conversation's title is the other person's name
        DirectRole,
        InitialsRole,
        MemberCountRole,
        LastBodyRole,       // the last message on one line
        LastAuthorRole,
        LastMineRole,
        LastActivityAtRole, // QDateTime, UTC
        UnreadCountRole,
        MutedRole,
        LastPendingRole,    // my last message is not on the server yet
    };
    Q_ENUM(Role)

    ConversationsModel(store::Store *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    Q_INVOKABLE int indexOf(const QString &id) const;
    int totalUnread() const { return m_totalUnread; }
    const store::ConversationRow &at(int row) const { return m_rows.at(row); }

    // What a conversation is called for me: its title, or the other person's name.
    static QString titleFor(const protocol::Conversation &c, const QString &me);

Q_SIGNALS:
    void countChanged();
    void totalUnreadChanged();

private:
    void onStoreChanged(const store::StoreChanges &changes);
    void upsertRow(const QString &id);
    void removeRow(const QString &id);
    void updateTotal();

    store::Store *m_store;
    QString m_me;
    QList<store::ConversationRow> m_rows;
    int m_totalUnread = 0;
};

} // namespace plein::models
