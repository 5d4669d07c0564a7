#include "Startup.h"

#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQuickWindow>
#include <QStringEncoder>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcStartup, "plein.startup")

namespace plein::app {

namespace {
// The icon font is registered under a family of its own. Under its own name, "Material Icons",
// the system's copy wins when there is one: Debian's is WOFF2, which FreeType decompresses at
// every start (about 5 ms of a cold start, docs/performance.md), and another version of the font
// could lack ligatures the screens use. The new name has the same length, so the name table's
// offsets stay valid; the names there are UTF-16 big-endian.
QByteArray renamedIconFont(QByteArray font)
{
    static_assert(sizeof("Material Icons") == sizeof("Plein Material"));
    QStringEncoder utf16be(QStringConverter::Utf16BE);
    const QByteArray from = utf16be.encode(u"Material Icons");
    const QByteArray to = utf16be.encode(u"Plein Material");
    return font.replace(from, to);
}

bool registered(int id, const char *file)
{
    if (id < 0) qCWarning(lcStartup) << "could not load font" << file;
    return id >= 0;
}
}

bool registerFonts()
{
    bool ok = true;
    for (const char *file : {":/fonts/Inter-Regular.otf", ":/fonts/Inter-SemiBold.otf"})
        ok &= registered(QFontDatabase::addApplicationFont(QString::fromLatin1(file)), file);
    const char *iconFile = ":/fonts/MaterialIcons-Regular.ttf";
    QFile icons(QString::fromLatin1(iconFile));
    const int iconId = icons.open(QIODevice::ReadOnly) ? QFontDatabase::addApplicationFontFromData(renamedIconFont(icons.readAll())) : -1;
    ok &= registered(iconId, iconFile);
    return ok;
}

void useAppFont()
{
    QFont font(QStringLiteral("Inter"));
    font.setPixelSize(14);
    // Unhinted, as macOS, iOS and Android draw text: the same shapes on every platform, and
    // FreeType skips its hinter for every glyph a screen lays out and draws (about 4 ms of a
    // cold start, docs/performance.md). Every Text inherits this unless it sets its own.
    font.setHintingPreference(QFont::PreferNoHinting);
    QGuiApplication::setFont(font);
}

bool installFonts()
{
    const bool ok = registerFonts();
    useAppFont();
    return ok;
}

QTranslator *installTranslator(const QLocale &locale)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    // English source strings are complete on their own; plein_en only exists for symmetry.
    if (translator->load(locale, QStringLiteral("plein"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QLocale::setDefault(locale);
    } else if (!translator->load(QStringLiteral(":/i18n/plein_en"))) {
        qCWarning(lcStartup) << "no translation for" << locale.name();
    }
    QCoreApplication::installTranslator(translator);
    return translator;
}

void prepareQuick()
{
    // As QQuickStyle::setStyle would, without linking Qt Quick Controls' library for it: the
    // variable wins over a desktop's own (Plasma sets org.kde.desktop) and over any
    // qtquickcontrols2.conf.
    qputenv("QT_QUICK_CONTROLS_STYLE", "Basic");
    // Without a display there may be no OpenGL; the software renderer still grabs windows.
    if (QGuiApplication::platformName() == QLatin1String("offscreen") || QGuiApplication::platformName() == QLatin1String("minimal"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
}

} // namespace plein::app
