import QtQuick
import Plein
import QtQuick.Controls.Basic
import QtQuick.Templates as T
import QtQuick.Layouts

// One post: who, where and when on one line, the text (a safe Markdown subset), attachments,
// reactions and the comment count. A post still on its way shows a clock; one the server refused
// says why and offers retry or discard; an edit that crossed someone else's shows both choices.
// `post` is the feed row (the delegate's model object); roles the cache does not have yet read
// as undefined and show nothing.
Rectangle {
    id: card
    property var post: ({})
    // In the post detail the comment count is not a button to itself.
    property bool inDetail: false
    signal openRequested(string postId)

    readonly property string postId: post.postId ?? ""
    readonly property string author: post.author ?? ""
    readonly property string body: post.body ?? ""
    readonly property string group: post.group ?? ""
    readonly property bool pending: post.pending ?? false
    readonly property bool failed: post.failed ?? false
    readonly property bool announcement: post.announcement ?? false
    readonly property bool conflict: post.conflict ?? false
    readonly property var attachments: post.attachments ?? []
    readonly property bool mine: (post.authorId ?? "") !== "" && post.authorId === Session.myId
    readonly property bool mayModerate: mine || Session.isAdmin
    property bool editing: false

    implicitHeight: column.implicitHeight + 2 * Theme.space16
    radius: Theme.radiusCard
    color: Theme.card
    border.color: failed ? Theme.danger : Theme.divider
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1 in %2: %3").arg(author).arg(groupLabel).arg(Markdown.toPlainText(body))

    readonly property string groupLabel: group !== "" ? group : qsTr("Everyone")
    readonly property string timeLabel: RelativeTime.format(post.createdAt, RelativeTime.now)

    // Announcements carry an accent edge.
    Rectangle {
        visible: card.announcement
        width: 4
        radius: 2
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.margins: 1
        color: Theme.accent
    }

    Column {
        id: column
        x: Theme.space16
        y: Theme.space16
        width: card.width - 2 * Theme.space16
        spacing: Theme.space12

        // Name, then group and time, on one line; the name gives way only when it must.
        Item {
            id: header
            width: parent.width
            height: 40
            Avatar {
                id: avatar
                size: 40
                name: card.author
                initials: card.post.initials ?? ""
            }
            Text {
                id: authorLabel
                objectName: "postAuthor"
                anchors.left: avatar.right
                anchors.leftMargin: Theme.space12
                anchors.verticalCenter: parent.verticalCenter
                width: Math.min(implicitWidth, (parent.width - avatar.width - Theme.space12 - menuButton.width) * 0.6)
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
                anchors.right: menuButton.left
                anchors.rightMargin: Theme.space4
                anchors.baseline: authorLabel.baseline
                text: card.groupLabel + " \u00b7 " + card.timeLabel + ((card.post.edited ?? false) ? " \u00b7 " + qsTr("edited") : "")
                elide: Text.ElideMiddle
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
            IconButton {
                id: menuButton
                objectName: "postMenu"
                visible: card.mayModerate && !card.pending
                width: visible ? Theme.touchTarget : 0
                anchors.right: parent.right
                anchors.rightMargin: -Theme.space8
                anchors.verticalCenter: parent.verticalCenter
                iconName: "more_horiz"
                label: qsTr("Post options")
                onClicked: postMenu.open()

                LazyPopup {
                    id: postMenu
                    sourceComponent: Menu {
                        parent: menuButton
                        y: menuButton.height
                        MenuItem {
                            objectName: "postEdit"
                            text: qsTr("Edit")
                            // The editor starts from the post's text (see postEditor).
                            onTriggered: card.editing = true
                        }
                        MenuItem {
                            objectName: "postDelete"
                            text: qsTr("Delete")
                            onTriggered: deleteDialog.open()
                        }
                    }
                }
            }
        }

        // What only some posts show is made only for them: a card is made for every post
        // scrolled past, and these parts were much of a card's cost (docs/performance.md).
        Loader {
            active: card.announcement
            visible: active
            sourceComponent: Row {
                spacing: Theme.space4
                Icon { name: "campaign"; size: 16; color: Theme.accent; anchors.verticalCenter: parent.verticalCenter }
                Text {
                    text: qsTr("Announcement")
                    color: Theme.accent
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                    font.weight: Theme.weightSemiBold
                    anchors.verticalCenter: parent.verticalCenter
                }
            }
        }

        Text {
            id: bodyText
            objectName: "postBody"
            visible: !card.editing
            // What a reader sees, without markup: the tests compare this.
            readonly property string plainText: Markdown.toPlainText(card.body)
            width: parent.width
            text: Markdown.toStyledText(card.body)
            textFormat: Text.StyledText
            wrapMode: Text.Wrap
            color: Theme.text
            linkColor: Theme.accent
            lineHeight: 1.25
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            onLinkActivated: link => {
                if (!link.startsWith("plein:"))
                    Qt.openUrlExternally(link)
            }
            HoverHandler {
                enabled: bodyText.hoveredLink !== ""
                cursorShape: Qt.PointingHandCursor
            }
        }

        // Inline editor for my own post, made when editing starts.
        Loader {
            active: card.editing
            visible: active
            width: parent.width
            sourceComponent: Column {
                spacing: Theme.space8
                TextArea {
                    id: editor
                    objectName: "postEditor"
                    width: parent.width
                    Component.onCompleted: {
                        text = card.body
                        forceActiveFocus()
                    }
                    wrapMode: TextEdit.Wrap
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    Accessible.name: qsTr("Edit post")
                    background: Rectangle {
                        radius: Theme.radiusControl
                        color: Theme.background
                        border.color: editor.activeFocus ? Theme.accent : Theme.divider
                    }
                }
                Row {
                    spacing: Theme.space8
                    PlainButton {
                        objectName: "postEditSave"
                        text: qsTr("Save")
                        enabled: editor.text.trim() !== ""
                        onClicked: {
                            Session.editPost(card.postId, editor.text)
                            card.editing = false
                        }
                    }
                    PlainButton {
                        kind: "quiet"
                        text: qsTr("Cancel")
                        onClicked: card.editing = false
                    }
                }
            }
        }

        Loader {
            active: card.attachments.length > 0
            visible: active
            width: parent.width
            sourceComponent: AttachmentList {
                attachments: card.attachments
            }
        }

        // My edit crossed someone else's.
        Loader {
            active: card.conflict
            visible: active
            width: parent.width
            sourceComponent: Notice {
                objectName: "postConflict"
                tone: "warning"
                iconName: "merge_type"
                message: qsTr("Changed elsewhere while you edited")
                primaryText: qsTr("Use mine")
                secondaryText: qsTr("Discard mine")
                onPrimary: Session.resolveEditConflict(card.postId, true)
                onSecondary: Session.resolveEditConflict(card.postId, false)
            }
        }

        Loader {
            active: card.failed
            visible: active
            width: parent.width
            sourceComponent: Notice {
                objectName: "postFailed"
                tone: "danger"
                iconName: "error_outline"
                message: (card.post.error ?? "") !== "" ? qsTr("Not sent: %1").arg(card.post.error) : qsTr("Not sent.")
                primaryText: qsTr("Retry")
                primaryIcon: "refresh"
                secondaryText: qsTr("Discard")
                primaryName: "postRetry"
                secondaryName: "postDiscard"
                onPrimary: Session.retryPost(card.postId)
                onSecondary: Session.discardPost(card.postId)
            }
        }

        // The buttons' 44 px hit areas reach into the card's padding, so the icons line up
        // with the text above and the card does not grow.
        Item {
            id: actions
            width: parent.width
            height: Theme.touchTarget - Theme.space16
            RowLayout {
                x: -Theme.space12
                width: parent.width + Theme.space12
                y: -Theme.space8
                height: Theme.touchTarget
                spacing: 0

                ReactionBar {
                    objectName: "postReactions"
                    reactions: card.post.reactions ?? ({ like: card.post.likeCount ?? 0 })
                    mine: card.post.myReactions ?? []
                    onToggled: (kind, on) => Session.setReaction("post", card.postId, kind, on)
                    onReactorsRequested: kind => card.showPeople("reactors", qsTr("Reactions"), emoji)
                }
                CountButton {
                    objectName: "postComments"
                    iconName: "chat_bubble_outline"
                    count: card.post.commentCount ?? 0
                    Accessible.name: qsTr("%n comment(s)", "", count)
                    onClicked: if (!card.inDetail) card.openRequested(card.postId)
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
                Loader {
                    active: card.announcement && !(card.post.acknowledged ?? false) && !card.mine
                    visible: active
                    sourceComponent: PlainButton {
                        objectName: "postAcknowledge"
                        kind: "secondary"
                        iconName: "done"
                        text: qsTr("Mark as read")
                        onClicked: Session.acknowledge(card.postId)
                    }
                }
                Loader {
                    active: card.announcement && (card.mine || Session.mayAnnounce)
                    visible: active
                    sourceComponent: PlainButton {
                        objectName: "postReadCount"
                        kind: "quiet"
                        text: qsTr("Read by %n", "", card.post.readCount ?? 0)
                        onClicked: card.showReaders()
                    }
                }
            }
        }
    }

    function showReaders() { showPeople("readers", qsTr("Not read yet"), ({})) }

    // Who reacted ("reactors") or who has not read an announcement yet ("readers").
    function showPeople(request, title, emoji) {
        peoplePopup.active = true
        const popup = peoplePopup.item
        popup.title = title
        popup.emoji = emoji
        popup.request = request
        popup.people = []
        popup.status = qsTr("Loading…")
        popup.open()
        if (request === "readers")
            Remote.readers(card.postId)
        else
            Remote.reactors("post", card.postId)
    }

    LazyPopup {
        id: peoplePopup
        sourceComponent: PeoplePopup {
            id: popup
            property string request
            Connections {
                target: Remote
                enabled: popup.opened
                function onAnswered(request, key, result, error) {
                    if (request !== popup.request || key !== card.postId)
                        return
                    if (error !== "") {
                        popup.status = error
                    } else if (request === "readers") {
                        popup.title = qsTr("Read by %1 of %2").arg(result.readCount).arg(result.audienceCount)
                        popup.people = result.unread
                        popup.status = result.unread.length === 0 ? qsTr("Everyone has read it.") : qsTr("Not read yet:")
                    } else {
                        popup.people = result
                        popup.status = result.length === 0 ? qsTr("No reactions yet.") : ""
                    }
                }
            }
        }
    }

    LazyPopup {
        id: deleteDialog
        sourceComponent: Dialog {
            id: dialog
            objectName: "postDeleteDialog"
            parent: T.Overlay.overlay
            anchors.centerIn: parent
            modal: true
            width: Math.min(360, parent ? parent.width - 2 * Theme.space24 : 360)
            title: qsTr("Delete this post?")
            padding: Theme.space24
            background: Rectangle { radius: Theme.radiusCard; color: Theme.card; border.color: Theme.divider }
            header: Text {
                text: dialog.title
                padding: Theme.space24
                bottomPadding: 0
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                font.weight: Theme.weightSemiBold
            }
            contentItem: Text {
                text: qsTr("It disappears for everyone, with its comments.")
                wrapMode: Text.Wrap
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
            footer: Row {
                layoutDirection: Qt.RightToLeft
                padding: Theme.space16
                spacing: Theme.space8
                PlainButton {
                    objectName: "postDeleteConfirm"
                    kind: "danger"
                    text: qsTr("Delete")
                    onClicked: {
                        Session.deletePost(card.postId)
                        dialog.close()
                    }
                }
                PlainButton {
                    kind: "quiet"
                    text: qsTr("Cancel")
                    onClicked: dialog.close()
                }
            }
        }
    }
}
