#pragma once
// The Markdown subset posts and comments use, turned into Qt's StyledText: **bold**, *italic*
// (or _italic_), [links](https://...), mentions [@Name](plein:user/<id>), "- " and "1. " lists,
// paragraphs and line breaks. Everything else is text: `<` and `&` are escaped first, so a post
// can never inject markup, and links keep only http, https, mailto and plein addresses.
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace plein::app {

class Markdown : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    using QObject::QObject;

    // Links take the Text item's linkColor, so they follow the theme.
    Q_INVOKABLE QString toStyledText(const QString &markdown) const { return render(markdown); }
    // The same without markup, for accessibility names and previews.
    Q_INVOKABLE QString toPlainText(const QString &markdown) const { return plain(markdown); }

    static QString render(const QString &markdown);
    static QString plain(const QString &markdown);
};

} // namespace plein::app
