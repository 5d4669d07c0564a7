#include "ReactionPictures.h"
#include "ReactionEmoji.h"

#include <QImageReader>
#include <QQmlEngine>

namespace plein::app {

ReactionPictures::ReactionPictures()
    : QQuickImageProvider(QQuickImageProvider::Image)
{
}

QImage ReactionPictures::requestImage(const QString &id, QSize *size, const QSize &)
{
    QImage picture;
    // Only the shipped kinds: the id comes from QML, and a path built from it must stay inside
    // the pictures.
    if (reaction_emoji::kinds().contains(id)) {
        // Told it is PNG and not to guess: guessing asks every image format plugin first, which
        // loads them all.
        QImageReader reader(QStringLiteral(":/emoji/%1.png").arg(id), "png");
        reader.setAutoDetectImageFormat(false);
        picture = reader.read();
    }
    if (size) *size = picture.size();
    return picture;
}

void ReactionPictures::install(QQmlEngine &engine)
{
    engine.addImageProvider(QString::fromLatin1(kProviderId), new ReactionPictures);
}

} // namespace plein::app
