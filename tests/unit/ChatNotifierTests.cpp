// ChatNotifier against a notification service on a real session bus (dbus-run-session): this
// test registers a small stand-in for the desktop's notification daemon, which is the one
// fake here, and checks what a user would see and what a click does.
#include <catch2/catch.hpp>

#include "ChatNotifier.h"
#include "Wait.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QSignalSpy>

namespace {
class NotificationDaemon : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Shown {
        uint replaces;
        QString summary;
        QString body;
        QStringList actions;
    };
    QList<Shown> shown;
    QList<uint> closed;

public Q_SLOTS:
    uint Notify(const QString &, uint replaces, const QString &, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &, int)
    {
        shown.append({replaces, summary, body, actions});
        return replaces ? replaces : uint(shown.size() + 100);
    }
    void CloseNotification(uint id) { closed.append(id); }

public:
    void click(uint id)
    {
        auto signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                                                 QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("ActionInvoked"));
        signal << id << QStringLiteral("default");
        QDBusConnection::sessionBus().send(signal);
    }
};
}

TEST_CASE("a chat notification shows the sender and text, is replaced per conversation, and a click opens it")
{
    auto bus = QDBusConnection::sessionBus();
    REQUIRE(bus.isConnected()); // run under dbus-run-session, as scripts/test does
    NotificationDaemon daemon;
    REQUIRE(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &daemon, QDBusConnection::ExportAllSlots));
    REQUIRE(bus.registerService(QStringLiteral("org.freedesktop.Notifications")));

    plein::app::ChatNotifier notifier;
    QSignalSpy opened(&notifier, &plein::app::ChatNotifier::activated);
    notifier.show(QStringLiteral("conv-1"), QStringLiteral("Anna de Vries"), QStringLiteral("Ben je er morgen?"));
    REQUIRE(plein::test::waitUntil([&] { return daemon.shown.size() == 1; }));
    CHECK(daemon.shown.at(0).summary == QStringLiteral("Anna de Vries"));
    CHECK(daemon.shown.at(0).body == QStringLiteral("Ben je er morgen?"));
    CHECK(daemon.shown.at(0).actions.contains(QStringLiteral("default")));
    CHECK(daemon.shown.at(0).replaces == 0);

    // A second message in the same conversation replaces the first notification.
    plein::test::waitUntil([] { return false; }, 100);
    notifier.show(QStringLiteral("conv-1"), QStringLiteral("Anna de Vries"), QStringLiteral("Om negen uur"));
    REQUIRE(plein::test::waitUntil([&] { return daemon.shown.size() == 2; }));
    CHECK(daemon.shown.at(1).replaces == 101);

    daemon.click(101);
    REQUIRE(plein::test::waitUntil([&] { return opened.count() == 1; }));
    CHECK(opened.first().at(0).toString() == QStringLiteral("conv-1"));

    // Read elsewhere: the notification is withdrawn.
    notifier.withdraw(QStringLiteral("conv-1"));
    REQUIRE(plein::test::waitUntil([&] { return daemon.closed == QList<uint>{101}; }));

    bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
    bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
}

#include "ChatNotifierTests.moc"
