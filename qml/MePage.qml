import QtQuick
import Plein
import QtQuick.Layouts

// Who is signed in, where, and the way out.
Item {
    id: page

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.space16
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column
            width: Math.min(Theme.feedMaxWidth, page.width - 2 * Theme.space16)
            x: (page.width - width) / 2
            y: Theme.space8
            spacing: Theme.space16

            Rectangle {
                Layout.fillWidth: true
                implicitHeight: profile.implicitHeight + 2 * Theme.space24
                radius: Theme.radiusCard
                color: Theme.card
                border.color: Theme.divider

                ColumnLayout {
                    id: profile
                    anchors.fill: parent
                    anchors.margins: Theme.space24
                    spacing: Theme.space4

                    Avatar {
                        Layout.alignment: Qt.AlignHCenter
                        Layout.bottomMargin: Theme.space8
                        size: 72
                        name: Session.myName
                        initials: Session.myInitials
                    }
                    Text {
                        objectName: "meName"
                        Layout.fillWidth: true
                        text: Session.myName
                        color: Theme.text
                        horizontalAlignment: Text.AlignHCenter
                        elide: Text.ElideRight
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontTitle
                        font.weight: Theme.weightSemiBold
                    }
                    Text {
                        objectName: "meRole"
                        Layout.fillWidth: true
                        text: Session.myRole
                        color: Theme.textSecondary
                        horizontalAlignment: Text.AlignHCenter
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }

            Rectangle {
                Layout.fillWidth: true
                implicitHeight: details.implicitHeight
                radius: Theme.radiusCard
                color: Theme.card
                border.color: Theme.divider

                ColumnLayout {
                    id: details
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 0
                    DetailRow { iconName: "mail_outline"; label: qsTr("Email address"); value: Session.email; objectName: "meEmail" }
                    Rectangle { Layout.fillWidth: true; Layout.leftMargin: Theme.space16; implicitHeight: 1; color: Theme.divider }
                    DetailRow { iconName: "dns"; label: qsTr("Server"); value: Session.server; objectName: "meServer" }
                }
            }

            PlainButton {
                objectName: "signOutButton"
                Layout.fillWidth: true
                kind: "secondary"
                tint: Theme.danger
                iconName: "logout"
                text: qsTr("Sign out")
                enabled: !Session.busy
                onClicked: Session.signOut()
            }
        }
    }

    component DetailRow: Item {
        id: row
        property string iconName
        property string label
        property string value
        Layout.fillWidth: true
        implicitHeight: 64
        Accessible.role: Accessible.StaticText
        Accessible.name: label + ": " + value

        Icon {
            id: rowIcon
            x: Theme.space16
            anchors.verticalCenter: parent.verticalCenter
            name: row.iconName
            size: 20
        }
        Column {
            anchors.left: rowIcon.right
            anchors.leftMargin: Theme.space16
            anchors.right: parent.right
            anchors.rightMargin: Theme.space16
            anchors.verticalCenter: parent.verticalCenter
            spacing: 2
            Text {
                text: row.label
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontCaption
            }
            Text {
                width: parent.width
                text: row.value
                color: Theme.text
                elide: Text.ElideMiddle
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
