#include "AppUnderTest.h"
#include "ReactionPictures.h"
#include "Startup.h"
#include "WindowShots.h"
#include "Wait.h"

#include <QDir>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExpression>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <catch2/catch.hpp>

Q_IMPORT_QML_PLUGIN(PleinPlugin)

namespace plein::test {

namespace {
void prepareOnce()
{
    static bool done = false;
    if (done) return;
    done = true;
    app::installFonts();
    // The tests read English text whatever the machine's language.
    app::installTranslator(QLocale(QLocale::English, QLocale::UnitedKingdom));
    app::prepareQuick();
}

sync::SyncEngine::Options quickOptions()
{
    // Reconnect and resend quickly, so going offline and back fits in a test.
    sync::SyncEngine::Options o;
    o.realtime.backoffBaseMs = 100;
    o.realtime.backoffCapMs = 500;
    o.outboxRetryBaseMs = 100;
    o.outboxRetryCapMs = 500;
    return o;
}

QQuickItem *findVisible(QQuickItem *root, const QString &name)
{
    if (!root || !root->isVisible()) return nullptr;
    if (root->objectName() == name) return root;
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findVisible(child, name)) return found;
    }
    return nullptr;
}
} // namespace

AppUnderTest::AppUnderTest(app::Session::Prefill prefill, const QString &home)
{
    prepareOnce();
    m_home = home.isEmpty() ? m_dir.path() : home;
    m_session = std::make_unique<app::Session>(
        account::AccountPaths{m_home + QStringLiteral("/accounts.ini"), m_home}, quickOptions());
    m_session->setPrefill(std::move(prefill));
    app::Session::setInstance(m_session.get());
    // As the app does: a saved account starts reopening before the window is made, so the
    // window never makes the sign-in screen for it.
    m_session->start();
    m_engine = std::make_unique<QQmlApplicationEngine>();
    app::ReactionPictures::install(*m_engine);
    m_engine->load(QUrl(QStringLiteral("qrc:/Plein/Main.qml")));
    REQUIRE(!m_engine->rootObjects().isEmpty());
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    REQUIRE(m_window);
    m_window->resize(app::kDesktopSize);
    m_window->requestActivate();
    REQUIRE(waitUntil([&] { return !m_session->isRestoring() && m_window->isExposed(); }, 10000));
}

AppUnderTest::~AppUnderTest()
{
    // QML first: it holds the session's models.
    m_engine.reset();
    m_session.reset();
}

QString AppUnderTest::shotsDir()
{
    const QString fromEnv = qEnvironmentVariable("PLEIN_SHOTS_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(PLEIN_DEFAULT_SHOTS_DIR) : fromEnv;
}

QQuickItem *AppUnderTest::item(const QString &name, QQuickItem *root) const
{
    return findVisible(root ? root : m_window->contentItem(), name);
}

QString AppUnderTest::text(const QString &name, QQuickItem *root) const
{
    QQuickItem *found = item(name, root);
    if (!found) return {};
    // Rendered Markdown carries markup in `text`; what a reader sees is in `plainText`.
    const QVariant plain = found->property("plainText");
    return plain.isValid() ? plain.toString() : found->property("text").toString();
}

QQuickItem *AppUnderTest::feedRow(int row) const
{
    QQuickItem *list = item(QStringLiteral("feedList"));
    if (!list) return nullptr;
    QQuickItem *delegate = nullptr;
    QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, delegate), Q_ARG(int, row));
    return delegate;
}

QString AppUnderTest::feedText(int row, const QString &name) const
{
    QQuickItem *delegate = feedRow(row);
    return delegate ? text(name, delegate) : QString();
}

void AppUnderTest::click(const QString &name, QQuickItem *root)
{
    QQuickItem *target = item(name, root);
    INFO("clicking " << name.toStdString());
    REQUIRE(target);
    const QPoint centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2)).toPoint();
    QTest::mouseClick(m_window, Qt::LeftButton, {}, centre);
}

void AppUnderTest::type(const QString &name, const QString &text)
{
    QQuickItem *target = item(name);
    INFO("typing into " << name.toStdString());
    REQUIRE(target);
    target->forceActiveFocus();
    // QTest has no keyClicks() for a QWindow; one key at a time, like a person types.
    for (const QChar c : text) QTest::keyClick(m_window, c.toLatin1());
}

void AppUnderTest::press(Qt::Key key) { QTest::keyClick(m_window, key); }

void AppUnderTest::setPage(const QString &page)
{
    m_window->setProperty("currentPage", page);
    app::settle(50);
}

void AppUnderTest::setScheme(const QString &scheme)
{
    // Theme is a QML singleton: set it the way Main.qml would, in the window's context.
    QQmlExpression set(qmlContext(m_window), m_window, QStringLiteral("Theme.scheme = \"%1\"").arg(scheme));
    set.evaluate();
    REQUIRE_FALSE(set.hasError());
    app::settle(50);
}

bool AppUnderTest::shoot(const QString &name)
{
    const QDir dir(shotsDir());
    const bool phone = app::saveWindowShot(m_window, app::kPhoneSize, dir.filePath(name + QStringLiteral("-phone.png")));
    const bool tablet = app::saveWindowShot(m_window, app::kTabletSize, dir.filePath(name + QStringLiteral("-tablet.png")));
    const bool desktop = app::saveWindowShot(m_window, app::kDesktopSize, dir.filePath(name + QStringLiteral("-desktop.png")));
    return phone && tablet && desktop;
}

} // namespace plein::test
