import QtQuick
import Plein

// Desktop navigation: the wordmark, the destinations, and who is signed in at the bottom.
Rectangle {
    id: sidebar
    property var items: []
    property string currentPage
    signal navigate(string page)

    implicitWidth: Theme.sidebarWidth
    color: Theme.card

    Rectangle {
        anchors.right: parent.right
        width: 1
        height: parent.height
        color: Theme.divider
    }

    Row {
        id: wordmark
        x: Theme.space16 + 4
        y: Theme.space16 + 4
        height: 40
        spacing: Theme.space12
        Rectangle {
            width: 32
            height: 32
            radius: 10
            color: Theme.accent
            anchors.verticalCenter: parent.verticalCenter
            Icon {
                anchors.centerIn: parent
                name: "forum"
                size: 18
                color: Theme.textOnAccent
            }
        }
        Text {
            text: "Plein"
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.weight: Theme.weightSemiBold
            anchors.verticalCenter: parent.verticalCenter
        }
    }

    Column {
        anchors.top: wordmark.bottom
        anchors.topMargin: Theme.space24
        x: Theme.space12
        width: parent.width - 2 * Theme.space12 - 1
        spacing: Theme.space4
        Repeater {
            model: sidebar.items.filter(i => i.page !== "me")
            NavItem {
                required property var modelData
                objectName: modelData.objectName
                width: parent.width
                row: true
                text: modelData.label
                iconName: modelData.icon
                badge: modelData.page === "chats" ? Chats.totalUnread : 0
                selected: sidebar.currentPage === modelData.page
                onClicked: sidebar.navigate(modelData.page)
            }
        }
    }

    Pressable {
        id: meButton
        objectName: "navMe"
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.space12
        x: Theme.space12
        width: parent.width - 2 * Theme.space12 - 1
        height: 56
        Accessible.role: Accessible.PageTab
        Accessible.name: qsTr("Me: %1").arg(Session.myName)
        onClicked: sidebar.navigate("me")

        background: Rectangle {
            radius: Theme.radiusControl
            color: sidebar.currentPage === "me" ? Theme.accentTint : meButton.hovered ? Theme.hover : "transparent"
            border.width: meButton.visualFocus ? 2 : 0
            border.color: Theme.accent
        }
        contentItem: Row {
            leftPadding: Theme.space8
            spacing: Theme.space12
            Avatar {
                anchors.verticalCenter: parent.verticalCenter
                size: 36
                name: Session.myName
                initials: Session.myInitials
            }
            Column {
                anchors.verticalCenter: parent.verticalCenter
                width: meButton.width - 36 - 3 * Theme.space12
                Text {
                    width: parent.width
                    text: Session.myName
                    elide: Text.ElideRight
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    font.weight: Theme.weightSemiBold
                }
                Text {
                    width: parent.width
                    text: Session.myRole
                    elide: Text.ElideRight
                    color: Theme.textSecondary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                }
            }
        }
    }
}
