import QtQuick
import Plein
import QtQuick.Controls.Basic
import QtQuick.Layouts

// One post: who, where and when on one line, the text, and the like and comment counts. A post
// still on its way shows a clock; one the server refused says why and offers retry or discard.
Rectangle {
    id: card
    property string postId
    property string author
    property string initials
    property string body
    property string group
    property var createdAt
    property bool edited
    property int likeCount
    property int commentCount
    property bool pending
    property bool failed
    property string error

    // Summed by bindings rather than a positioner, so a width change (rotating, resizing)
    // gives the right height at once, without waiting for a polish pass.
    implicitHeight: Theme.space16 + header.height + Theme.space12 + bodyText.implicitHeight
                    + (failed ? Theme.space12 + failedBox.implicitHeight : 0)
                    + Theme.space12 + actions.height + Theme.space16
    radius: Theme.radiusCard
    color: Theme.card
    border.color: failed ? Theme.danger : Theme.divider
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1 in %2: %3").arg(author).arg(groupLabel).arg(body)

    readonly property string groupLabel: group !== "" ? group : qsTr("Everyone")
    readonly property string timeLabel: RelativeTime.format(createdAt, RelativeTime.now)

    Item {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.space16

        // Name, then group and time, on one line; the name gives way only when it must.
        Item {
            id: header
            width: parent.width
            height: 40
            Avatar {
                id: avatar
                size: 40
                name: card.author
                initials: card.initials
            }
            Text {
                id: authorLabel
                objectName: "postAuthor"
                anchors.left: avatar.right
                anchors.leftMargin: Theme.space12
                anchors.verticalCenter: parent.verticalCenter
                width: Math.min(implicitWidth, (parent.width - avatar.width - Theme.space12) * 0.65)
                text: card.author
                elide: Text.ElideRight
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.weight: Theme.weightSemiBold
            }
            Text {
                objectName: "postMeta"
                anchors.left: authorLabel.right
                anchors.leftMargin: Theme.space8
                anchors.right: parent.right
                anchors.baseline: authorLabel.baseline
                text: card.groupLabel + " \u00b7 " + card.timeLabel + (card.edited ? " \u00b7 " + qsTr("edited") : "")
                elide: Text.ElideMiddle
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }

        Text {
            id: bodyText
            objectName: "postBody"
            anchors.top: header.bottom
            anchors.topMargin: Theme.space12
            width: parent.width
            text: card.body
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.text
            lineHeight: 1.25
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }

        Rectangle {
            id: failedBox
            objectName: "postFailed"
            visible: card.failed
            anchors.top: bodyText.bottom
            anchors.topMargin: Theme.space12
            width: parent.width
            implicitHeight: failedColumn.implicitHeight + 2 * Theme.space12
            radius: Theme.radiusControl
            color: Theme.dangerTint

            ColumnLayout {
                id: failedColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.space12
                spacing: Theme.space8
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.space8
                    Icon {
                        Layout.alignment: Qt.AlignTop
                        name: "error_outline"
                        size: 18
                        color: Theme.danger
                    }
                    Text {
                        Layout.fillWidth: true
                        text: card.error !== "" ? qsTr("Not sent: %1").arg(card.error) : qsTr("Not sent.")
                        wrapMode: Text.Wrap
                        color: Theme.danger
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                    }
                }
                RowLayout {
                    spacing: Theme.space8
                    PlainButton {
                        objectName: "postRetry"
                        kind: "secondary"
                        iconName: "refresh"
                        text: qsTr("Retry")
                        onClicked: Session.retryPost(card.postId)
                    }
                    PlainButton {
                        objectName: "postDiscard"
                        kind: "quiet"
                        tint: Theme.danger
                        text: qsTr("Discard")
                        onClicked: Session.discardPost(card.postId)
                    }
                }
            }
        }

        // The counts' 44 px hit areas reach into the card's padding, so the icons line up
        // with the text above and the card does not grow.
        Item {
            id: actions
            anchors.top: card.failed ? failedBox.bottom : bodyText.bottom
            anchors.topMargin: Theme.space12
            width: parent.width
            height: Theme.touchTarget - Theme.space16
            RowLayout {
            x: -Theme.space12
            width: parent.width + Theme.space12
            y: -Theme.space8
            height: Theme.touchTarget
            spacing: 0

            CountButton {
                objectName: "postLikes"
                iconName: "favorite_border"
                count: card.likeCount
                Accessible.name: qsTr("%n like(s)", "", card.likeCount)
            }
            CountButton {
                objectName: "postComments"
                iconName: "chat_bubble_outline"
                count: card.commentCount
                Accessible.name: qsTr("%n comment(s)", "", card.commentCount)
            }
            Item { Layout.fillWidth: true }
            Row {
                objectName: "postPending"
                visible: card.pending && !card.failed
                spacing: Theme.space4
                Accessible.role: Accessible.StaticText
                Accessible.name: pendingLabel.text
                Icon {
                    name: "schedule"
                    size: 16
                    anchors.verticalCenter: parent.verticalCenter
                }
                Text {
                    id: pendingLabel
                    text: qsTr("Sending\u2026")
                    color: Theme.textSecondary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                    anchors.verticalCenter: parent.verticalCenter
                }
            }
            }
        }
    }

    component CountButton: AbstractButton {
        id: countButton
        property string iconName
        property int count
        implicitHeight: Theme.touchTarget
        implicitWidth: Math.max(Theme.touchTarget, countRow.implicitWidth + 2 * Theme.space12)
        focusPolicy: Qt.StrongFocus
        background: Rectangle {
            radius: Theme.radiusControl
            color: countButton.hovered ? Theme.hover : "transparent"
            border.width: countButton.visualFocus ? 2 : 0
            border.color: Theme.accent
        }
        contentItem: Item {
            Row {
                id: countRow
                anchors.centerIn: parent
                spacing: 6
                Icon {
                    name: countButton.iconName
                    size: 18
                    anchors.verticalCenter: parent.verticalCenter
                }
                Text {
                    text: countButton.count
                    color: Theme.textSecondary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    anchors.verticalCenter: parent.verticalCenter
                }
            }
        }
    }
}
