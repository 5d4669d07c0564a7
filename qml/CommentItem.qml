import QtQuick
import Plein
import QtQuick.Controls.Basic

// One comment: avatar, name and time, the text, reactions, and pending / failed marks with
// retry and discard.
Item {
    id: item
    property var comment: ({})
    readonly property bool failed: comment.failed ?? false
    implicitHeight: bubble.height

    Avatar {
        id: avatar
        size: 32
        name: item.comment.author ?? ""
        initials: item.comment.initials ?? ""
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
                width: parent.width
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
            Text {
                objectName: "commentBody"
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
