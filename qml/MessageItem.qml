import QtQuick
import Plein
import QtQuick.Controls.Basic

// One chat message: a day separator and the "New messages" line above it when due, the
// sender's name and avatar at the start of a run (group conversations), the bubble (mine on
// the right on the accent tint, others on the left), with the message it replies to, images
// and files, the text, and in its corner the time, "edited" and the state: a clock while it
// waits, a check once the server has it, a double check once read. Reactions under it; a
// message the server refused says why and offers Retry and Delete.
Item {
    id: item
    property var message: ({})
    property bool group: false
    property bool showNewDivider: false
    property bool highlighted: false
    property int maxBubbleWidth: 520
    // The view's clock, for "Today" and "Yesterday".
    property var now: new Date()
    signal menuRequested(var message, Item source, real x, real y)
    signal reactRequested(var message, Item source)
    signal replyRequested(var message)
    signal quoteActivated(string messageId)

    readonly property string messageId: message.messageId ?? ""
    readonly property bool mine: message.mine ?? false
    readonly property bool pending: message.pending ?? false
    readonly property bool failed: message.failed ?? false
    readonly property bool firstOfRun: message.firstOfRun ?? true
    readonly property bool firstOfDay: message.firstOfDay ?? false
    readonly property string body: message.body ?? ""
    readonly property var attachments: message.attachments ?? []
    readonly property var reactions: message.reactions ?? ({})
    readonly property var myReactions: message.myReactions ?? []
    readonly property var reactionKinds: ChatText.reactionKinds.filter(k => (reactions[k] ?? 0) > 0)
    readonly property bool isReply: (message.replyToId ?? "") !== ""
    readonly property bool showSender: group && !mine && firstOfRun
    readonly property int avatarSpace: group && !mine ? 36 + Theme.space8 : 0
    readonly property int sideMargin: Theme.compact ? Theme.space12 : Theme.space16
    // What the state mark says: pending, failed, read, sent.
    readonly property string stateName: failed ? "failed" : pending ? "pending"
                                        : (message.readByAll ?? false) || (!group && (message.readByCount ?? 0) > 0) ? "read"
                                        : (message.readByCount ?? 0) > 0 ? "readBySome" : "sent"
    readonly property string stateLabel: stateName === "failed" ? qsTr("Not sent")
                                         : stateName === "pending" ? qsTr("Sending\u2026")
                                         : stateName === "read" ? qsTr("Read")
                                         : stateName === "readBySome" ? qsTr("Read by %n", "", message.readByCount ?? 0)
                                         : qsTr("Sent")
    readonly property string timeLabel: ChatText.time(message.createdAt)

    implicitHeight: column.implicitHeight
    Accessible.role: Accessible.ListItem
    Accessible.name: [mine ? qsTr("You") : (message.author ?? ""), Markdown.toPlainText(body),
                      timeLabel, (message.edited ?? false) ? qsTr("edited") : "", mine ? stateLabel : ""]
                     .filter(s => s !== "").join(", ")

    HoverHandler { id: hover }

    Column {
        id: column
        width: parent.width
        topPadding: item.firstOfRun ? Theme.space8 : 2

        // "Today", "Yesterday", a weekday or a date, as a small pill.
        Item {
            visible: item.firstOfDay
            width: parent.width
            height: 40
            Rectangle {
                anchors.centerIn: parent
                width: dayLabel.implicitWidth + 2 * Theme.space12
                height: 24
                radius: 12
                color: Theme.card
                border.color: Theme.divider
                Text {
                    id: dayLabel
                    objectName: "daySeparator"
                    anchors.centerIn: parent
                    text: ChatText.day(item.message.createdAt, item.now)
                    color: Theme.textSecondary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                    font.weight: Theme.weightSemiBold
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
            }
        }

        // Where the unread messages start.
        Item {
            objectName: "newMessagesDivider"
            visible: item.showNewDivider
            width: parent.width
            height: 36
            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                x: item.sideMargin
                width: parent.width - 2 * item.sideMargin
                height: 1
                color: Theme.accent
            }
            Rectangle {
                anchors.centerIn: parent
                width: newLabel.implicitWidth + 2 * Theme.space12
                height: 22
                radius: 11
                color: Theme.background
                Text {
                    id: newLabel
                    anchors.centerIn: parent
                    text: qsTr("New messages")
                    color: Theme.accent
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                    font.weight: Theme.weightSemiBold
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
            }
        }

        Text {
            objectName: "messageAuthor"
            visible: item.showSender
            x: item.sideMargin + item.avatarSpace + Theme.space12
            width: item.maxBubbleWidth
            bottomPadding: 2
            text: item.message.author ?? ""
            elide: Text.ElideRight
            color: Theme.avatarTone(item.message.author ?? "")[1]
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            font.weight: Theme.weightSemiBold
        }

        Item {
            id: bubbleRow
            width: parent.width
            height: bubbleColumn.height

            Avatar {
                visible: item.showSender
                x: item.sideMargin
                size: 36
                name: item.message.author ?? ""
                initials: item.message.initials ?? ""
            }

            Column {
                id: bubbleColumn
                x: item.mine ? bubbleRow.width - width - item.sideMargin : item.sideMargin + item.avatarSpace
                width: Math.max(bubble.width, reactionRow.visible ? reactionRow.implicitWidth : 0,
                                failedNotice.visible ? failedNotice.width : 0)
                spacing: Theme.space4

                Rectangle {
                    id: bubble
                    objectName: "messageBubble"
                    readonly property int padding: Theme.space12
                    readonly property int innerMax: item.maxBubbleWidth - 2 * padding
                    // Time and state sit beside a short text, under a longer one.
                    readonly property int inlineWidth: bodyText.implicitWidth + Theme.space8 + metaRow.implicitWidth
                    readonly property bool metaInline: !bodyText.visible || inlineWidth <= innerMax
                    readonly property int contentWidth: Math.min(innerMax, Math.max(
                        bodyText.visible ? (metaInline ? inlineWidth : bodyText.implicitWidth) : 0,
                        metaRow.implicitWidth,
                        quote.visible ? Math.min(innerMax, 200) : 0,
                        attachmentList.visible ? Math.min(innerMax, 260) : 0))
                    x: item.mine ? bubbleColumn.width - width : 0
                    width: contentWidth + 2 * padding
                    height: bubbleContent.implicitHeight + 2 * 8
                    radius: Theme.radiusBubble
                    color: item.highlighted ? Theme.warningTint : item.mine ? Theme.accentTint : Theme.card
                    border.width: item.failed ? 1 : item.mine ? 0 : 1
                    border.color: item.failed ? Theme.danger : Theme.divider
                    Behavior on color { ColorAnimation { duration: Theme.durationNormal } }

                    TapHandler {
                        acceptedButtons: Qt.RightButton
                        onTapped: eventPoint => item.menuRequested(item.message, bubble, eventPoint.position.x, eventPoint.position.y)
                    }
                    TapHandler {
                        acceptedButtons: Qt.LeftButton
                        onLongPressed: item.menuRequested(item.message, bubble, point.position.x, point.position.y)
                    }

                    Column {
                        id: bubbleContent
                        x: bubble.padding
                        y: 8
                        width: bubble.contentWidth
                        spacing: Theme.space8

                        // The message this one answers; a tap scrolls to it.
                        AbstractButton {
                            id: quote
                            objectName: "messageQuote"
                            visible: item.isReply
                            width: parent.width
                            height: quoteColumn.implicitHeight + 2 * 6
                            focusPolicy: Qt.StrongFocus
                            Accessible.role: Accessible.Button
                            Accessible.name: qsTr("Reply to %1: %2").arg(quoteAuthor.text).arg(quoteText.text)
                            onClicked: item.quoteActivated(item.message.replyToId ?? "")
                            background: Rectangle {
                                radius: Theme.radiusControl
                                color: item.mine ? Qt.rgba(0, 0, 0, Theme.dark ? 0.2 : 0.05) : Theme.background
                                border.width: quote.visualFocus ? 2 : 0
                                border.color: Theme.accent
                                Rectangle {
                                    width: 3
                                    height: parent.height - 8
                                    x: 4
                                    y: 4
                                    radius: 1.5
                                    color: Theme.accent
                                }
                            }
                            contentItem: Item {
                                Column {
                                    id: quoteColumn
                                    x: 14
                                    y: 6
                                    width: quote.width - 20
                                    Text {
                                        id: quoteAuthor
                                        objectName: "messageQuoteAuthor"
                                        width: parent.width
                                        text: item.message.replyToAuthor ?? ""
                                        elide: Text.ElideRight
                                        color: Theme.accent
                                        font.family: Theme.fontFamily
                                        font.pixelSize: Theme.fontCaption
                                        font.weight: Theme.weightSemiBold
                                    }
                                    Text {
                                        id: quoteText
                                        objectName: "messageQuoteText"
                                        width: parent.width
                                        text: (item.message.replyToDeleted ?? false) ? qsTr("This message was deleted")
                                              : Markdown.toPlainText(item.message.replyToExcerpt ?? "").replace(/\s+/g, " ")
                                        font.italic: item.message.replyToDeleted ?? false
                                        elide: Text.ElideRight
                                        maximumLineCount: 2
                                        wrapMode: Text.Wrap
                                        color: Theme.textSecondary
                                        font.family: Theme.fontFamily
                                        font.pixelSize: Theme.fontSmall
                                    }
                                }
                            }
                        }

                        AttachmentList {
                            id: attachmentList
                            objectName: "messageAttachments"
                            visible: item.attachments.length > 0
                            width: Math.min(parent.width, 260)
                            anchors.right: item.mine ? parent.right : undefined
                            attachments: item.attachments
                        }

                        Item {
                            width: parent.width
                            height: !bodyText.visible ? metaRow.height
                                    : bubble.metaInline ? Math.max(bodyText.height, metaRow.height)
                                    : bodyText.height + metaRow.height

                            Text {
                                id: bodyText
                                objectName: "messageBody"
                                visible: item.body !== ""
                                // What a reader sees, without markup: the tests compare this.
                                readonly property string plainText: Markdown.toPlainText(item.body)
                                width: bubble.metaInline ? implicitWidth : parent.width
                                text: Markdown.toStyledText(item.body)
                                textFormat: Text.StyledText
                                wrapMode: Text.Wrap
                                color: Theme.text
                                linkColor: Theme.accent
                                lineHeight: 1.2
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

                            Row {
                                id: metaRow
                                objectName: "messageMeta"
                                anchors.right: parent.right
                                anchors.bottom: parent.bottom
                                anchors.bottomMargin: bodyText.visible ? 1 : 0
                                spacing: 3
                                Text {
                                    objectName: "messageEdited"
                                    visible: item.message.edited ?? false
                                    anchors.verticalCenter: parent.verticalCenter
                                    text: qsTr("edited")
                                    color: Theme.textSecondary
                                    font.family: Theme.fontFamily
                                    font.pixelSize: 11
                                    font.italic: true
                                }
                                Text {
                                    objectName: "messageTime"
                                    anchors.verticalCenter: parent.verticalCenter
                                    text: item.timeLabel
                                    color: Theme.textSecondary
                                    font.family: Theme.fontFamily
                                    font.pixelSize: 11
                                }
                                Icon {
                                    id: stateIcon
                                    objectName: "messageState"
                                    // The state, in words, for the tests and screen readers.
                                    readonly property string stateName: item.stateName
                                    visible: item.mine
                                    anchors.verticalCenter: parent.verticalCenter
                                    name: item.stateName === "failed" ? "error"
                                          : item.stateName === "pending" ? "schedule"
                                          : item.stateName === "sent" ? "done" : "done_all"
                                    size: 15
                                    color: item.stateName === "failed" ? Theme.danger
                                           : item.stateName === "read" ? Theme.accent : Theme.textSecondary
                                    Accessible.ignored: false
                                    Accessible.role: Accessible.StaticText
                                    Accessible.name: item.stateLabel
                                }
                            }
                        }
                    }
                }

                // Reactions, each with its count; mine highlighted, a tap toggles mine.
                Flow {
                    id: reactionRow
                    objectName: "messageReactions"
                    visible: item.reactionKinds.length > 0
                    x: item.mine ? bubbleColumn.width - width : 0
                    width: Math.min(implicitWidth, item.maxBubbleWidth)
                    spacing: Theme.space4
                    Repeater {
                        model: item.reactionKinds
                        delegate: AbstractButton {
                            id: chip
                            required property string modelData
                            readonly property bool active: item.myReactions.indexOf(modelData) >= 0
                            readonly property int count: item.reactions[modelData] ?? 0
                            objectName: "messageReaction_" + modelData
                            implicitHeight: Theme.touchTarget - 12
                            implicitWidth: chipRow.implicitWidth + 2 * Theme.space8
                            focusPolicy: Qt.StrongFocus
                            Accessible.role: Accessible.Button
                            Accessible.name: qsTr("%1: %2").arg(ChatText.reactionLabel(modelData)).arg(count)
                            Accessible.checked: active
                            onClicked: Chats.setReaction(item.messageId, modelData, !active)
                            background: Rectangle {
                                radius: height / 2
                                color: chip.active ? Theme.accentTint : Theme.card
                                border.width: chip.visualFocus ? 2 : 1
                                border.color: chip.active || chip.visualFocus ? Theme.accent : Theme.divider
                            }
                            contentItem: Item {
                                Row {
                                    id: chipRow
                                    anchors.centerIn: parent
                                    spacing: 4
                                    // The emoji picture the app ships (ReactionPictures.h), as on feed cards.
                                    Image {
                                        width: 15
                                        height: 14
                                        source: ReactionEmoji.picture(chip.modelData)
                                        smooth: true
                                        anchors.verticalCenter: parent.verticalCenter
                                    }
                                    Text {
                                        text: chip.count
                                        color: chip.active ? Theme.accent : Theme.textSecondary
                                        font.family: Theme.fontFamily
                                        font.pixelSize: Theme.fontCaption
                                        font.weight: chip.active ? Theme.weightSemiBold : Theme.weightRegular
                                        anchors.verticalCenter: parent.verticalCenter
                                    }
                                }
                            }
                        }
                    }
                }

                Notice {
                    id: failedNotice
                    objectName: "messageFailed"
                    visible: item.failed
                    x: item.mine ? bubbleColumn.width - width : 0
                    width: Math.min(item.maxBubbleWidth, 340)
                    tone: "danger"
                    iconName: "error_outline"
                    message: (item.message.error ?? "") !== "" ? qsTr("Not sent: %1").arg(item.message.error) : qsTr("Not sent.")
                    primaryText: qsTr("Retry")
                    primaryIcon: "refresh"
                    primaryName: "messageRetry"
                    secondaryText: qsTr("Delete")
                    secondaryName: "messageDiscard"
                    onPrimary: Chats.retry(item.messageId)
                    onSecondary: Chats.discard(item.messageId)
                }
            }

            // Desktop: React, Reply and More beside the hovered message.
            Row {
                objectName: "messageHoverActions"
                visible: !Theme.compact && hover.hovered && !item.failed
                x: item.mine ? bubbleColumn.x - width - Theme.space4 : bubbleColumn.x + bubbleColumn.width + Theme.space4
                y: Math.max(0, Math.min(bubble.height, Theme.touchTarget) / 2 - Theme.touchTarget / 2)
                layoutDirection: item.mine ? Qt.RightToLeft : Qt.LeftToRight
                IconButton {
                    id: reactButton
                    objectName: "messageReactButton"
                    iconName: "add_reaction"
                    iconSize: 18
                    label: qsTr("React")
                    onClicked: item.reactRequested(item.message, reactButton)
                }
                IconButton {
                    objectName: "messageReplyButton"
                    visible: !item.pending
                    iconName: "reply"
                    iconSize: 18
                    label: qsTr("Reply")
                    onClicked: item.replyRequested(item.message)
                }
                IconButton {
                    id: moreButton
                    objectName: "messageMoreButton"
                    iconName: "more_horiz"
                    iconSize: 18
                    label: qsTr("More actions")
                    onClicked: item.menuRequested(item.message, moreButton, 0, moreButton.height)
                }
            }
        }
    }
}
