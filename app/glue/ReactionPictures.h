#pragma once
// The reactions' pictures (resources/emoji) to Image items, as "image://reaction/<kind>".
// Through an image provider, not by their qrc: address: Qt Quick's first load of an image file
// asks QImageReader for every format it supports, which loads all of the image format plugins
// (GIF, ICO, JPEG, SVG with Qt Svg): about 2.3 ms of a cold start's main thread for the two or
// three reaction chips of a first screen (docs/performance.md). The pictures are PNG, which
// QtGui reads itself.
#include <QQuickImageProvider>

class QQmlEngine;

namespace plein::app {

class ReactionPictures : public QQuickImageProvider {
public:
    // The provider's name in image URLs.
    static constexpr const char *kProviderId = "reaction";

    ReactionPictures();
    // `id` is a reaction kind; a null image (Image shows nothing, status Error) for one the app
    // does not know. `requestedSize` is ignored: the picture is at twice its shown size.
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

    // Gives `engine` a provider of its own (the engine owns it).
    static void install(QQmlEngine &engine);
};

} // namespace plein::app
