import QtQuick
import Plein

// Tablet navigation: a narrow rail of icons with short labels, "Me" at the bottom.
Rectangle {
    id: rail
    property var items: []
    property string currentPage
    signal navigate(string page)

    implicitWidth: Theme.railWidth
    color: Theme.card

    Rectangle {
        anchors.right: parent.right
        width: 1
        height: parent.height
        color: Theme.divider
    }

    Rectangle {
        id: mark
        anchors.horizontalCenter: parent.horizontalCenter
        y: Theme.space16
        width: 40
        height: 40
        radius: 12
        color: Theme.accent
        Icon {
            anchors.centerIn: parent
            name: "forum"
            size: 22
            color: Theme.textOnAccent
        }
    }

    Column {
        anchors.top: mark.bottom
        anchors.topMargin: Theme.space24
        anchors.horizontalCenter: parent.horizontalCenter
        spacing: Theme.space8
        Repeater {
            model: rail.items.filter(i => i.page !== "me")
            NavItem {
                required property var modelData
                objectName: modelData.objectName
                width: Theme.railWidth - 8
                text: modelData.label
                iconName: modelData.icon
                badge: modelData.page === "chats" ? Chats.totalUnread : 0
                selected: rail.currentPage === modelData.page
                onClicked: rail.navigate(modelData.page)
            }
        }
    }

    NavItem {
        objectName: "navMe"
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.space16
        anchors.horizontalCenter: parent.horizontalCenter
        width: Theme.railWidth - 8
        text: qsTr("Me")
        iconName: "account_circle"
        selected: rail.currentPage === "me"
        onClicked: rail.navigate("me")
    }
}
