import QtQuick
import Plein

// A small count in an accent pill: unread messages. "99+" past 99; muted ones in grey.
Rectangle {
    id: badge
    property int count: 0
    property bool muted: false
    // What the tests and screen readers read.
    readonly property string text: count > 99 ? "99+" : String(count)

    implicitWidth: Math.max(20, label.implicitWidth + 12)
    implicitHeight: 20
    width: implicitWidth
    height: implicitHeight
    radius: height / 2
    color: muted ? Theme.textSecondary : Theme.accent
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("%n unread", "", count)

    Text {
        id: label
        anchors.centerIn: parent
        text: badge.text
        color: Theme.textOnAccent
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontCaption
        font.weight: Theme.weightSemiBold
    }
}
