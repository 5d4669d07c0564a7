import QtQuick
import Plein
import QtQuick.Controls.Basic

// One destination in the bottom navigation, the rail or the sidebar. "row" puts the label
// beside the icon (sidebar), otherwise it sits under it.
AbstractButton {
    id: item
    property string iconName
    property bool selected: false
    property bool row: false
    // A count on the destination (unread chats); 0 shows nothing.
    property int badge: 0

    implicitHeight: row ? Theme.touchTarget : 56
    implicitWidth: row ? 200 : 64
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.PageTab
    Accessible.name: badge > 0 ? qsTr("%1, %n unread", "", badge).arg(text) : text
    Accessible.selected: selected

    readonly property color ink: selected ? Theme.accent : Theme.textSecondary

    background: Rectangle {
        radius: Theme.radiusControl
        color: item.row && item.selected ? Theme.accentTint : item.hovered ? Theme.hover : "transparent"
        border.width: item.visualFocus ? 2 : 0
        border.color: Theme.accent
    }

    contentItem: Item {
        Badge {
            objectName: "navBadge"
            visible: item.row && item.badge > 0
            count: item.badge
            anchors.right: parent.right
            anchors.rightMargin: Theme.space12
            anchors.verticalCenter: parent.verticalCenter
        }
        Row {
            visible: item.row
            anchors.verticalCenter: parent.verticalCenter
            x: Theme.space12
            spacing: Theme.space12
            Icon {
                name: item.iconName
                size: 22
                color: item.ink
                anchors.verticalCenter: parent.verticalCenter
            }
            Text {
                text: item.text
                color: item.selected ? Theme.accent : Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                font.weight: item.selected ? Theme.weightSemiBold : Theme.weightRegular
                anchors.verticalCenter: parent.verticalCenter
            }
        }
        Column {
            visible: !item.row
            anchors.centerIn: parent
            spacing: 2
            Rectangle {
                anchors.horizontalCenter: parent.horizontalCenter
                width: 56
                height: 28
                radius: 14
                color: item.selected ? Theme.accentTint : "transparent"
                Icon {
                    anchors.centerIn: parent
                    name: item.iconName
                    size: 22
                    color: item.ink
                }
                Badge {
                    objectName: "navBadge"
                    visible: !item.row && item.badge > 0
                    count: item.badge
                    x: parent.width / 2 + 4
                    y: -4
                }
            }
            Text {
                anchors.horizontalCenter: parent.horizontalCenter
                text: item.text
                color: item.selected ? Theme.accent : Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontCaption
                font.weight: item.selected ? Theme.weightSemiBold : Theme.weightRegular
            }
        }
    }
}
