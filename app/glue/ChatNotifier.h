#pragma once
// Desktop notifications for chat messages: freedesktop notifications over D-Bus on Linux (one
// per conversation, replaced as more messages come in); clicking one asks to open that
// conversation. Calls are asynchronous: a missing notification service never blocks the screen.
#include <QHash>
#include <QObject>
#include <QVariantMap>

namespace plein::app {

class ChatNotifier : public QObject {
    Q_OBJECT
public:
    explicit ChatNotifier(QObject *parent = nullptr);
    ~ChatNotifier() override;

    void show(const QString &conversationId, const QString &title, const QString &body);
    // The conversation was read (here or on another device): its notification goes away.
    void withdraw(const QString &conversationId);
    bool isShowing(const QString &conversationId) const { return m_ids.contains(conversationId); }
    // What was asked to be shown, in order (for tests and for platforms without a service).
    const QList<QVariantMap> &shown() const { return m_shown; }

Q_SIGNALS:
    void activated(const QString &conversationId);

private Q_SLOTS: // connected by name to the service's D-Bus signals
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:

    QHash<QString, uint> m_ids; // conversation -> the service's notification id
    bool m_listening = false;   // connected to the service's signals
    QList<QVariantMap> m_shown;
};

} // namespace plein::app
