import QtQuick
import Plein

// Phone navigation: the five destinations along the bottom edge.
Rectangle {
    id: nav
    property var items: []
    property string currentPage
    signal navigate(string page)

    implicitHeight: Theme.bottomNavHeight
    color: Theme.card

    Rectangle {
        anchors.top: parent.top
        width: parent.width
        height: 1
        color: Theme.divider
    }

    Row {
        anchors.fill: parent
        anchors.topMargin: 1
        Repeater {
            model: nav.items
            NavItem {
                required property var modelData
                objectName: modelData.objectName
                width: nav.width / nav.items.length
                height: nav.height - 1
                text: modelData.label
                iconName: modelData.icon
                badge: modelData.page === "chats" ? Chats.totalUnread : 0
                selected: nav.currentPage === modelData.page
                onClicked: nav.navigate(modelData.page)
            }
        }
    }
}
