import QtQuick
import Plein
import QtQuick.Controls.Basic

// A post with its comments, oldest first, and a field to add one. On desktops it sits beside
// the list; on phones and tablets it covers it, with a back button.
Rectangle {
    id: detail
    property string postId
    property bool showBack: true
    signal back()

    readonly property var comments: postId !== "" ? Session.comments(postId) : null
    readonly property int commentCount: comments ? comments.count : 0
    readonly property int columnWidth: Math.min(Theme.feedMaxWidth, width - 2 * (Theme.compact ? Theme.space12 : Theme.space16))

    color: Theme.background

    FeedFilter {
        id: thePost
        feed: PostNavigation.source ?? Session.feed
        postId: detail.postId
    }

    Rectangle {
        id: bar
        width: parent.width
        height: Theme.headerHeight
        color: Theme.background
        Row {
            x: Theme.space8
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.space4
            IconButton {
                objectName: "postDetailBack"
                iconName: detail.showBack ? "arrow_back" : "close"
                label: detail.showBack ? qsTr("Back") : qsTr("Close")
                onClicked: detail.back()
            }
            Text {
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Post")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.weight: Theme.weightSemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
        }
    }

    ListView {
        id: list
        // Later, not inside a layout pass: moving the view while it lays out its header
        // recurses.
        function toTop() {
            if (!moving)
                positionViewAtBeginning()
        }
        objectName: "commentsList"
        anchors.top: bar.bottom
        anchors.bottom: commentBox.top
        width: parent.width
        clip: true
        spacing: Theme.space8
        bottomMargin: Theme.space16
        boundsBehavior: Flickable.StopAtBounds
        model: detail.comments
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Comments")

        header: Column {
            width: list.width
            // While nobody scrolls, a growing header (the post arriving) stays in view.
            onHeightChanged: if (!list.moving) Qt.callLater(list.toTop)
            spacing: Theme.space12
            bottomPadding: Theme.space12
            Repeater {
                model: thePost
                delegate: Item {
                    id: postRow
                    required property var model
                    width: list.width
                    height: card.implicitHeight
                    PostCard {
                        id: card
                        objectName: "detailPost"
                        width: detail.columnWidth
                        anchors.horizontalCenter: parent.horizontalCenter
                        post: postRow.model
                        inDetail: true
                    }
                }
            }
            Text {
                objectName: "postGone"
                visible: thePost.count === 0
                width: detail.columnWidth
                anchors.horizontalCenter: parent.horizontalCenter
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: qsTr("This post is no longer here.")
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
            Text {
                width: detail.columnWidth
                anchors.horizontalCenter: parent.horizontalCenter
                text: qsTr("Comments")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                font.weight: Theme.weightSemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                objectName: "commentsEmpty"
                visible: detail.commentCount === 0
                width: detail.columnWidth
                anchors.horizontalCenter: parent.horizontalCenter
                wrapMode: Text.Wrap
                text: qsTr("No comments yet. Be the first to reply.")
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
        }

        delegate: Item {
            id: commentRow
            required property var model
            width: list.width
            height: comment.implicitHeight
            CommentItem {
                id: comment
                width: detail.columnWidth
                anchors.horizontalCenter: parent.horizontalCenter
                comment: commentRow.model
            }
        }
    }
    ListScrollBar { view: list }

    Rectangle {
        id: commentBox
        anchors.bottom: parent.bottom
        width: parent.width
        height: commentRowItem.height + 2 * Theme.space12
        color: Theme.card
        Rectangle { width: parent.width; height: 1; color: Theme.divider }
        Item {
            id: commentRowItem
            width: detail.columnWidth
            height: Math.max(Theme.touchTarget, commentField.implicitHeight)
            anchors.centerIn: parent
            TextArea {
                id: commentField
                objectName: "commentText"
                anchors.left: parent.left
                anchors.right: sendButton.left
                anchors.rightMargin: Theme.space8
                anchors.verticalCenter: parent.verticalCenter
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("Write a comment\u2026")
                placeholderTextColor: Theme.textSecondary
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                padding: Theme.space12
                Accessible.name: qsTr("New comment")
                background: Rectangle {
                    radius: Theme.radiusBubble
                    color: Theme.background
                    border.color: commentField.activeFocus ? Theme.accent : Theme.divider
                }
                Keys.onPressed: event => {
                    if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && (event.modifiers & Qt.ControlModifier)) {
                        sendButton.clicked()
                        event.accepted = true
                    }
                }
            }
            IconButton {
                id: sendButton
                objectName: "commentSend"
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                iconName: "send"
                ink: Theme.accent
                label: qsTr("Send comment")
                enabled: commentField.text.trim() !== ""
                opacity: enabled ? 1 : 0.45
                onClicked: Session.addComment(detail.postId, commentField.text.trim())
                Connections {
                    target: Session
                    function onCommentCreated(postId) {
                        if (postId === detail.postId)
                            commentField.clear()
                    }
                }
            }
        }
    }
}
