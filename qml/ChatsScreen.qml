import QtQuick
import Plein
import QtQuick.Controls.Basic

// Chats: my conversations, newest activity first, and the open one. Desktops keep both side by
// side; phones and tablets push the conversation over the list, with a back button.
Item {
    id: screen
    // Side by side (desktop) or one at a time.
    property bool wide: true
    property string openId
    readonly property bool conversationOpen: openId !== ""
    readonly property var conversations: Chats.conversations
    readonly property int listWidth: wide ? Math.min(400, Math.max(300, Math.round(width * 0.32))) : width

    function openConversation(id) {
        if (id === "")
            return
        openId = id
        if (!wide)
            slideIn.restart()
        Qt.callLater(conversationView.focusComposer)
    }
    function closeConversation() {
        openId = ""
        list.forceActiveFocus()
    }
    function startNew() { newConversation.open() }

    // The glue marks the open conversation read and keeps its notifications quiet; closed or
    // out of sight, nothing is open.
    Binding {
        target: Chats
        property: "currentConversationId"
        value: screen.visible ? screen.openId : ""
    }

    // Left or removed: the conversation is gone from the list, so close it.
    Connections {
        target: screen.conversations
        function onRowsRemoved() {
            if (screen.openId !== "" && screen.conversations && screen.conversations.indexOf(screen.openId) < 0)
                screen.openId = ""
        }
        function onModelReset() {
            if (screen.openId !== "" && screen.conversations && screen.conversations.indexOf(screen.openId) < 0)
                screen.openId = ""
        }
    }

    Rectangle {
        id: listPane
        objectName: "chatsListPane"
        visible: screen.wide || !screen.conversationOpen
        width: screen.listWidth
        height: parent.height
        color: screen.wide ? Theme.card : Theme.background

        Item {
            id: listHeader
            width: parent.width
            height: Theme.headerHeight + 8
            Text {
                x: Theme.compact ? Theme.space12 : Theme.space16
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Chats")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.weight: Theme.weightSemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            IconButton {
                objectName: "chatsNew"
                anchors.right: parent.right
                anchors.rightMargin: Theme.space8
                anchors.verticalCenter: parent.verticalCenter
                iconName: "edit"
                ink: Theme.accent
                label: qsTr("New conversation")
                onClicked: screen.startNew()
                KeyNavigation.tab: list
            }
        }

        ListView {
            id: list
            objectName: "conversationList"
            anchors.top: listHeader.bottom
            anchors.bottom: parent.bottom
            x: screen.wide ? Theme.space8 : (Theme.compact ? Theme.space4 : Theme.space8)
            width: parent.width - 2 * x
            clip: true
            spacing: 2
            bottomMargin: Theme.space8
            model: screen.conversations
            boundsBehavior: Flickable.StopAtBounds
            keyNavigationEnabled: true
            activeFocusOnTab: true
            highlightFollowsCurrentItem: false
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Conversations")
            // Enter opens the conversation under the keyboard.
            Keys.onReturnPressed: if (currentItem) screen.openConversation(currentItem.conversationId)
            Keys.onEnterPressed: if (currentItem) screen.openConversation(currentItem.conversationId)
            delegate: ConversationRow {
                id: rowItem
                required property var model
                required property int index
                readonly property string conversationId: model.conversationId ?? ""
                objectName: "conversationRow" + index
                width: list.width
                conversation: model
                selected: screen.wide && screen.openId === conversationId
                focus: ListView.isCurrentItem
                onClicked: {
                    list.currentIndex = index
                    screen.openConversation(conversationId)
                }
            }
        }
        ListScrollBar { view: list }

        // Before the first sync: quiet placeholders, not a spinner.
        Column {
            visible: (screen.conversations?.count ?? 0) === 0 && !Session.synced
            anchors.top: listHeader.bottom
            width: parent.width
            Repeater {
                model: 4
                delegate: Item {
                    width: listPane.width
                    height: 72
                    Rectangle { x: Theme.space16 + 4; anchors.verticalCenter: parent.verticalCenter; width: 48; height: 48; radius: 24; color: Theme.skeleton }
                    Rectangle { x: 88; y: 18; width: parent.width * 0.4; height: 12; radius: 6; color: Theme.skeleton }
                    Rectangle { x: 88; y: 42; width: parent.width * 0.6; height: 10; radius: 5; color: Theme.skeleton }
                }
            }
        }

        // No conversations yet.
        Column {
            objectName: "chatsEmpty"
            visible: (screen.conversations?.count ?? 0) === 0 && Session.synced
            anchors.top: listHeader.bottom
            anchors.topMargin: Theme.space32 * 2
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(320, parent.width - 2 * Theme.space24)
            spacing: Theme.space12
            Rectangle {
                anchors.horizontalCenter: parent.horizontalCenter
                width: 72
                height: 72
                radius: 36
                color: Theme.accentTint
                Icon {
                    anchors.centerIn: parent
                    name: "chat_bubble_outline"
                    size: 36
                    color: Theme.accent
                }
            }
            Text {
                objectName: "chatsEmptyText"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: qsTr("No conversations yet. Message a colleague or start a group.")
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
            PlainButton {
                objectName: "chatsEmptyNew"
                anchors.horizontalCenter: parent.horizontalCenter
                iconName: "edit"
                text: qsTr("New conversation")
                onClicked: screen.startNew()
            }
        }
    }

    Rectangle {
        visible: screen.wide
        x: listPane.width
        width: 1
        height: parent.height
        color: Theme.divider
    }

    ConversationView {
        id: conversationView
        objectName: "conversationView"
        visible: screen.conversationOpen
        x: screen.wide ? listPane.width + 1 : 0
        width: screen.wide ? screen.width - listPane.width - 1 : screen.width
        height: parent.height
        conversationId: screen.openId
        showBack: !screen.wide
        onBack: screen.closeConversation()
        onClosed: screen.closeConversation()
        NumberAnimation on x {
            id: slideIn
            running: false
            from: screen.width * 0.3
            to: 0
            duration: Theme.durationNormal
            easing.type: Easing.OutCubic
        }
    }

    // Wide, nothing open: a hint where the conversation will be.
    Column {
        objectName: "chatsNoneOpen"
        visible: screen.wide && !screen.conversationOpen
        x: listPane.width + 1 + (screen.width - listPane.width - width) / 2
        anchors.verticalCenter: parent.verticalCenter
        width: 320
        spacing: Theme.space12
        Icon {
            anchors.horizontalCenter: parent.horizontalCenter
            name: "forum"
            size: 40
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("Choose a conversation, or start a new one.")
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
        PlainButton {
            anchors.horizontalCenter: parent.horizontalCenter
            kind: "secondary"
            iconName: "edit"
            text: qsTr("New conversation")
            onClicked: screen.startNew()
        }
    }

    NewConversationDialog {
        id: newConversation
        objectName: "newConversationDialog"
        onReady: id => screen.openConversation(id)
    }
}
