import QtQuick
import Plein

// A person's initials on one of eight soft tones chosen from their name, so they keep their
// colour everywhere.
Rectangle {
    id: avatar
    property string name
    property string initials
    property int size: 40

    readonly property var tone: Theme.avatarTone(name)

    width: size
    height: size
    radius: size / 2
    color: tone[0]
    Accessible.role: Accessible.Graphic
    Accessible.name: name

    Text {
        anchors.centerIn: parent
        text: avatar.initials
        color: avatar.tone[1]
        font.family: Theme.fontFamily
        font.weight: Theme.weightSemiBold
        font.pixelSize: Math.round(avatar.size * 0.38)
    }
}
