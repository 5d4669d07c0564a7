import QtQuick
import Plein

// An icon with a number beside it (comments), 44 px high.
Pressable {
    id: countButton
    property string iconName
    property int count

    implicitHeight: Theme.touchTarget
    implicitWidth: Math.max(Theme.touchTarget, countRow.implicitWidth + 2 * Theme.space12)
    background: Rectangle {
        radius: Theme.radiusControl
        color: countButton.hovered ? Theme.hover : "transparent"
        border.width: countButton.visualFocus ? 2 : 0
        border.color: Theme.accent
    }
    contentItem: Item {
        Row {
            id: countRow
            anchors.centerIn: parent
            spacing: 6
            Icon {
                name: countButton.iconName
                size: 18
                anchors.verticalCenter: parent.verticalCenter
            }
            Text {
                text: countButton.count
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                anchors.verticalCenter: parent.verticalCenter
            }
        }
    }
}
