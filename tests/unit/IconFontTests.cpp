// IconFont's table against the icon font the app bundles: every entry must draw the glyph its
// name draws as a ligature, and every icon name in the QML must be in the table (the test names
// the entry to add). Needs a QGuiApplication for the font database; runs offscreen.
#include "IconFont.h"
#include "Startup.h"

#include <QDir>
#include <QFile>
#include <QFont>
#include <QGlyphRun>
#include <QHash>
#include <QRawFont>
#include <QRegularExpression>
#include <QSet>
#include <QTextLayout>
#include <catch2/catch.hpp>

using plein::app::IconFont;

namespace {
QFont iconFont()
{
    static const bool registered = plein::app::registerFonts();
    REQUIRE(registered);
    QFont font(QStringLiteral("Plein Material"));
    font.setPixelSize(20);
    return font;
}

// The glyphs the icon font draws for `text`, or nothing when another font had to help.
QList<quint32> shape(const QString &text)
{
    QTextLayout layout(text, iconFont());
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    const QList<QGlyphRun> runs = layout.glyphRuns();
    if (runs.size() != 1 || runs.first().rawFont().familyName() != QLatin1String("Plein Material")) return {};
    return runs.first().glyphIndexes();
}

std::string toStd(const QString &s) { return s.toStdString(); }
}

TEST_CASE("every icon in IconFont's table draws the glyph its name draws as a ligature", "[icons]")
{
    REQUIRE(IconFont::entries().size() > 40);
    for (const IconFont::Entry &entry : IconFont::entries()) {
        const QString name = QString::fromUtf16(entry.name);
        INFO(toStd(name));
        const QList<quint32> byName = shape(name);
        const QList<quint32> byCode = shape(QString(QChar(entry.codepoint)));
        REQUIRE(byName.size() == 1);
        REQUIRE(byCode == byName);
        CHECK(IconFont::text(name) == QString(QChar(entry.codepoint)));
    }
}

TEST_CASE("every icon name the screens use is in IconFont's table", "[icons]")
{
    // Codepoints by glyph, to say what to add: the font maps its icons into the private use area.
    const QRawFont raw = QRawFont::fromFont(iconFont());
    QHash<quint32, char16_t> codeOfGlyph;
    for (char16_t c = 0xE000; c <= 0xF8FF; ++c) {
        const QList<quint32> glyphs = raw.glyphIndexesForString(QString(QChar(c)));
        if (glyphs.size() == 1 && glyphs.first() != 0 && !codeOfGlyph.contains(glyphs.first())) codeOfGlyph.insert(glyphs.first(), c);
    }
    REQUIRE(codeOfGlyph.size() > 1000);

    // Every lower-case word in quotes: names reach Icon through many properties and arrays.
    QSet<QString> words;
    const QDir qml(QStringLiteral(PLEIN_QML_DIR));
    const QStringList files = qml.entryList({QStringLiteral("*.qml")}, QDir::Files);
    REQUIRE(files.size() > 40);
    static const QRegularExpression quoted(QStringLiteral("\"([a-z][a-z0-9_]*)\""));
    for (const QString &file : files) {
        QFile f(qml.filePath(file));
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QString source = QString::fromUtf8(f.readAll());
        for (auto it = quoted.globalMatch(source); it.hasNext();) words.insert(it.next().captured(1));
    }
    REQUIRE(words.contains(QStringLiteral("more_horiz")));

    QStringList missing;
    for (const QString &word : std::as_const(words)) {
        if (IconFont::codepoint(word)) continue;
        const QList<quint32> glyphs = shape(word);
        if (glyphs.size() == 1 && codeOfGlyph.contains(glyphs.first()))
            missing.append(QStringLiteral("{u\"%1\", 0x%2}").arg(word).arg(int(codeOfGlyph.value(glyphs.first())), 4, 16, QLatin1Char('0')));
    }
    missing.sort();
    INFO("add to IconFont.cpp's table: " << toStd(missing.join(QStringLiteral(", "))));
    CHECK(missing.isEmpty());
}

TEST_CASE("a name missing from IconFont's table is drawn by its ligature", "[icons]")
{
    CHECK(IconFont::codepoint(u"more_horiz") == 0xe5d3);
    CHECK(IconFont::text(u"more_horiz") == QString(QChar(0xe5d3)));
    CHECK(IconFont::codepoint(u"no_such_icon") == 0);
    CHECK(IconFont::text(u"no_such_icon") == QStringLiteral("no_such_icon"));
    CHECK(IconFont::codepoint(u"") == 0);
    // The fallback still draws the icon: one glyph from the icon font.
    REQUIRE(IconFont::codepoint(u"home") == 0);
    CHECK(shape(IconFont::text(u"home")).size() == 1);
}
