#pragma once
// Who is typing where, from the live stream's ephemeral typing frames. Nothing is stored: a
// name goes away a few seconds after that person's last frame.
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace plein::models {

class TypingTracker : public QObject {
    Q_OBJECT
public:
    explicit TypingTracker(QObject *parent = nullptr, int expireMs = 6000);

    void noteTyping(const QString &conversationId, const QString &userId);
    // A message from them ends their typing at once.
    void noteMessage(const QString &conversationId, const QString &userId);
    QStringList typingUsers(const QString &conversationId) const;

Q_SIGNALS:
    void changed(const QString &conversationId);

private:
    void expire();

    int m_expireMs;
    QHash<QString, QHash<QString, qint64>> m_until; // conversation -> user -> ms since epoch
    QTimer m_timer;
};

} // namespace plein::models
