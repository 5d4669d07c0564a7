import QtQuick
import Plein

// No posts at all yet: one friendly line and one thing to do about it.
Column {
    id: empty
    signal writeRequested()
    spacing: Theme.space12

    Rectangle {
        anchors.horizontalCenter: parent.horizontalCenter
        width: 64
        height: 64
        radius: 32
        color: Theme.accentTint
        Icon {
            anchors.centerIn: parent
            name: "waving_hand"
            size: 32
            color: Theme.accent
        }
    }
    Text {
        width: parent.width
        text: qsTr("No posts yet. Say hello!")
        color: Theme.text
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontLarge
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    PlainButton {
        objectName: "emptyFeedAction"
        anchors.horizontalCenter: parent.horizontalCenter
        kind: "secondary"
        iconName: "edit"
        text: qsTr("Write a post")
        onClicked: empty.writeRequested()
    }
}
