import QtQuick
import Plein

// A Material Icons glyph by its ligature name ("favorite", "schedule"...).
Text {
    id: icon
    property string name
    property int size: 20

    text: name
    width: size
    height: size
    font.family: Theme.iconFamily
    font.pixelSize: size
    horizontalAlignment: Text.AlignHCenter
    verticalAlignment: Text.AlignVCenter
    color: Theme.textSecondary
    Accessible.ignored: true
}
