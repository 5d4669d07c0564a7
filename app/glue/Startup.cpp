#include "Startup.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcStartup, "plein.startup")

namespace plein::app {

bool installFonts()
{
    bool ok = true;
    for (const char *file : {":/fonts/Inter-Regular.otf", ":/fonts/Inter-SemiBold.otf", ":/fonts/MaterialIcons-Regular.ttf"}) {
        if (QFontDatabase::addApplicationFont(QString::fromLatin1(file)) < 0) {
            qCWarning(lcStartup) << "could not load font" << file;
            ok = false;
        }
    }
    QFont font(QStringLiteral("Inter"));
    font.setPixelSize(14);
    QGuiApplication::setFont(font);
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
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    // Without a display there may be no OpenGL; the software renderer still grabs windows.
    if (QGuiApplication::platformName() == QLatin1String("offscreen") || QGuiApplication::platformName() == QLatin1String("minimal"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
}

} // namespace plein::app
