import QtQuick
import Plein

// A Material Icons glyph by its name ("favorite", "schedule"...), drawn by codepoint (IconFont).
Text {
    id: icon
    property string name
    property int size: 20

    text: IconFont.glyph(name)
    width: size
    height: size
    font.family: Theme.iconFamily
    font.pixelSize: size
    horizontalAlignment: Text.AlignHCenter
    verticalAlignment: Text.AlignVCenter
    color: Theme.textSecondary
    Accessible.ignored: true
}
