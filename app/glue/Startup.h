#pragma once
// What every run of the UI does before QML loads, in the app and in the UI tests alike.
#include <QLocale>

class QTranslator;

namespace plein::app {

// Registers the bundled Inter and Material Icons (as "Plein Material") fonts. Safe on any thread
// (QFontDatabase is thread-safe): the app does it beside the QML type loading.
bool registerFonts();
// Makes the bundled Inter the application font; on the GUI thread, after registerFonts().
void useAppFont();
// Both, one after the other.
bool installFonts();
// Loads the translation for `locale`, falling back to English; returns the installed translator.
QTranslator *installTranslator(const QLocale &locale = QLocale::system());
// The Basic style (ours to shape entirely), and the software renderer where there is no screen.
void prepareQuick();

} // namespace plein::app
