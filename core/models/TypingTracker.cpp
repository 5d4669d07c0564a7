#include "TypingTracker.h"

namespace plein::models {

TypingTracker::TypingTracker(QObject *parent, int expireMs) : QObject(parent), m_expireMs(expireMs)
{
    m_timer.setInterval(std::max(100, expireMs / 6));
    connect(&m_timer, &QTimer::timeout, this, &TypingTracker::expire);
}

void TypingTracker::noteTyping(const QString &conversationId, const QString &userId)
{
    auto &users = m_until[conversationId];
    const bool isNew = !users.contains(userId);
    users.insert(userId, QDateTime::currentMSecsSinceEpoch() + m_expireMs);
    if (!m_timer.isActive()) m_timer.start();
    if (isNew) Q_EMIT changed(conversationId);
}

void TypingTracker::noteMessage(const QString &conversationId, const QString &userId)
{
    auto it = m_until.find(conversationId);
    if (it == m_until.end() || !it->remove(userId)) return;
    if (it->isEmpty()) m_until.erase(it);
    Q_EMIT changed(conversationId);
}

QStringList TypingTracker::typingUsers(const QString &conversationId) const
{
    QStringList users = m_until.value(conversationId).keys();
    users.sort();
    return users;
}

void TypingTracker::expire()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QStringList touched;
    for (auto it = m_until.begin(); it != m_until.end();) {
        const qsizetype before = it->size();
        for (auto user = it->begin(); user != it->end();) user = user.value() <= now ? it->erase(user) : std::next(user);
        if (it->size() != before) touched.append(it.key());
        it = it->isEmpty() ? m_until.erase(it) : std::next(it);
    }
    if (m_until.isEmpty()) m_timer.stop();
    for (const QString &c : touched) Q_EMIT changed(c);
}

} // namespace plein::models
