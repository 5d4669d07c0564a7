#pragma once
// Chat for QML: my conversations, one conversation's messages, and what the user does there.
// Follows the Session's account: models are made when an account opens and dropped when it
// closes. Marks the open conversation read while the window is active, and shows a desktop
// notification for a new message elsewhere (not muted).
#include "models/ConversationsModel.h"
#include "models/MessagesModel.h"
#include "models/TypingTracker.h"

#include <QCoroTask>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace plein::net {
struct NetError;
}
namespace plein::store {
class Store;
struct StoreChanges;
}

namespace plein::app {

class ChatNotifier;
class Session;

class Chats : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(plein::models::ConversationsModel *conversations READ conversations NOTIFY conversationsChanged)
    Q_PROPERTY(int totalUnread READ totalUnread NOTIFY totalUnreadChanged)
    Q_PROPERTY(QString currentConversationId READ currentConversationId WRITE setCurrentConversationId NOTIFY
                   currentConversationIdChanged)
public:
    explicit Chats(QObject *parent = nullptr);
    ~Chats() override;

    // Made when first asked for (the chat list); the unread total does not need it.
    models::ConversationsModel *conversations();
    int totalUnread() const { return m_conversations ? m_conversations->totalUnread() : m_totalUnread; }
    QString currentConversationId() const { return m_current; }
    void setCurrentConversationId(const QString &id);

    Q_INVOKABLE plein::models::MessagesModel *messages(const QString &conversationId);
    Q_INVOKABLE QVariantMap conversationInfo(const QString &conversationId) const;
    Q_INVOKABLE void startDirect(const QString &userId);
    Q_INVOKABLE void createGroupConversation(const QString &title, const QStringList &userIds);
    Q_INVOKABLE void addMember(const QString &conversationId, const QString &userId);
    Q_INVOKABLE void removeMember(const QString &conversationId, const QString &userId);
    Q_INVOKABLE void leave(const QString &conversationId);
    Q_INVOKABLE void setMuted(const QString &conversationId, bool muted);
    Q_INVOKABLE void rename(const QString &conversationId, const QString &title);
    Q_INVOKABLE void send(const QString &conversationId, const QString &body, const QString &replyToId,
                          const QStringList &files);
    Q_INVOKABLE void editMessage(const QString &messageId, const QString &body);
    Q_INVOKABLE void deleteMessage(const QString &messageId);
    Q_INVOKABLE void retry(const QString &messageId);
    Q_INVOKABLE void discard(const QString &messageId);
    Q_INVOKABLE void setReaction(const QString &messageId, const QString &kind, bool on);
    // Call on every edit of the text field: at most one frame goes out every few seconds.
    Q_INVOKABLE void typing(const QString &conversationId);

    // The notifications asked for so far, oldest first: {conversationId, title, body} (tests
    // read them; the desktop shows them through D-Bus).
    Q_INVOKABLE QVariantList shownNotifications() const;

Q_SIGNALS:
    void conversationsChanged();
    void totalUnreadChanged();
    void currentConversationIdChanged();
    void conversationReady(const QString &id);
    void messageQueued(const QString &conversationId, const QString &messageId);
    void sendFailed(const QString &message);
    void notice(const QString &message);
    void openRequested(const QString &conversationId);

private:
    void attach();
    void detach();
    void onStoreChanged(const store::StoreChanges &changes);
    void markCurrentRead();
    bool windowActive() const;
    QCoro::Task<> change(QString conversationId, QByteArray verb, QString subPath, QByteArray body, QString failure);
    QCoro::Task<> start(QStringList memberIds, QString title);
    QCoro::Task<> writeMessage(QString conversationId, QString body, QString replyToId, QStringList files);
    void notifyArrived(const QStringList &messageIds);
    QString messageFor(const net::NetError &error) const;

    QPointer<Session> m_session;
    store::Store *m_store = nullptr;
    models::ConversationsModel *m_conversations = nullptr;
    // The unread total while there is no chat list model (store::conversations::totalUnread).
    int m_totalUnread = 0;
    void updateTotalUnread();
    models::TypingTracker m_typing;
    QHash<QString, QPointer<models::MessagesModel>> m_messages;
    std::unique_ptr<QObject, void (*)(QObject *)> m_models;
    std::unique_ptr<QObject> m_attachment;
    std::unique_ptr<ChatNotifier> m_notifier;
    QString m_current;
    QHash<QString, qint64> m_lastTypingSent; // conversation -> ms
};

} // namespace plein::app
