import QtQuick
import Plein
import QtQuick.Controls.Basic
import QtQuick.Templates as T

// A group's members, from the server; its admins can remove members and invite people found
// by name.
Column {
    id: section
    property string groupId
    property bool isAdmin: false
    property var members: []
    property var found: []
    property string error
    property bool loading: false

    function load() {
        if (groupId === "")
            return
        loading = true
        error = ""
        Remote.members(groupId)
    }
    spacing: Theme.space8
    onGroupIdChanged: members = []

    Connections {
        target: Remote
        function onAnswered(request, key, result, error) {
            if (request === "members" && key === section.groupId) {
                section.loading = false
                section.error = error
                section.members = error === "" ? result : []
            } else if ((request === "remove" || request === "invite") && key === section.groupId) {
                if (error !== "")
                    section.error = error
                section.load()
            } else if (request === "people" && key === inviteField.text.trim()) {
                section.found = error === "" ? result : []
            }
        }
    }

    // Invite: search people by name.
    Column {
        visible: section.isAdmin
        width: parent.width
        spacing: Theme.space8
        InputField {
            id: inviteField
            objectName: "groupInviteSearch"
            width: parent.width
            placeholderText: qsTr("Invite someone: type a name")
            font.pixelSize: Theme.fontBody
            onTextChanged: {
                if (text.trim().length >= 2)
                    Remote.searchPeople(text.trim())
                else
                    section.found = []
            }
        }
        Repeater {
            model: section.found
            delegate: PersonRow {
                required property var modelData
                width: section.width
                name: modelData.name
                detail: modelData.title
                PlainButton {
                    kind: "secondary"
                    text: qsTr("Invite")
                    Accessible.name: qsTr("Invite %1").arg(parent.parent.name)
                    onClicked: {
                        Remote.invite(section.groupId, modelData.userId)
                        inviteField.text = ""
                    }
                }
            }
        }
    }

    Text {
        objectName: "groupMembersStatus"
        visible: text !== ""
        width: parent.width
        wrapMode: Text.Wrap
        text: section.error !== "" ? section.error
              : section.loading && section.members.length === 0 ? qsTr("Loading members\u2026")
              : !section.loading && section.members.length === 0 ? qsTr("No members to show.") : ""
        color: section.error !== "" ? Theme.danger : Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }

    Repeater {
        model: section.members
        delegate: PersonRow {
            id: member
            required property var modelData
            objectName: "groupMember"
            width: section.width
            name: modelData.name
            detail: [modelData.role === "admin" ? qsTr("Admin") : "", modelData.title ?? ""].filter(s => s !== "").join(" \u00b7 ")
            IconButton {
                objectName: "groupMemberRemove"
                visible: section.isAdmin && member.modelData.userId !== Session.myId
                iconName: "person_remove"
                label: qsTr("Remove %1 from the group").arg(member.modelData.name)
                onClicked: {
                    confirmRemove.userId = member.modelData.userId
                    confirmRemove.name = member.modelData.name
                    confirmRemove.open()
                }
            }
        }
    }

    Dialog {
        id: confirmRemove
        objectName: "memberRemoveDialog"
        property string userId
        property string name
        parent: T.Overlay.overlay
        anchors.centerIn: parent
        modal: true
        width: Math.min(360, parent ? parent.width - 2 * Theme.space24 : 360)
        padding: Theme.space24
        background: Rectangle { radius: Theme.radiusCard; color: Theme.card; border.color: Theme.divider }
        contentItem: Text {
            objectName: "memberRemoveText"
            text: qsTr("Remove %1 from the group? They no longer see its posts.").arg(confirmRemove.name)
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
                kind: "danger"
                text: qsTr("Remove")
                onClicked: {
                    Remote.removeMember(section.groupId, confirmRemove.userId)
                    confirmRemove.close()
                }
            }
            PlainButton {
                objectName: "memberRemoveCancel"
                kind: "quiet"
                text: qsTr("Cancel")
                onClicked: confirmRemove.close()
            }
        }
    }
}
