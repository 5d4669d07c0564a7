import QtQuick
import Plein
import QtQuick.Controls.Basic

// One group in a list: name, visibility, kind, members, my state, and the one action that fits
// (Join a public group, Request a private one, Accept an invitation).
ItemDelegate {
    id: row
    property var group: ({})
    property bool selected: false
    signal actionRequested(string groupId, string action)

    readonly property string membership: group.membership ?? "none"
    readonly property string visibility: group.visibility ?? "public"
    readonly property string groupAction: membership === "invited" ? "accept"
                                     : membership !== "none" ? ""
                                     : visibility === "public" ? "join"
                                     : visibility === "private" ? "request" : ""

    implicitHeight: Math.max(72, rowContent.implicitHeight + 2 * Theme.space12)
    padding: 0
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, %2, %3").arg(group.name ?? "").arg(GroupText.visibilityLabel(visibility)).arg(GroupText.membersLabel(group.memberCount ?? 0))

    background: Rectangle {
        radius: Theme.radiusCard
        color: row.selected ? Theme.accentTint : row.hovered ? Theme.hover : Theme.card
        border.color: row.visualFocus ? Theme.accent : Theme.divider
        border.width: row.visualFocus ? 2 : 1
    }

    contentItem: Item {
        id: rowContent
        implicitHeight: Math.max(badge.height, texts.implicitHeight)
        Rectangle {
            id: badge
            x: Theme.space12
            anchors.verticalCenter: parent.verticalCenter
            width: 44
            height: 44
            radius: Theme.radiusCard
            color: Theme.avatarTone(row.group.name ?? "")[0]
            Icon {
                anchors.centerIn: parent
                name: GroupText.kindIcon(row.group.kind ?? "")
                size: 22
                color: Theme.avatarTone(row.group.name ?? "")[1]
            }
        }
        Column {
            id: texts
            anchors.left: badge.right
            anchors.leftMargin: Theme.space12
            anchors.right: actionButton.visible ? actionButton.left : stateLabel.left
            anchors.rightMargin: Theme.space8
            anchors.verticalCenter: parent.verticalCenter
            spacing: 2
            Row {
                width: parent.width
                spacing: Theme.space4
                Text {
                    objectName: "groupName"
                    width: Math.min(implicitWidth, parent.width - 20)
                    text: row.group.name ?? ""
                    elide: Text.ElideRight
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.weight: Theme.weightSemiBold
                }
                Icon {
                    anchors.verticalCenter: parent.verticalCenter
                    name: GroupText.visibilityIcon(row.visibility)
                    size: 16
                }
            }
            Text {
                objectName: "groupMeta"
                width: parent.width
                // The icon beside the name shows the visibility; phones leave out its word.
                text: [GroupText.kindLabel(row.group.kind ?? ""), Theme.compact ? "" : GroupText.visibilityLabel(row.visibility),
                       GroupText.membersLabel(row.group.memberCount ?? 0)].filter(s => s !== "").join(" \u00b7 ")
                elide: Text.ElideRight
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
        Text {
            id: stateLabel
            objectName: "groupState"
            visible: !actionButton.visible && text !== ""
            anchors.right: parent.right
            anchors.rightMargin: Theme.space16
            anchors.verticalCenter: parent.verticalCenter
            text: GroupText.membershipLabel(row.membership)
            color: row.membership === "requested" ? Theme.warning : Theme.accent
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            font.weight: Theme.weightSemiBold
        }
        PlainButton {
            id: actionButton
            objectName: "groupAction"
            visible: row.groupAction !== ""
            anchors.right: parent.right
            anchors.rightMargin: Theme.space12
            anchors.verticalCenter: parent.verticalCenter
            kind: row.groupAction === "join" || row.groupAction === "accept" ? "primary" : "secondary"
            text: row.groupAction === "join" ? qsTr("Join") : row.groupAction === "request" ? qsTr("Request") : qsTr("Accept invitation")
            onClicked: row.actionRequested(row.group.groupId ?? "", row.groupAction)
        }
    }
}
