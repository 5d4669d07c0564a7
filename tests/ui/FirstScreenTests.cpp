// A saved account's first screen, in a process of its own: it must come up without loading the
// Qt Quick Controls style, which held back a cold start's first frame by about 10 ms, the
// QtQuick.Templates plugin its popups and dialogs are built on (about 5 ms more), the colour
// emoji font or the image format plugins (docs/performance.md, docs/decisions.md). Its own
// executable, because any earlier screen in the same process (the sign-in screen, say) would
// have loaded the style already.
#include "AppUnderTest.h"
#include "ServerProcess.h"
#include "Wait.h"
#include "account/Account.h"

#include <QCoroTask>
#include <QFile>
#include <QFont>
#include <QRawFont>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace plein;
using namespace plein::test;

namespace {
// Whether a file (a shared library, a font) whose name contains `name` is mapped into this process.
bool fileMapped(const QByteArray &name)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains(name);
}
}

TEST_CASE("a saved account's feed comes up without the Controls style or the Templates, which load with the first screen that needs them", "[ui]")
{
    ServerProcess server;
    REQUIRE(server.start());
    QTemporaryDir home;
    // Signed in without any screen, as an account saved by an earlier run is.
    {
        account::Account account(account::AccountPaths{home.filePath(QStringLiteral("accounts.ini")), home.path()},
                                 sync::SyncEngine::Options{});
        auto signingIn = account.signIn(server.url().toString(), QStringLiteral("bram@plein.demo"),
                                        QStringLiteral("demo-password"));
        const auto result = QCoro::waitFor(signingIn);
        REQUIRE(result.error == account::Account::SignInError::None);
        REQUIRE(waitUntil([&] { return account.sync()->isBootstrapped(); }, 15000));
        account.sync()->stop();
    }

    const QByteArray style = "libqtquickcontrols2basicstyleplugin";
    const QByteArray templates = "libqtquicktemplates2plugin";
    REQUIRE_FALSE(fileMapped(style));
    REQUIRE_FALSE(fileMapped(templates));
    AppUnderTest app({}, home.path());
    REQUIRE(app.session().isSignedIn());
    REQUIRE(waitUntil([&] { return !app.feedText(0, QStringLiteral("postBody")).isEmpty(); }, 5000));
    REQUIRE(app.isShown(QStringLiteral("composer")));
    CHECK_FALSE(fileMapped(style));
    CHECK_FALSE(fileMapped(templates));
    // Reactions show the pictures the app ships: the colour emoji font (10 MB, a glyph's PNG
    // decoded at every use) stays unopened on the first screen.
    REQUIRE(app.isShown(QStringLiteral("reaction_love")));
    CHECK_FALSE(fileMapped("NotoColorEmoji"));
    // ...through the app's image provider, which reads them as PNG: by their file name, Qt Quick
    // loaded every image format plugin (Qt Svg among them) to list the formats it could read.
    QQuickItem *lovePicture = app.item(QStringLiteral("reactionPicture"), app.item(QStringLiteral("reaction_love")));
    REQUIRE(lovePicture);
    CHECK(lovePicture->property("status").toInt() == 1); // Image.Ready
    CHECK(lovePicture->property("sourceSize").toSize() == QSize(34, 32));
    CHECK_FALSE(fileMapped("/imageformats/"));
    // The icons come from the bundled font under its own family, not from a system copy.
    CHECK(QRawFont::fromFont(QFont(QStringLiteral("Plein Material"))).familyName() == QStringLiteral("Plein Material"));

    // The probe sees the style once a screen that uses it opens.
    app.setPage(QStringLiteral("groups"));
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("groupsScreen")); }, 5000));
    CHECK(fileMapped(style));

    // Attaching a file opens Qt's own file dialog where the desktop offers none to Qt 6, as here.
    app.setPage(QStringLiteral("feed"));
    REQUIRE(waitUntil([&] { return app.isShown(QStringLiteral("composerAttach")); }, 5000));
    app.click(QStringLiteral("composerAttach"));
    // Made once its folder list (Qt.labs.folderlistmodel) is loaded; without that module Qt 6.4
    // crashed here (scripts/setup-deps installs it).
    REQUIRE(waitUntil([&] { return fileMapped("folderlistmodel"); }, 5000));
    QTest::qWait(300); // its folder listed and its opening transition done
    REQUIRE(app.shoot(QStringLiteral("file-picker")));
}
