import QtQuick
import Plein
import QtQuick.Controls.Basic

// Writing a message: a field that grows with the text, attach, and send (always there, 44 px).
// Enter sends on desktops, Shift+Enter starts a new line; on phones Enter is a new line.
// Replying shows what is answered above the field; editing shows "Edit message" (Escape
// cancels either). The text stays until the message is safely queued; if that fails it stays,
// with the reason. Each conversation keeps its own draft.
Rectangle {
    id: composer
    property string conversationId
    // The message being answered: {id, author, body}; {} none.
    property var replyTo: ({})
    // The message being edited, "" none.
    property string editingId
    // Files to attach: {path, url, name, size, mime, isImage} (LocalFiles.describe).
    property var attachments: []
    property string errorText
    // A send is on its way to the outbox; the text is cleared once it is queued.
    property bool waiting: false
    // A message went out (or an edit was saved): the view shows the newest again.
    signal sent()

    readonly property bool replying: (replyTo.id ?? "") !== ""
    readonly property bool editing: editingId !== ""
    readonly property bool canSend: !waiting && (field.text.trim() !== "" || (!editing && attachments.length > 0))

    property var drafts: ({})
    property string draftFor
    onConversationIdChanged: {
        if (draftFor !== "")
            drafts[draftFor] = editing ? "" : field.text
        draftFor = conversationId
        replyTo = ({})
        editingId = ""
        attachments = []
        errorText = ""
        waiting = false
        field.text = drafts[conversationId] ?? ""
        field.cursorPosition = field.length
    }

    function focusText() { field.forceActiveFocus() }
    function startReply(message) {
        editingId = ""
        replyTo = { id: message.messageId, author: message.mine ? qsTr("yourself") : (message.author ?? ""), body: message.body ?? "" }
        focusText()
    }
    function startEdit(message) {
        replyTo = ({})
        editingId = message.messageId
        field.text = message.body ?? ""
        field.cursorPosition = field.length
        focusText()
    }
    function cancel() {
        if (editing)
            field.clear()
        replyTo = ({})
        editingId = ""
        errorText = ""
    }
    function send() {
        if (!canSend)
            return
        errorText = ""
        const text = field.text.replace(/\s+$/, "")
        if (editing) {
            Chats.editMessage(editingId, text)
            editingId = ""
            field.clear()
            return
        }
        waiting = true
        Chats.send(conversationId, text, replyTo.id ?? "", attachments.map(a => a.path))
    }
    // Adds a local file (path or file: URL); the tests call this instead of the file dialog.
    function attachFile(path) {
        const file = LocalFiles.describe(path)
        if (file.path === undefined) {
            errorText = qsTr("That file cannot be read.")
            return false
        }
        if (!attachments.some(a => a.path === file.path))
            attachments = attachments.concat([file])
        return true
    }
    function removeAttachment(path) { attachments = attachments.filter(a => a.path !== path) }

    Connections {
        target: Chats
        function onMessageQueued(conversationId, messageId) {
            if (!composer.waiting || conversationId !== composer.conversationId)
                return
            composer.waiting = false
            field.clear()
            composer.attachments = []
            composer.replyTo = ({})
            composer.drafts[conversationId] = ""
            composer.sent()
        }
        function onSendFailed(message) {
            if (!composer.waiting)
                return
            composer.waiting = false
            composer.errorText = message
        }
    }

    implicitHeight: column.implicitHeight + 2 * Theme.space8
    color: Theme.card

    Rectangle { width: parent.width; height: 1; color: Theme.divider }

    Column {
        id: column
        x: Theme.compact ? Theme.space8 : Theme.space16
        y: Theme.space8
        width: parent.width - 2 * x
        spacing: Theme.space8

        // Replying to / editing: what, and a way out.
        Item {
            objectName: composer.editing ? "chatEditBar" : "chatReplyBar"
            visible: composer.replying || composer.editing
            width: parent.width
            height: Theme.touchTarget
            Rectangle {
                x: Theme.space4
                width: 3
                height: parent.height - 8
                anchors.verticalCenter: parent.verticalCenter
                radius: 1.5
                color: Theme.accent
            }
            Icon {
                id: barIcon
                x: Theme.space16
                anchors.verticalCenter: parent.verticalCenter
                name: composer.editing ? "edit" : "reply"
                size: 20
                color: Theme.accent
            }
            Column {
                anchors.left: barIcon.right
                anchors.leftMargin: Theme.space12
                anchors.right: cancelButton.left
                anchors.verticalCenter: parent.verticalCenter
                Text {
                    objectName: "chatReplyTitle"
                    width: parent.width
                    text: composer.editing ? qsTr("Edit message") : qsTr("Reply to %1").arg(composer.replyTo.author ?? "")
                    elide: Text.ElideRight
                    color: Theme.accent
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                    font.weight: Theme.weightSemiBold
                }
                Text {
                    visible: composer.replying
                    width: parent.width
                    text: Markdown.toPlainText(composer.replyTo.body ?? "").replace(/\s+/g, " ")
                    elide: Text.ElideRight
                    color: Theme.textSecondary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
            }
            IconButton {
                id: cancelButton
                objectName: "chatReplyCancel"
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                iconName: "close"
                label: composer.editing ? qsTr("Cancel editing") : qsTr("Cancel reply")
                onClicked: composer.cancel()
            }
        }

        Text {
            objectName: "chatComposerError"
            visible: composer.errorText !== ""
            width: parent.width
            text: composer.errorText
            color: Theme.danger
            wrapMode: Text.Wrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }

        // Files to send along: thumbnails for images, a chip for other files.
        Flow {
            objectName: "chatAttachments"
            visible: composer.attachments.length > 0
            width: parent.width
            spacing: Theme.space8
            Repeater {
                model: composer.attachments
                delegate: Rectangle {
                    id: chip
                    required property var modelData
                    objectName: "chatAttachment"
                    width: modelData.isImage ? 72 : Math.min(240, fileLabel.implicitWidth + 80)
                    height: modelData.isImage ? 72 : Theme.touchTarget + Theme.space4
                    radius: Theme.radiusControl
                    color: Theme.background
                    border.color: Theme.divider
                    clip: true
                    Accessible.role: Accessible.Graphic
                    Accessible.name: modelData.name
                    Image {
                        visible: chip.modelData.isImage
                        anchors.fill: parent
                        source: chip.modelData.isImage ? chip.modelData.url : ""
                        fillMode: Image.PreserveAspectCrop
                        sourceSize.width: 144
                        asynchronous: true
                    }
                    Row {
                        visible: !chip.modelData.isImage
                        x: Theme.space8
                        anchors.verticalCenter: parent.verticalCenter
                        spacing: Theme.space8
                        Icon { name: "description"; size: 20; anchors.verticalCenter: parent.verticalCenter }
                        Text {
                            id: fileLabel
                            objectName: "chatAttachmentName"
                            anchors.verticalCenter: parent.verticalCenter
                            width: Math.min(implicitWidth, 140)
                            text: chip.modelData.name
                            elide: Text.ElideMiddle
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                    IconButton {
                        objectName: "chatAttachmentRemove"
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.margins: -8
                        iconName: "cancel"
                        iconSize: 18
                        ink: chip.modelData.isImage ? "#FFFFFF" : Theme.textSecondary
                        label: qsTr("Remove %1").arg(chip.modelData.name)
                        onClicked: composer.removeAttachment(chip.modelData.path)
                    }
                }
            }
        }

        Item {
            width: parent.width
            height: Math.max(Theme.touchTarget, fieldBox.height)

            IconButton {
                id: attachButton
                objectName: "chatAttach"
                visible: !composer.editing
                width: visible ? Theme.touchTarget : 0
                anchors.bottom: parent.bottom
                iconName: "attach_file"
                label: qsTr("Attach images or files")
                onClicked: fileDialog.open()
                KeyNavigation.tab: field
            }

            Rectangle {
                id: fieldBox
                anchors.left: attachButton.right
                anchors.leftMargin: composer.editing ? 0 : Theme.space4
                anchors.right: sendButton.left
                anchors.rightMargin: Theme.space8
                anchors.bottom: parent.bottom
                height: Math.max(Theme.touchTarget, flick.height)
                radius: Theme.touchTarget / 2
                color: Theme.background
                border.width: field.activeFocus ? 2 : 1
                border.color: field.activeFocus ? Theme.accent : Theme.divider

                Flickable {
                    id: flick
                    x: Theme.space16 - 4
                    width: parent.width - 2 * x
                    anchors.verticalCenter: parent.verticalCenter
                    height: Math.min(contentHeight, 7 * 20 + 20)
                    contentWidth: width
                    contentHeight: field.implicitHeight
                    clip: true
                    boundsBehavior: Flickable.StopAtBounds

                    TextArea.flickable: TextArea {
                        id: field
                        objectName: "chatComposerText"
                        wrapMode: TextEdit.Wrap
                        topPadding: 11
                        bottomPadding: 11
                        leftPadding: 4
                        rightPadding: 4
                        placeholderText: composer.editing ? qsTr("Edit your message\u2026") : qsTr("Write a message\u2026")
                        placeholderTextColor: Theme.textSecondary
                        color: Theme.text
                        selectionColor: Theme.accent
                        selectedTextColor: Theme.textOnAccent
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        background: null
                        Accessible.name: composer.editing ? qsTr("Edit message") : qsTr("Message")
                        KeyNavigation.priority: KeyNavigation.BeforeItem
                        KeyNavigation.tab: sendButton
                        KeyNavigation.backtab: attachButton
                        onTextChanged: {
                            if (length > 0 && activeFocus && !composer.editing)
                                Chats.typing(composer.conversationId)
                        }
                        Keys.onPressed: event => {
                            if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                                if (event.modifiers & Qt.ShiftModifier) {
                                    // A new line, the same on every platform.
                                    field.remove(field.selectionStart, field.selectionEnd)
                                    field.insert(field.cursorPosition, "\n")
                                    event.accepted = true
                                } else if (!Theme.compact && !(event.modifiers & (Qt.ControlModifier | Qt.AltModifier))) {
                                    composer.send()
                                    event.accepted = true
                                } else if (event.modifiers & Qt.ControlModifier) {
                                    composer.send()
                                    event.accepted = true
                                }
                            } else if (event.key === Qt.Key_Escape && (composer.editing || composer.replying)) {
                                composer.cancel()
                                event.accepted = true
                            }
                        }
                    }
                }
                ListScrollBar { view: flick }
            }

            AbstractButton {
                id: sendButton
                objectName: "chatSend"
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                width: Theme.touchTarget
                height: Theme.touchTarget
                enabled: composer.canSend
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.Button
                Accessible.name: composer.editing ? qsTr("Save") : qsTr("Send")
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: Accessible.name
                onClicked: composer.send()
                background: Rectangle {
                    radius: width / 2
                    color: sendButton.down ? Theme.accentPressed : Theme.accent
                    opacity: sendButton.enabled ? 1 : 0.4
                    border.width: sendButton.visualFocus ? 2 : 0
                    border.color: Theme.text
                }
                contentItem: Icon {
                    name: composer.editing ? "check" : "send"
                    size: 20
                    color: Theme.textOnAccent
                }
            }
        }
    }

    LazyPopup {
        id: fileDialog
        source: "FilePicker.qml"
        onLoaded: item.parentWindow = composer.Window.window
    }
    Connections {
        target: fileDialog.item
        function onChosen(urls) {
            for (const url of urls)
                composer.attachFile(url.toString())
        }
    }
}
