#include "ChatNotifier.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#ifdef PLEIN_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

Q_LOGGING_CATEGORY(lcNotify, "plein.notify")

namespace plein::app {

#ifdef PLEIN_HAVE_DBUS
namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
}
#endif

ChatNotifier::ChatNotifier(QObject *parent) : QObject(parent) {}

ChatNotifier::~ChatNotifier() = default;

void ChatNotifier::show(const QString &conversationId, const QString &title, const QString &body)
{
    m_shown.append({{QStringLiteral("conversationId"), conversationId}, {QStringLiteral("title"), title},
                    {QStringLiteral("body"), body}});
#ifdef PLEIN_HAVE_DBUS
    // The session bus is opened with the first notification, not at start-up.
    if (!m_listening) {
        m_listening = true;
        auto bus = QDBusConnection::sessionBus();
        bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this, SLOT(onActionInvoked(uint, QString)));
        bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this, SLOT(onClosed(uint, uint)));
    }
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    const uint replaces = m_ids.value(conversationId, 0);
    call << QCoreApplication::applicationName() << replaces << QStringLiteral("mail-message-new") << title << body
         << QStringList{QStringLiteral("default"), tr("Open")}
         << QVariantMap{{QStringLiteral("category"), QStringLiteral("im.received")},
                        {QStringLiteral("desktop-entry"), QStringLiteral("plein")}}
         << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, conversationId] {
        QDBusPendingReply<uint> reply = *watcher;
        watcher->deleteLater();
        if (reply.isError()) {
            qCInfo(lcNotify) << "no desktop notification:" << reply.error().message();
            return;
        }
        m_ids.insert(conversationId, reply.value());
    });
#endif
}

void ChatNotifier::withdraw(const QString &conversationId)
{
    const uint id = m_ids.take(conversationId);
    if (id == 0) return;
#ifdef PLEIN_HAVE_DBUS
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("CloseNotification"));
    call << id;
    QDBusConnection::sessionBus().asyncCall(call);
#endif
}

void ChatNotifier::onActionInvoked(uint id, const QString &action)
{
    Q_UNUSED(action);
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
        if (it.value() != id) continue;
        Q_EMIT activated(it.key());
        return;
    }
}

void ChatNotifier::onClosed(uint id, uint reason)
{
    Q_UNUSED(reason);
    for (auto it = m_ids.begin(); it != m_ids.end(); ++it) {
        if (it.value() != id) continue;
        m_ids.erase(it);
        return;
    }
}

} // namespace plein::app
