#include "ReactionEmoji.h"
#include "ReactionPictures.h"

#include "protocol/Reaction.h"

#include <QFont>
#include <QPainter>

namespace plein::app::reaction_emoji {

QStringList kinds() { return protocol::ReactionKind::all(); }

QString text(const QString &kind)
{
    using namespace protocol::ReactionKind;
    // The heart without U+FE0F: the emoji font lacks the selector and draws the heart in colour.
    if (kind == Like) return QStringLiteral("\U0001F44D");
    if (kind == Love) return QStringLiteral("\u2764");
    if (kind == Laugh) return QStringLiteral("\U0001F602");
    if (kind == Wow) return QStringLiteral("\U0001F62E");
    if (kind == Sad) return QStringLiteral("\U0001F622");
    if (kind == Celebrate) return QStringLiteral("\U0001F389");
    return {};
}

QImage render(const QString &kind)
{
    const QString emoji = text(kind);
    if (emoji.isEmpty()) return {};
    // Drawn at the font's own bitmap size (136 x 128: 8 times the 17 x 16 of 16 px text), then
    // scaled down once.
    QImage big(kPictureSize * 4, QImage::Format_ARGB32_Premultiplied);
    big.fill(Qt::transparent);
    {
        QFont font(QStringLiteral("Noto Color Emoji"));
        font.setPixelSize(16 * 8);
        QPainter painter(&big);
        painter.setFont(font);
        painter.drawText(big.rect(), Qt::AlignCenter, emoji);
    }
    return big.scaled(kPictureSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

} // namespace plein::app::reaction_emoji

namespace plein::app {

QString ReactionEmoji::picture(const QString &kind) const
{
    return QStringLiteral("image://%1/%2").arg(QLatin1String(ReactionPictures::kProviderId), kind);
}

} // namespace plein::app
