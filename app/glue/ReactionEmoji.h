#pragma once
// The reactions' emoji as small pictures the app ships (resources/emoji), drawn once from the
// colour emoji font by plein-reaction-emoji. Reaction chips show the pictures: drawn as text,
// the two or three on a first screen made a cold start load the 10 MB emoji font, look through
// the fallback fonts and decode each glyph's PNG five times, about 3 ms (docs/performance.md).
#include <QImage>
#include <QObject>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace plein::app::reaction_emoji {

// Twice the size of an emoji in 16 px text (17 x 16), so chips stay sharp on 2x screens.
inline constexpr QSize kPictureSize{34, 32};

// Every reaction kind, in display order (protocol::ReactionKind).
QStringList kinds();
// The emoji of a kind; empty for a kind this app does not know.
QString text(const QString &kind);
// The kind's emoji drawn by the colour emoji font, scaled smoothly to kPictureSize; a null
// image for an unknown kind.
QImage render(const QString &kind);

} // namespace plein::app::reaction_emoji

namespace plein::app {

// The same to the screens: the kinds, and the emoji where a screen still shows one as text
// (the reaction pickers, who reacted).
class ReactionEmoji : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QStringList kinds READ kinds CONSTANT)
public:
    using QObject::QObject;
    QStringList kinds() const { return reaction_emoji::kinds(); }
    Q_INVOKABLE QString emoji(const QString &kind) const { return reaction_emoji::text(kind); }
    // The kind's shipped picture, for an Image (ReactionPictures).
    Q_INVOKABLE QString picture(const QString &kind) const;
};

} // namespace plein::app
