#pragma once
// The icon font (Material Icons, registered as "Plein Material") is drawn by codepoint, not by
// ligature name. Shaping a name such as "chat_bubble_outline" runs it through the font's two
// thousand ligatures; the first screen's icons cost a cold start about 2.4 ms of the main
// thread's CPU that way, 6 to 7 ms over all threads (docs/performance.md). Screens still name
// icons: Icon.qml asks for the codepoint here.
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <span>

namespace plein::app {

class IconFont : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    using QObject::QObject;

    struct Entry {
        const char16_t *name;
        char16_t codepoint;
    };

    // The text that draws `name`: its codepoint, or the name itself (the font's ligature, slower
    // but still right) for a name missing from the table.
    Q_INVOKABLE QString glyph(const QString &name) const { return text(name); }

    static QString text(QStringView name);
    // Zero when the name is not in the table.
    static char16_t codepoint(QStringView name);
    // Every name the screens use, sorted; tests check each against the font.
    static std::span<const Entry> entries();
};

} // namespace plein::app
