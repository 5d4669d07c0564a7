import QtQuick
import Plein

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
            // Made only on posts I may change: most cards in a feed are other people's.
            Loader {
                id: menuButton
                active: card.mayModerate && !card.pending
                visible: active
                width: active ? Theme.touchTarget : 0
                height: Theme.touchTarget
                anchors.right: parent.right
                anchors.rightMargin: -Theme.space8
                anchors.verticalCenter: parent.verticalCenter
                sourceComponent: IconButton {
                    id: menuIcon
                    objectName: "postMenu"
                    iconName: "more_horiz"
                    label: qsTr("Post options")
                    onClicked: postMenu.open()

                    // Parts a card shows only on request are loaded by URL when first needed:
                    // with the Controls style they use, they held back a cold start
                    // (docs/performance.md).
                    LazyPopup {
                        id: postMenu
                        source: "PostMenu.qml"
                        onLoaded: {
                            item.parent = menuIcon
                            item.editRequested.connect(() => card.editing = true)
                            item.deleteRequested.connect(() => deleteDialog.open())
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
            source: "PostEditor.qml"
            onLoaded: {
                item.start(card.body)
                item.saved.connect(text => {
                    Session.editPost(card.postId, text)
                    card.editing = false
                })
                item.cancelled.connect(() => card.editing = false)
            }
        }

        Loader {
            active: card.attachments.length > 0
            visible: active
            width: parent.width
            source: "AttachmentList.qml"
            onLoaded: item.attachments = Qt.binding(() => card.attachments)
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
            Row {
                x: -Theme.space12
                y: -Theme.space8
                height: Theme.touchTarget

                ReactionBar {
                    objectName: "postReactions"
                    reactions: card.post.reactions ?? ({ like: card.post.likeCount ?? 0 })
                    mine: card.post.myReactions ?? []
                    onToggled: (kind, on) => Session.setReaction("post", card.postId, kind, on)
                    onReactorsRequested: kind => card.showPeople("reactors", qsTr("Reactions"))
                }
                CountButton {
                    objectName: "postComments"
                    iconName: "chat_bubble_outline"
                    count: card.post.commentCount ?? 0
                    Accessible.name: qsTr("%n comment(s)", "", count)
                    onClicked: if (!card.inDetail) card.openRequested(card.postId)
                }
            }
            Row {
                anchors.right: parent.right
                y: -Theme.space8
                height: Theme.touchTarget
                Loader {
                    active: card.pending && !card.failed
                    visible: active
                    anchors.verticalCenter: parent.verticalCenter
                    sourceComponent: Row {
                        objectName: "postPending"
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
                Loader {
                    active: card.announcement && !(card.post.acknowledged ?? false) && !card.mine
                    visible: active
                    anchors.verticalCenter: parent.verticalCenter
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
                    anchors.verticalCenter: parent.verticalCenter
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

    function showReaders() { showPeople("readers", qsTr("Not read yet")) }

    // Who reacted ("reactors") or who has not read an announcement yet ("readers").
    function showPeople(request, title) {
        peoplePopup.active = true
        peoplePopup.item.show(request, title)
    }

    LazyPopup {
        id: peoplePopup
        source: "PostPeoplePopup.qml"
        onLoaded: item.postId = Qt.binding(() => card.postId)
    }

    LazyPopup {
        id: deleteDialog
        source: "PostDeleteDialog.qml"
        onLoaded: item.confirmed.connect(() => Session.deletePost(card.postId))
    }
}
