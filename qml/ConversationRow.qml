import QtQuick
import Plein
import QtQuick.Controls.Basic

// One conversation in the list: avatar, title, the last message on one line, when, how many
// unread (bold title and an accent count) and a muted mark. Enter or a click opens it.
AbstractButton {
    id: row
    property var conversation: ({})
    property bool selected: false

    readonly property string title: conversation.title ?? ""
    readonly property int unread: conversation.unreadCount ?? 0
    readonly property bool muted: conversation.muted ?? false
    readonly property string preview: ChatText.preview(conversation)
    readonly property string timeLabel: RelativeTime.format(conversation.lastActivityAt, RelativeTime.now)

    implicitHeight: 72
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.ListItem
    Accessible.name: [title, unread > 0 ? qsTr("%n unread", "", unread) : "", muted ? qsTr("muted") : "",
                      preview, timeLabel].filter(s => s !== "").join(", ")
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    background: Rectangle {
        radius: Theme.radiusControl
        color: row.selected ? Theme.accentTint : row.down || row.hovered ? Theme.hover : "transparent"
        border.width: row.visualFocus ? 2 : 0
        border.color: Theme.accent
    }

    contentItem: Item {
        Avatar {
            id: avatar
            x: Theme.space12
            anchors.verticalCenter: parent.verticalCenter
            size: 48
            name: row.title
            // Groups: the first letters of the first two words, as in the conversation's header.
            initials: (row.conversation.direct ?? true) ? (row.conversation.initials ?? "")
                      : row.title.split(" ").filter(w => w !== "").map(w => w.charAt(0)).join("").slice(0, 2).toUpperCase()
            Rectangle {
                // Group conversations carry a small group mark.
                visible: !(row.conversation.direct ?? true)
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: -2
                width: 20
                height: 20
                radius: 10
                color: Theme.card
                Icon {
                    anchors.centerIn: parent
                    name: "group"
                    size: 14
                }
            }
        }
        Text {
            id: titleLabel
            objectName: "conversationTitle"
            anchors.left: avatar.right
            anchors.leftMargin: Theme.space12
            anchors.right: timeLabel.left
            anchors.rightMargin: Theme.space8
            y: 14
            text: row.title
            elide: Text.ElideRight
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.weight: row.unread > 0 ? Theme.weightSemiBold : Theme.weightRegular
        }
        Text {
            id: timeLabel
            objectName: "conversationTime"
            anchors.right: parent.right
            anchors.rightMargin: Theme.space12
            anchors.baseline: titleLabel.baseline
            text: row.timeLabel
            color: row.unread > 0 && !row.muted ? Theme.accent : Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            font.weight: row.unread > 0 && !row.muted ? Theme.weightSemiBold : Theme.weightRegular
        }
        Text {
            id: previewLabel
            objectName: "conversationPreview"
            anchors.left: titleLabel.left
            anchors.right: marks.left
            anchors.rightMargin: Theme.space8
            anchors.top: titleLabel.bottom
            anchors.topMargin: 4
            text: row.preview
            elide: Text.ElideRight
            maximumLineCount: 1
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
        Row {
            id: marks
            anchors.right: parent.right
            anchors.rightMargin: Theme.space12
            anchors.verticalCenter: previewLabel.verticalCenter
            spacing: Theme.space4
            Icon {
                objectName: "conversationMuted"
                visible: row.muted
                anchors.verticalCenter: parent.verticalCenter
                name: "notifications_off"
                size: 16
            }
            Badge {
                objectName: "conversationUnread"
                visible: row.unread > 0
                anchors.verticalCenter: parent.verticalCenter
                count: row.unread
                muted: row.muted
            }
        }
    }
}
