// plein-reaction-emoji DIR: writes DIR/<kind>.png for every reaction kind, drawn from the colour
// emoji font (fonts-noto-color-emoji). Run it when that font or the kinds change:
//   cmake --build build/dev --target plein-reaction-emoji
//   QT_QPA_PLATFORM=offscreen build/dev/app/plein-reaction-emoji resources/emoji
// test_glyphs fails when the pictures no longer match what the font draws.
#include "ReactionEmoji.h"

#include <QDir>
#include <QGuiApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: plein-reaction-emoji DIR\n");
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    for (const QString &kind : plein::app::reaction_emoji::kinds()) {
        const QImage picture = plein::app::reaction_emoji::render(kind);
        const QString path = dir.filePath(kind + QStringLiteral(".png"));
        if (picture.isNull() || !picture.save(path)) {
            std::fprintf(stderr, "could not write %s\n", qPrintable(path));
            return 1;
        }
        std::printf("%s\n", qPrintable(path));
    }
    return 0;
}
