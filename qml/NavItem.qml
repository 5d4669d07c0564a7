import QtQuick
import Plein

// One destination in the bottom navigation, the rail or the sidebar. "row" puts the label
// beside the icon (sidebar), otherwise it sits under it.
Pressable {
    id: navItem
    property string iconName
    property bool selected: false
    property bool row: false
    // A count on the destination (unread chats); 0 shows nothing.
    property int badge: 0

    implicitHeight: row ? Theme.touchTarget : 56
    implicitWidth: row ? 200 : 64
    Accessible.role: Accessible.PageTab
    Accessible.name: badge > 0 ? qsTr("%1, %n unread", "", badge).arg(text) : text
    Accessible.selected: selected

    readonly property color ink: selected ? Theme.accent : Theme.textSecondary

    background: Rectangle {
        radius: Theme.radiusControl
        color: navItem.row && navItem.selected ? Theme.accentTint : navItem.hovered ? Theme.hover : "transparent"
        border.width: navItem.visualFocus ? 2 : 0
        border.color: Theme.accent
    }

    // Only the arrangement in use is made: label beside the icon, or under it.
    contentItem: Loader {
        sourceComponent: navItem.row ? beside : under
    }
    Component {
        id: beside
        Item {
            // Made only while there is a count: most destinations have none.
            Loader {
                active: navItem.badge > 0
                anchors.right: parent.right
                anchors.rightMargin: Theme.space12
                anchors.verticalCenter: parent.verticalCenter
                sourceComponent: Badge {
                    objectName: "navBadge"
                    count: navItem.badge
                }
            }
            Row {
                anchors.verticalCenter: parent.verticalCenter
                x: Theme.space12
                spacing: Theme.space12
                Icon {
                    name: navItem.iconName
                    size: 22
                    color: navItem.ink
                    anchors.verticalCenter: parent.verticalCenter
                }
                Text {
                    text: navItem.text
                    color: navItem.selected ? Theme.accent : Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    font.weight: navItem.selected ? Theme.weightSemiBold : Theme.weightRegular
                    anchors.verticalCenter: parent.verticalCenter
                }
            }
        }
    }
    Component {
        id: under
        Item {
            Column {
                anchors.centerIn: parent
                spacing: 2
                Rectangle {
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: 56
                    height: 28
                    radius: 14
                    color: navItem.selected ? Theme.accentTint : "transparent"
                    Icon {
                        anchors.centerIn: parent
                        name: navItem.iconName
                        size: 22
                        color: navItem.ink
                    }
                    Loader {
                        active: navItem.badge > 0
                        x: parent.width / 2 + 4
                        y: -4
                        sourceComponent: Badge {
                            objectName: "navBadge"
                            count: navItem.badge
                        }
                    }
                }
                Text {
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: navItem.text
                    color: navItem.selected ? Theme.accent : Theme.textSecondary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                    font.weight: navItem.selected ? Theme.weightSemiBold : Theme.weightRegular
                }
            }
        }
    }
}
