// The reaction pictures the app ships (resources/emoji) against what the colour emoji font draws
// for each kind: they must show the same emoji, or be made again with plein-reaction-emoji.
#include "ReactionEmoji.h"
#include "ReactionPictures.h"

#include <QImage>
#include <catch2/catch.hpp>
#include <cmath>

namespace reaction_emoji = plein::app::reaction_emoji;

namespace {
// Mean difference per channel, 0 to 255.
double difference(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_ARGB32);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32);
    double sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col)
            sum += std::abs(qRed(p[col]) - qRed(q[col])) + std::abs(qGreen(p[col]) - qGreen(q[col])) +
                   std::abs(qBlue(p[col]) - qBlue(q[col])) + std::abs(qAlpha(p[col]) - qAlpha(q[col]));
    }
    return sum / (4.0 * x.width() * x.height());
}

int opaquePixels(const QImage &image)
{
    const QImage x = image.convertToFormat(QImage::Format_ARGB32);
    int n = 0;
    for (int row = 0; row < x.height(); ++row)
        for (int col = 0; col < x.width(); ++col) n += qAlpha(x.pixel(col, row)) > 128;
    return n;
}
}

TEST_CASE("the reaction pictures the app ships are what the emoji font draws for each kind", "[emoji]")
{
    REQUIRE(reaction_emoji::kinds().size() == 6);
    QList<QImage> shipped;
    for (const QString &kind : reaction_emoji::kinds()) {
        INFO(kind.toStdString());
        const QImage picture(QStringLiteral(":/emoji/%1.png").arg(kind));
        REQUIRE_FALSE(picture.isNull());
        REQUIRE(picture.size() == reaction_emoji::kPictureSize);
        // An emoji, not an empty square or the font's missing-glyph box.
        CHECK(opaquePixels(picture) > picture.width() * picture.height() / 4);
        const QImage drawn = reaction_emoji::render(kind);
        REQUIRE(drawn.size() == reaction_emoji::kPictureSize);
        CHECK(difference(picture, drawn) < 2.0);
        shipped.append(picture);
    }
    // Six different emoji.
    for (int i = 0; i < shipped.size(); ++i)
        for (int j = i + 1; j < shipped.size(); ++j) CHECK(difference(shipped.at(i), shipped.at(j)) > 10.0);
}

TEST_CASE("a reaction kind the app does not know has no emoji and no picture", "[emoji]")
{
    CHECK(reaction_emoji::text(QStringLiteral("shrug")).isEmpty());
    CHECK(reaction_emoji::render(QStringLiteral("shrug")).isNull());
    CHECK(reaction_emoji::text(QStringLiteral("love")) == QStringLiteral("\u2764"));
}

TEST_CASE("the screens get each reaction's picture by kind, and nothing for any other name", "[emoji]")
{
    plein::app::ReactionPictures pictures;
    for (const QString &kind : reaction_emoji::kinds()) {
        INFO(kind.toStdString());
        QSize size;
        const QImage picture = pictures.requestImage(kind, &size, QSize(17, 16));
        REQUIRE(picture.size() == reaction_emoji::kPictureSize);
        CHECK(size == reaction_emoji::kPictureSize);
        CHECK(difference(picture, QImage(QStringLiteral(":/emoji/%1.png").arg(kind))) == 0.0);
    }
    // Only the shipped kinds: not another resource, not a path.
    for (const char *name : {"shrug", "", "../fonts/Inter-Regular.otf", "love.png", "LOVE"}) {
        INFO(name);
        QSize size(1, 1);
        CHECK(pictures.requestImage(QString::fromLatin1(name), &size, {}).isNull());
        CHECK(size.isEmpty());
    }
}
