import QtQuick
import Plein
import QtQuick.Controls.Basic
import QtQuick.Templates as T

// A conversation's details: its name (renamed by members of a group conversation), mute, the
// members (add people found by name, remove someone) and leaving, which asks first. A 1:1
// conversation has only its person and mute.
Rectangle {
    id: panel
    property string conversationId
    property var info: ({})
    signal closed()
    signal leftConversation()

    readonly property bool isGroup: !(info.direct ?? true)
    readonly property var members: info.members ?? []
    readonly property string title: (info.title ?? "") !== "" ? info.title
                                    : (members.find(m => m.userId !== Session.myId) ?? {}).name ?? ""
    property var found: []
    readonly property string query: addField.text.trim()

    color: Theme.card
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Conversation details")
    onConversationIdChanged: {
        addField.text = ""
        found = []
    }
    onVisibleChanged: if (visible) titleField.text = info.title ?? ""

    Connections {
        target: Remote
        function onAnswered(request, key, result, error) {
            if (request === "people" && key === panel.query && panel.query !== "")
                panel.found = error === "" ? result.filter(p => !panel.members.some(m => m.userId === p.userId)) : []
        }
    }

    Rectangle { width: 1; height: parent.height; color: Theme.divider }

    Rectangle {
        id: bar
        z: 1
        width: parent.width
        height: Theme.headerHeight + 8
        color: Theme.card
        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.divider }
        IconButton {
            id: closeButton
            objectName: "conversationInfoClose"
            x: Theme.space4
            anchors.verticalCenter: parent.verticalCenter
            iconName: "close"
            label: qsTr("Close details")
            onClicked: panel.closed()
        }
        Text {
            anchors.left: closeButton.right
            anchors.leftMargin: Theme.space4
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Details")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            font.weight: Theme.weightSemiBold
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
    }

    Flickable {
        id: scrolled
        anchors.top: bar.bottom
        anchors.bottom: parent.bottom
        width: parent.width
        contentHeight: content.implicitHeight + Theme.space24
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: content
            width: Math.min(520, panel.width - 2 * Theme.space16)
            x: (panel.width - width) / 2
            y: Theme.space16
            spacing: Theme.space12

            Avatar {
                anchors.horizontalCenter: parent.horizontalCenter
                size: 72
                name: panel.title
                initials: panel.title.split(" ").filter(w => w !== "").map(w => w.charAt(0)).join("").slice(0, 2).toUpperCase()
            }
            Text {
                objectName: "infoTitle"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: panel.title
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.weight: Theme.weightSemiBold
            }
            Text {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: panel.isGroup ? qsTr("Group conversation \u00b7 %n member(s)", "", panel.info.memberCount ?? panel.members.length)
                                    : qsTr("Direct conversation")
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }

            // Rename (group conversations).
            Row {
                visible: panel.isGroup
                width: parent.width
                spacing: Theme.space8
                InputField {
                    id: titleField
                    objectName: "infoTitleField"
                    width: parent.width - renameButton.width - Theme.space8
                    placeholderText: qsTr("Conversation name")
                    font.pixelSize: Theme.fontBody
                    maximumLength: 80
                    onAccepted: renameButton.clicked()
                }
                PlainButton {
                    id: renameButton
                    objectName: "infoRename"
                    kind: "secondary"
                    text: qsTr("Rename")
                    enabled: titleField.text.trim() !== "" && titleField.text.trim() !== (panel.info.title ?? "")
                    onClicked: Chats.rename(panel.conversationId, titleField.text.trim())
                }
            }

            // Mute.
            Item {
                width: parent.width
                height: Theme.touchTarget + Theme.space4
                Icon {
                    id: muteIcon
                    anchors.verticalCenter: parent.verticalCenter
                    name: (panel.info.muted ?? false) ? "notifications_off" : "notifications_none"
                    size: 22
                }
                Column {
                    anchors.left: muteIcon.right
                    anchors.leftMargin: Theme.space12
                    anchors.right: muteSwitch.left
                    anchors.verticalCenter: parent.verticalCenter
                    Text {
                        width: parent.width
                        text: qsTr("Mute")
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                    }
                    Text {
                        width: parent.width
                        text: qsTr("No notifications; not counted in the Chats badge")
                        wrapMode: Text.Wrap
                        color: Theme.textSecondary
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontCaption
                    }
                }
                Switch {
                    id: muteSwitch
                    objectName: "infoMute"
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    height: Theme.touchTarget
                    checked: panel.info.muted ?? false
                    Accessible.name: qsTr("Mute this conversation")
                    onToggled: Chats.setMuted(panel.conversationId, checked)
                }
            }

            Rectangle { width: parent.width; height: 1; color: Theme.divider }

            Text {
                text: qsTr("Members")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                font.weight: Theme.weightSemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            // Add someone (group conversations): search by name.
            InputField {
                id: addField
                objectName: "infoAddSearch"
                visible: panel.isGroup
                width: parent.width
                placeholderText: qsTr("Add someone: type a name")
                font.pixelSize: Theme.fontBody
                onTextChanged: {
                    if (text.trim().length >= 2)
                        Remote.searchPeople(text.trim())
                    else
                        panel.found = []
                }
            }
            Repeater {
                model: panel.isGroup ? panel.found : []
                delegate: PersonRow {
                    id: candidate
                    required property var modelData
                    objectName: "infoCandidate"
                    width: content.width
                    name: modelData.name
                    detail: modelData.title ?? ""
                    PlainButton {
                        objectName: "infoAddPerson"
                        kind: "secondary"
                        text: qsTr("Add")
                        Accessible.name: qsTr("Add %1").arg(candidate.modelData.name)
                        onClicked: {
                            Chats.addMember(panel.conversationId, candidate.modelData.userId)
                            addField.text = ""
                        }
                    }
                }
            }

            Repeater {
                model: panel.members
                delegate: PersonRow {
                    id: member
                    required property var modelData
                    readonly property bool isMe: modelData.userId === Session.myId
                    objectName: "infoMember"
                    width: content.width
                    name: modelData.name
                    detail: isMe ? qsTr("You") : ""
                    IconButton {
                        objectName: "infoMemberRemove"
                        // Only whoever started the conversation may remove others (the server's rule).
                        visible: panel.isGroup && !member.isMe && panel.info.mineToManage === true
                        iconName: "person_remove"
                        label: qsTr("Remove %1 from the conversation").arg(member.modelData.name)
                        onClicked: {
                            confirm.action = "remove"
                            confirm.userId = member.modelData.userId
                            confirm.name = member.modelData.name
                            confirm.open()
                        }
                    }
                }
            }

            PlainButton {
                objectName: "infoLeave"
                visible: panel.isGroup
                kind: "quiet"
                tint: Theme.danger
                iconName: "exit_to_app"
                text: qsTr("Leave conversation")
                onClicked: {
                    confirm.action = "leave"
                    confirm.open()
                }
            }
        }
    }
    ListScrollBar { view: scrolled }

    Dialog {
        id: confirm
        objectName: "infoConfirmDialog"
        property string action
        property string userId
        property string name
        parent: T.Overlay.overlay
        anchors.centerIn: parent
        modal: true
        width: Math.min(380, parent ? parent.width - 2 * Theme.space24 : 380)
        padding: Theme.space24
        background: Rectangle { radius: Theme.radiusCard; color: Theme.card; border.color: Theme.divider }
        contentItem: Text {
            objectName: "infoConfirmText"
            text: confirm.action === "leave"
                  ? qsTr("Leave \u201c%1\u201d? You no longer get its messages, and its history disappears from this device.").arg(panel.title)
                  : qsTr("Remove %1 from this conversation? They no longer get its messages.").arg(confirm.name)
            wrapMode: Text.Wrap
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
        footer: Row {
            layoutDirection: Qt.RightToLeft
            padding: Theme.space16
            spacing: Theme.space8
            PlainButton {
                objectName: "infoConfirm"
                kind: "danger"
                text: confirm.action === "leave" ? qsTr("Leave") : qsTr("Remove")
                onClicked: {
                    if (confirm.action === "leave") {
                        Chats.leave(panel.conversationId)
                        panel.leftConversation()
                    } else {
                        Chats.removeMember(panel.conversationId, confirm.userId)
                    }
                    confirm.close()
                }
            }
            PlainButton {
                objectName: "infoConfirmCancel"
                kind: "quiet"
                text: qsTr("Cancel")
                onClicked: confirm.close()
            }
        }
    }
}
