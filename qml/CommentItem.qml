import QtQuick
import Plein
import QtQuick.Controls.Basic
import QtQuick.Templates as T

// One comment: avatar, name and time, the text, reactions, and pending / failed marks with
// retry and discard.
Item {
    id: item
    property var comment: ({})
    readonly property bool failed: comment.failed ?? false
    readonly property bool mine: (comment.authorId ?? "") !== "" && comment.authorId === Session.myId
    property bool editing: false
    implicitHeight: bubble.height

    Avatar {
        id: avatar
        size: 32
        name: item.comment.author ?? ""
        initials: item.comment.initials ?? ""
    }
    IconButton {
        id: commentMenuButton
        z: 1
        visible: (item.mine || Session.isAdmin) && !(item.comment.pending ?? false)
        anchors.right: parent.right
        anchors.top: parent.top
        iconName: "more_horiz"
        label: qsTr("Comment options")
        onClicked: commentMenu.open()
        Menu {
            id: commentMenu
            y: commentMenuButton.height
            MenuItem {
                text: qsTr("Edit")
                onTriggered: {
                    commentEditor.text = item.comment.body ?? ""
                    item.editing = true
                    commentEditor.forceActiveFocus()
                }
            }
            MenuItem {
                text: qsTr("Delete")
                onTriggered: confirmDelete.open()
            }
        }
    }

    Dialog {
        id: confirmDelete
        parent: T.Overlay.overlay
        anchors.centerIn: parent
        modal: true
        width: Math.min(340, parent ? parent.width - 2 * Theme.space24 : 340)
        padding: Theme.space24
        background: Rectangle { radius: Theme.radiusCard; color: Theme.card; border.color: Theme.divider }
        contentItem: Text {
            text: qsTr("Delete this comment?")
            wrapMode: Text.Wrap
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            font.weight: Theme.weightSemiBold
        }
        footer: Row {
            layoutDirection: Qt.RightToLeft
            padding: Theme.space16
            spacing: Theme.space8
            PlainButton {
                kind: "danger"
                text: qsTr("Delete")
                onClicked: {
                    Session.deleteComment(item.comment.commentId)
                    confirmDelete.close()
                }
            }
            PlainButton {
                kind: "quiet"
                text: qsTr("Cancel")
                onClicked: confirmDelete.close()
            }
        }
    }

    Rectangle {
        id: bubble
        anchors.left: avatar.right
        anchors.leftMargin: Theme.space8
        anchors.right: parent.right
        height: commentColumn.implicitHeight + 2 * Theme.space12
        radius: Theme.radiusCard
        color: Theme.card
        border.color: item.failed ? Theme.danger : Theme.divider
        Column {
            id: commentColumn
            x: Theme.space12
            y: Theme.space12
            width: parent.width - 2 * Theme.space12
            spacing: Theme.space4
            Text {
                width: parent.width - (commentMenuButton.visible ? commentMenuButton.width : 0)
                text: (item.comment.author ?? "") + "  <font color=\"" + Theme.textSecondary + "\">"
                      + RelativeTime.format(item.comment.createdAt, RelativeTime.now)
                      + ((item.comment.edited ?? false) ? " \u00b7 " + qsTr("edited") : "")
                      + ((item.comment.pending ?? false) ? " \u00b7 " + qsTr("Sending\u2026") : "") + "</font>"
                textFormat: Text.StyledText
                elide: Text.ElideRight
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                font.weight: Theme.weightSemiBold
            }
            TextArea {
                id: commentEditor
                visible: item.editing
                width: parent.width
                wrapMode: TextEdit.Wrap
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Edit comment")
                background: Rectangle {
                    radius: Theme.radiusControl
                    color: Theme.background
                    border.color: commentEditor.activeFocus ? Theme.accent : Theme.divider
                }
            }
            Row {
                visible: item.editing
                spacing: Theme.space8
                PlainButton {
                    text: qsTr("Save")
                    enabled: commentEditor.text.trim() !== ""
                    onClicked: {
                        Session.editComment(item.comment.commentId, commentEditor.text)
                        item.editing = false
                    }
                }
                PlainButton {
                    kind: "quiet"
                    text: qsTr("Cancel")
                    onClicked: item.editing = false
                }
            }
            Text {
                objectName: "commentBody"
                visible: !item.editing
                readonly property string plainText: Markdown.toPlainText(item.comment.body ?? "")
                width: parent.width
                text: Markdown.toStyledText(item.comment.body ?? "")
                textFormat: Text.StyledText
                wrapMode: Text.Wrap
                color: Theme.text
                linkColor: Theme.accent
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                onLinkActivated: link => { if (!link.startsWith("plein:")) Qt.openUrlExternally(link) }
            }
            Notice {
                visible: item.failed
                width: parent.width
                message: (item.comment.error ?? "") !== "" ? qsTr("Not sent: %1").arg(item.comment.error) : qsTr("Not sent.")
                primaryText: qsTr("Retry")
                secondaryText: qsTr("Discard")
                onPrimary: Session.retry(item.comment.commentId)
                onSecondary: Session.discard(item.comment.commentId)
            }
            ReactionBar {
                x: -Theme.space12
                reactions: item.comment.reactions ?? ({})
                mine: item.comment.myReactions ?? []
                onToggled: (kind, on) => Session.setReaction("comment", item.comment.commentId, kind, on)
            }
        }
    }
}
