#include "Markdown.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace plein::app {

namespace {

QString escaped(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'<') out += QStringLiteral("&lt;");
        else if (c == u'>') out += QStringLiteral("&gt;");
        else if (c == u'&') out += QStringLiteral("&amp;");
        else if (c == u'"') out += QStringLiteral("&quot;");
        else out += c;
    }
    return out;
}

bool safeUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid()) return false;
    const QString scheme = parsed.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto")
        || scheme == QLatin1String("plein");
}

bool isWordChar(QChar c) { return c.isLetterOrNumber(); }

// Inline spans of one line. `plainOut` gives text without markup (for accessibility).
QString inlineSpans(QStringView s, bool plainOut)
{
    QString out;
    const qsizetype n = s.size();
    qsizetype i = 0;
    QString text; // pending literal text
    auto flush = [&] {
        out += plainOut ? text : escaped(text);
        text.clear();
    };
    while (i < n) {
        const QChar c = s[i];
        if (c == u'\\' && i + 1 < n && QStringLiteral("\\*_[]()#-+.!`").contains(s[i + 1])) {
            text += s[i + 1];
            i += 2;
            continue;
        }
        if (c == u'[') {
            const qsizetype close = s.indexOf(QStringLiteral("]("), i + 1);
            // The address ends at its balancing parenthesis: (a(b)c) is one address.
            qsizetype end = -1;
            for (qsizetype j = close < 0 ? n : close + 2, depth = 0; j < n; ++j) {
                if (s[j] == u'(') ++depth;
                else if (s[j] == u')' && depth-- == 0) { end = j; break; }
            }
            if (close > i + 1 && end > close + 2) {
                const QString url = s.mid(close + 2, end - close - 2).trimmed().toString();
                const QStringView label = s.mid(i + 1, close - i - 1);
                flush();
                if (plainOut) {
                    out += inlineSpans(label, true);
                } else if (safeUrl(url)) {
                    const bool mention = url.startsWith(QLatin1String("plein:user/"));
                    out += QStringLiteral("<a href=\"%1\">").arg(escaped(url));
                    out += mention ? QStringLiteral("<b>%1</b>").arg(inlineSpans(label, false)) : inlineSpans(label, false);
                    out += QStringLiteral("</a>");
                } else {
                    out += inlineSpans(label, false); // an unsafe link keeps its words, not its address
                }
                i = end + 1;
                continue;
            }
        }
        if (c == u'*' && i + 1 < n && s[i + 1] == u'*') {
            const qsizetype close = s.indexOf(QStringLiteral("**"), i + 2);
            if (close > i + 2 && !s[i + 2].isSpace()) {
                flush();
                const QString inner = inlineSpans(s.mid(i + 2, close - i - 2), plainOut);
                out += plainOut ? inner : QStringLiteral("<b>%1</b>").arg(inner);
                i = close + 2;
                continue;
            }
        }
        if ((c == u'*' || c == u'_') && i + 1 < n && !s[i + 1].isSpace()
            && (c == u'*' || i == 0 || !isWordChar(s[i - 1]))) {
            qsizetype close = i + 1;
            while (true) {
                close = s.indexOf(c, close);
                if (close < 0) break;
                const bool doubled = c == u'*' && close + 1 < n && s[close + 1] == u'*';
                const bool wordAfter = c == u'_' && close + 1 < n && isWordChar(s[close + 1]);
                if (!doubled && !wordAfter && !s[close - 1].isSpace()) break;
                close += doubled ? 2 : 1;
            }
            if (close > i + 1) {
                flush();
                const QString inner = inlineSpans(s.mid(i + 1, close - i - 1), plainOut);
                out += plainOut ? inner : QStringLiteral("<i>%1</i>").arg(inner);
                i = close + 1;
                continue;
            }
        }
        text += c;
        ++i;
    }
    flush();
    return out;
}

const QRegularExpression &bulletItem()
{
    static const QRegularExpression re(QStringLiteral("^\\s{0,3}[-*+]\\s+(.*)$"));
    return re;
}

const QRegularExpression &numberedItem()
{
    static const QRegularExpression re(QStringLiteral("^\\s{0,3}\\d{1,9}[.)]\\s+(.*)$"));
    return re;
}

QString blocks(const QString &markdown, bool plainOut)
{
    const QStringList lines = QString(markdown).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).split(u'\n');
    QString out;
    QStringList paragraph;
    QString listTag; // "ul", "ol" or empty
    bool afterList = false; // a list ends its own line
    const QString lineBreak = plainOut ? QStringLiteral("\n") : QStringLiteral("<br>");
    auto closeParagraph = [&] {
        if (paragraph.isEmpty()) return;
        // StyledText's <p> leaves an empty line after the last paragraph; breaks do not.
        if (!out.isEmpty()) out += plainOut ? QStringLiteral("\n\n") : afterList ? QString() : QStringLiteral("<br><br>");
        QStringList spans;
        for (const QString &line : std::as_const(paragraph)) spans << inlineSpans(line, plainOut);
        out += spans.join(lineBreak);
        afterList = false;
        paragraph.clear();
    };
    auto closeList = [&] {
        if (listTag.isEmpty()) return;
        if (!plainOut) out += QStringLiteral("</%1>").arg(listTag);
        listTag.clear();
        afterList = true;
    };
    for (const QString &line : lines) {
        const auto bullet = bulletItem().match(line);
        const auto numbered = bullet.hasMatch() ? QRegularExpressionMatch() : numberedItem().match(line);
        if (bullet.hasMatch() || numbered.hasMatch()) {
            closeParagraph();
            const QString tag = bullet.hasMatch() ? QStringLiteral("ul") : QStringLiteral("ol");
            if (tag != listTag) {
                closeList();
                listTag = tag;
                if (plainOut) {
                    if (!out.isEmpty()) out += QStringLiteral("\n\n");
                } else {
                    out += QStringLiteral("<%1>").arg(tag);
                }
            } else if (plainOut) {
                out += QStringLiteral("\n");
            }
            const QString item = inlineSpans((bullet.hasMatch() ? bullet : numbered).captured(1), plainOut);
            out += plainOut ? QStringLiteral("\u2022 ") + item : QStringLiteral("<li>%1</li>").arg(item);
            continue;
        }
        if (line.trimmed().isEmpty()) {
            closeParagraph();
            closeList();
            continue;
        }
        closeList();
        paragraph << line.trimmed();
    }
    closeParagraph();
    closeList();
    return out;
}

} // namespace

QString Markdown::render(const QString &markdown) { return blocks(markdown, false); }

QString Markdown::plain(const QString &markdown) { return blocks(markdown, true); }

} // namespace plein::app
