import QtQuick
import Plein
import QtQuick.Controls.Basic
import QtQuick.Templates as T

// One conversation: a header (who, members, details), the messages (newest at the bottom,
// older ones load when scrolling up), who is typing, and the composer. It opens at the first
// unread message, under a "New messages" line, or at the newest.
Rectangle {
    id: view
    property string conversationId
    property bool showBack: false
    signal back()
    signal closed()

    readonly property var messages: conversationId !== "" ? Chats.messages(conversationId) : null
    readonly property int messageCount: messages ? messages.count : 0
    // conversationInfo is a snapshot: read again whenever the conversations change.
    property int infoRevision: 0
    readonly property var info: infoRevision, conversationId !== "" ? Chats.conversationInfo(conversationId) : ({})
    readonly property bool isGroup: !(info.direct ?? true)
    readonly property var otherMember: (info.members ?? []).find(m => m.userId !== Session.myId) ?? ({})
    readonly property string title: (info.title ?? "") !== "" ? info.title : (otherMember.name ?? "")
    readonly property string typingText: ChatText.typing(messages ? messages.typingNames : [])
    // The width a bubble may take: most of the pane, never a whole wide screen.
    readonly property int maxBubbleWidth: Math.min(Theme.compact ? contentWidth * 0.8 : 560, contentWidth * 0.75)
    property bool infoOpen: false
    property string highlightId
    // The first unread message when the conversation was opened (its divider stays while open).
    property string firstUnreadId
    property bool positioned: false
    property bool userScrolled: false
    property string jumpTarget
    // The messages' width: the details panel takes the right side when there is room.
    readonly property int contentWidth: infoOpen && infoPanel.beside ? width - infoPanel.width : width

    color: Theme.background
    Accessible.role: Accessible.Pane
    Accessible.name: title

    onConversationIdChanged: {
        infoOpen = false
        userScrolled = false
        highlightId = ""
        jumpTarget = ""
        positioned = false
        firstUnreadId = messages ? messages.firstUnreadId : ""
        Qt.callLater(positionAtStart)
    }

    Connections {
        target: Chats.conversations
        function onDataChanged() { view.infoRevision++ }
        function onRowsInserted() { view.infoRevision++ }
        function onRowsRemoved() { view.infoRevision++ }
        function onModelReset() { view.infoRevision++ }
    }
    Connections {
        target: view.messages
        function onCountChanged() {
            if (!view.positioned)
                Qt.callLater(view.positionAtStart)
            if (view.jumpTarget !== "")
                Qt.callLater(view.jumpTo, view.jumpTarget)
        }
        // Found (or corrected) once history arrives: go there, unless the user already scrolled.
        function onFirstUnreadIdChanged() {
            if (view.userScrolled || view.messages.firstUnreadId === "")
                return
            view.firstUnreadId = view.messages.firstUnreadId
            view.positioned = false
            Qt.callLater(view.positionAtStart)
        }
    }

    // Opens at the first unread message, or at the newest; once, when there is something to show.
    function positionAtStart() {
        if (positioned || !messages || messages.count === 0)
            return
        const target = firstUnreadId !== "" ? messages.indexOf(firstUnreadId) : -1
        if (firstUnreadId !== "" && target < 0 && !messages.atEnd) {
            // Not loaded yet: fetch older pages until it is.
            messages.fetchMore(messages.index(-1, 0))
            return
        }
        positioned = true
        if (target >= 0) {
            list.positionViewAtIndex(target, ListView.End)
            list.followNewest = list.atYEnd
        } else {
            list.followNewest = true
            list.positionViewAtBeginning()
        }
    }
    // Scrolls to a message (a quoted one) and flashes it; loads older pages if it is not here yet.
    function jumpTo(messageId) {
        if (!messages || messageId === "")
            return
        const index = messages.indexOf(messageId)
        if (index >= 0) {
            jumpTarget = ""
            list.followNewest = false
            list.positionViewAtIndex(index, ListView.Center)
            highlightId = messageId
            highlightTimer.restart()
        } else if (!messages.atEnd) {
            jumpTarget = messageId
            if (!messages.loading)
                messages.fetchMore(messages.index(-1, 0))
        } else {
            jumpTarget = ""
        }
    }
    Timer {
        id: highlightTimer
        interval: 1500
        onTriggered: view.highlightId = ""
    }

    // What the menus need of a message, kept apart from its delegate (which may go away).
    function snapshot(message) {
        return { messageId: message.messageId ?? "", mine: message.mine ?? false, body: message.body ?? "",
                 author: message.author ?? "", pending: message.pending ?? false, failed: message.failed ?? false,
                 myReactions: message.myReactions ?? [] }
    }
    function copyText(text) {
        clipboardHelper.text = text
        clipboardHelper.selectAll()
        clipboardHelper.copy()
        clipboardHelper.text = ""
    }
    TextEdit {
        id: clipboardHelper
        visible: false
    }

    Keys.onEscapePressed: event => {
        if (infoOpen)
            infoOpen = false
        else if (showBack)
            back()
        else
            event.accepted = false
    }

    // Header: back (narrow), who or what, members or who is typing, details.
    Rectangle {
        id: header
        z: 2
        width: view.contentWidth
        height: Theme.headerHeight + 8
        color: Theme.card
        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.divider }

        IconButton {
            id: backButton
            objectName: "conversationBack"
            visible: view.showBack
            width: visible ? Theme.touchTarget : 0
            x: Theme.space4
            anchors.verticalCenter: parent.verticalCenter
            iconName: "arrow_back"
            label: qsTr("Back to chats")
            onClicked: view.back()
        }
        AbstractButton {
            id: titleButton
            objectName: "conversationHeader"
            anchors.left: backButton.right
            anchors.leftMargin: view.showBack ? 0 : Theme.space8
            anchors.right: headerActions.left
            anchors.verticalCenter: parent.verticalCenter
            height: Theme.touchTarget + 4
            focusPolicy: Qt.StrongFocus
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Details of %1").arg(view.title)
            onClicked: view.infoOpen = true
            background: Rectangle {
                radius: Theme.radiusControl
                color: titleButton.hovered ? Theme.hover : "transparent"
                border.width: titleButton.visualFocus ? 2 : 0
                border.color: Theme.accent
            }
            contentItem: Item {
                Avatar {
                    id: headerAvatar
                    x: Theme.space8
                    anchors.verticalCenter: parent.verticalCenter
                    size: 36
                    name: view.title
                    initials: !view.isGroup && (view.otherMember.initials ?? "") !== "" ? view.otherMember.initials
                              : view.title.split(" ").filter(w => w !== "").map(w => w.charAt(0)).join("").slice(0, 2).toUpperCase()
                }
                Column {
                    anchors.left: headerAvatar.right
                    anchors.leftMargin: Theme.space12
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    Row {
                        width: parent.width
                        spacing: Theme.space4
                        Text {
                            id: headerTitle
                            objectName: "conversationHeaderTitle"
                            width: Math.min(implicitWidth, parent.width - (mutedMark.visible ? 20 : 0))
                            text: view.title
                            elide: Text.ElideRight
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontLarge
                            font.weight: Theme.weightSemiBold
                            Accessible.role: Accessible.Heading
                            Accessible.name: text
                        }
                        Icon {
                            id: mutedMark
                            visible: view.info.muted ?? false
                            anchors.verticalCenter: parent.verticalCenter
                            name: "notifications_off"
                            size: 16
                            Accessible.ignored: false
                            Accessible.name: qsTr("Muted")
                        }
                    }
                    Text {
                        id: headerMeta
                        objectName: "conversationHeaderMeta"
                        visible: text !== ""
                        width: parent.width
                        text: view.typingText !== "" ? view.typingText
                              : view.isGroup ? qsTr("%n member(s)", "", view.info.memberCount ?? 0) : ""
                        elide: Text.ElideRight
                        color: view.typingText !== "" ? Theme.accent : Theme.textSecondary
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontCaption
                    }
                }
            }
        }
        Row {
            id: headerActions
            anchors.right: parent.right
            anchors.rightMargin: Theme.space8
            anchors.verticalCenter: parent.verticalCenter
            IconButton {
                objectName: "conversationInfoButton"
                iconName: "info_outline"
                label: qsTr("Conversation details")
                checked: view.infoOpen
                onClicked: view.infoOpen = !view.infoOpen
            }
        }
    }

    ListView {
        id: list
        objectName: "messagesList"
        anchors.top: header.bottom
        anchors.bottom: typingRow.top
        width: view.contentWidth
        clip: true
        verticalLayoutDirection: ListView.BottomToTop
        model: view.messages
        spacing: 0
        boundsBehavior: Flickable.StopAtBounds
        reuseItems: false
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Messages")
        // Scrolled away from the newest: offer a way back.
        readonly property bool awayFromNewest: !atYEnd && contentHeight > height
        // Follow new messages (and images growing in them) while the newest is in view; only
        // the user's own scrolling changes that.
        property bool followNewest: true
        function toNewest() {
            if (followNewest && !moving)
                positionViewAtBeginning()
        }
        onMovementStarted: view.userScrolled = true
        onMovementEnded: followNewest = atYEnd
        onContentHeightChanged: if (followNewest && view.positioned) Qt.callLater(toNewest)
        onHeightChanged: if (followNewest && view.positioned) Qt.callLater(toNewest)
        onCountChanged: if (followNewest && view.positioned) Qt.callLater(toNewest)

        delegate: MessageItem {
            required property var model
            required property int index
            width: list.width
            message: model
            group: view.isGroup
            now: RelativeTime.now
            maxBubbleWidth: view.maxBubbleWidth
            showNewDivider: view.firstUnreadId !== "" && (model.messageId ?? "") === view.firstUnreadId && !(model.mine ?? false)
            highlighted: view.highlightId !== "" && (model.messageId ?? "") === view.highlightId
            onMenuRequested: (message, source, x, y) => messageMenu.openFor(message, source, x, y)
            onReactRequested: (message, source) => reactionPicker.openFor(message, source)
            onReplyRequested: message => composer.startReply(message)
            onQuoteActivated: id => view.jumpTo(id)
            // The newest growing (an image arriving) must not push itself out of view.
            onHeightChanged: if (index === 0 && list.followNewest && view.positioned) Qt.callLater(list.toNewest)
        }

        // Room under the newest message (the header sits at the bottom in this direction).
        header: Item { width: list.width; height: Theme.space8 }
        // Older history on its way.
        footer: Item {
            width: list.width
            height: view.messages && view.messages.loading ? 40 : 0
            Text {
                visible: parent.height > 0
                anchors.centerIn: parent
                text: qsTr("Loading earlier messages\u2026")
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontCaption
            }
        }
    }
    ListScrollBar { view: list }

    // An empty conversation says hello.
    Column {
        objectName: "conversationEmpty"
        visible: view.messages !== null && view.messageCount === 0 && !view.messages.loading
        anchors.centerIn: list
        width: Math.min(320, parent.width - 2 * Theme.space32)
        spacing: Theme.space12
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: 64
            height: 64
            radius: 32
            color: Theme.accentTint
            Icon {
                anchors.centerIn: parent
                name: "forum"
                size: 30
                color: Theme.accent
            }
        }
        Text {
            objectName: "conversationEmptyText"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("No messages yet. Say hello.")
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
    }

    // Back to the newest message.
    IconButton {
        objectName: "messagesToNewest"
        visible: list.awayFromNewest
        anchors.right: list.right
        anchors.rightMargin: Theme.space16
        anchors.bottom: typingRow.top
        anchors.bottomMargin: Theme.space12
        iconName: "arrow_downward"
        ink: Theme.accent
        label: qsTr("Jump to the newest message")
        onClicked: {
            list.followNewest = true
            list.positionViewAtBeginning()
        }
        background: Rectangle {
            radius: width / 2
            color: Theme.card
            border.color: Theme.divider
        }
    }

    // "Anna is typing…"
    Item {
        id: typingRow
        anchors.bottom: composer.top
        width: view.contentWidth
        height: view.typingText !== "" ? 24 : 0
        clip: true
        Behavior on height { NumberAnimation { duration: Theme.durationFast; easing.type: Easing.OutCubic } }
        Text {
            objectName: "typingIndicator"
            visible: view.typingText !== ""
            x: Theme.compact ? Theme.space12 : Theme.space16
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width - 2 * x
            text: view.typingText
            elide: Text.ElideRight
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            font.italic: true
            Accessible.role: Accessible.StatusBar
            Accessible.name: text
        }
    }

    ChatComposer {
        id: composer
        objectName: "chatComposer"
        anchors.bottom: parent.bottom
        width: view.contentWidth
        height: implicitHeight
        conversationId: view.conversationId
        onSent: {
            list.followNewest = true
            list.positionViewAtBeginning()
        }
    }
    function focusComposer() { composer.focusText() }

    // Long press, right click or "More": what can be done with a message.
    component ChatMenuItem: MenuItem {
        id: entry
        property string iconName
        property color ink: Theme.text
        height: visible ? Theme.touchTarget : 0
        leftPadding: Theme.space12
        rightPadding: Theme.space12
        Accessible.name: text
        contentItem: Row {
            spacing: Theme.space12
            Icon {
                anchors.verticalCenter: parent.verticalCenter
                name: entry.iconName
                size: 18
                color: entry.ink
                opacity: entry.enabled ? 1 : 0.45
            }
            Text {
                anchors.verticalCenter: parent.verticalCenter
                text: entry.text
                color: entry.ink
                opacity: entry.enabled ? 1 : 0.45
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
        background: Rectangle {
            color: entry.highlighted || entry.hovered ? Theme.hover : "transparent"
            radius: Theme.radiusControl
        }
    }

    Menu {
        id: messageMenu
        objectName: "messageMenu"
        property var message: ({})
        width: Math.max(220, ChatText.reactionKinds.length * 40 + 2 * Theme.space8)
        padding: Theme.space4
        background: Rectangle {
            implicitWidth: 220
            radius: Theme.radiusCard
            color: Theme.card
            border.color: Theme.divider
        }
        readonly property bool mine: message.mine ?? false
        function openFor(message, source, x, y) {
            messageMenu.message = view.snapshot(message)
            messageMenu.popup(source, x, y)
        }
        // React straight from the menu.
        Row {
            Repeater {
                model: ChatText.reactionKinds
                delegate: AbstractButton {
                    id: menuPick
                    required property string modelData
                    readonly property bool active: (messageMenu.message.myReactions ?? []).indexOf(modelData) >= 0
                    objectName: "messageMenuReact_" + modelData
                    implicitWidth: 40
                    implicitHeight: Theme.touchTarget
                    focusPolicy: Qt.StrongFocus
                    Accessible.role: Accessible.Button
                    Accessible.name: ChatText.reactionLabel(modelData)
                    onClicked: {
                        Chats.setReaction(messageMenu.message.messageId, modelData, !active)
                        messageMenu.close()
                    }
                    background: Rectangle {
                        radius: width / 2
                        color: menuPick.active ? Theme.accentTint : menuPick.hovered ? Theme.hover : "transparent"
                        border.width: menuPick.visualFocus ? 2 : 0
                        border.color: Theme.accent
                    }
                    contentItem: Text {
                        text: ReactionEmoji.emoji(menuPick.modelData)
                        font.family: Theme.emojiFamily
                        font.pixelSize: 20
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                }
            }
        }
        MenuSeparator {
            contentItem: Rectangle { implicitHeight: 1; color: Theme.divider }
        }
        ChatMenuItem {
            objectName: "messageReply"
            iconName: "reply"
            text: qsTr("Reply")
            enabled: !(messageMenu.message.pending ?? false)
            onTriggered: composer.startReply(messageMenu.message)
        }
        ChatMenuItem {
            objectName: "messageCopy"
            iconName: "content_copy"
            text: qsTr("Copy text")
            enabled: (messageMenu.message.body ?? "") !== ""
            onTriggered: view.copyText(Markdown.toPlainText(messageMenu.message.body ?? ""))
        }
        ChatMenuItem {
            objectName: "messageEdit"
            iconName: "edit"
            text: qsTr("Edit")
            visible: messageMenu.mine && !(messageMenu.message.failed ?? false)
            onTriggered: composer.startEdit(messageMenu.message)
        }
        ChatMenuItem {
            objectName: "messageDelete"
            iconName: "delete_outline"
            ink: Theme.danger
            text: qsTr("Delete")
            visible: messageMenu.mine
            onTriggered: {
                deleteDialog.messageId = messageMenu.message.messageId
                deleteDialog.open()
            }
        }
    }

    // The reaction picker of the hover actions.
    Popup {
        id: reactionPicker
        objectName: "messageReactionPicker"
        property var message: ({})
        function openFor(message, source) {
            reactionPicker.message = view.snapshot(message)
            reactionPicker.parent = source
            reactionPicker.y = -reactionPicker.height - Theme.space4
            reactionPicker.x = -reactionPicker.width / 2 + source.width / 2
            reactionPicker.open()
        }
        padding: Theme.space4
        background: Rectangle { radius: Theme.radiusBubble; color: Theme.card; border.color: Theme.divider }
        contentItem: Row {
            Repeater {
                model: ChatText.reactionKinds
                delegate: AbstractButton {
                    id: pick
                    required property string modelData
                    readonly property bool active: (reactionPicker.message.myReactions ?? []).indexOf(modelData) >= 0
                    objectName: "messagePick_" + modelData
                    implicitWidth: Theme.touchTarget
                    implicitHeight: Theme.touchTarget
                    focusPolicy: Qt.StrongFocus
                    Accessible.role: Accessible.Button
                    Accessible.name: ChatText.reactionLabel(modelData)
                    onClicked: {
                        Chats.setReaction(reactionPicker.message.messageId, modelData, !active)
                        reactionPicker.close()
                    }
                    background: Rectangle {
                        radius: width / 2
                        color: pick.active ? Theme.accentTint : pick.hovered ? Theme.hover : "transparent"
                        border.width: pick.visualFocus ? 2 : 0
                        border.color: Theme.accent
                    }
                    contentItem: Text {
                        text: ReactionEmoji.emoji(pick.modelData)
                        font.family: Theme.emojiFamily
                        font.pixelSize: 22
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                }
            }
        }
    }

    Dialog {
        id: deleteDialog
        objectName: "messageDeleteDialog"
        property string messageId
        parent: T.Overlay.overlay
        anchors.centerIn: parent
        modal: true
        width: Math.min(360, parent ? parent.width - 2 * Theme.space24 : 360)
        padding: Theme.space24
        background: Rectangle { radius: Theme.radiusCard; color: Theme.card; border.color: Theme.divider }
        header: Text {
            text: qsTr("Delete this message?")
            padding: Theme.space24
            bottomPadding: 0
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            font.weight: Theme.weightSemiBold
        }
        contentItem: Text {
            text: qsTr("It disappears for everyone in this conversation.")
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
                objectName: "messageDeleteConfirm"
                kind: "danger"
                text: qsTr("Delete")
                onClicked: {
                    Chats.deleteMessage(deleteDialog.messageId)
                    deleteDialog.close()
                }
            }
            PlainButton {
                kind: "quiet"
                text: qsTr("Cancel")
                onClicked: deleteDialog.close()
            }
        }
    }

    ConversationInfo {
        id: infoPanel
        objectName: "conversationInfo"
        z: 3
        visible: view.infoOpen
        // Beside the messages when there is room, over them otherwise.
        readonly property bool beside: view.width >= 900
        x: beside ? view.width - width : 0
        width: beside ? 360 : view.width
        height: view.height
        conversationId: view.conversationId
        info: view.info
        onClosed: view.infoOpen = false
        onLeftConversation: view.closed()
    }
}
