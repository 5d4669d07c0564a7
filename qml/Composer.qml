import QtQuick
import Plein

// Writing a post: the text with Markdown formatting buttons, attachments, where it goes, the
// announcement switch for those who may, and Post (Ctrl+Enter too). The text is cleared only
// once the post is safely saved here; if that fails it stays, with the reason below. It is on the
// feed's first screen, so it is plain Qt Quick (TextEdit, Pressable, GroupPicker), without the
// Controls style or the Templates (docs/performance.md).
Rectangle {
    id: composer
    property string errorText
    // Files to attach: {path, url, name, size, mime, isImage} (LocalFiles.describe).
    property var attachments: []
    readonly property bool canPost: textArea.text.trim() !== "" && groupPicker.count > 0

    function focusText() { textArea.forceActiveFocus() }
    function post() {
        if (!canPost)
            return
        errorText = ""
        Session.createPostWith(groupPicker.currentValue ?? "", textArea.text, announceSwitch.checked,
                               attachments.map(a => a.path))
    }
    // Adds a local file (path or file: URL); the tests call this instead of the file dialog.
    function attachFile(path) {
        const file = LocalFiles.describe(path)
        if (file.path === undefined) {
            errorText = qsTr("That file cannot be read.")
            return false
        }
        if (attachments.some(a => a.path === file.path))
            return true
        attachments = attachments.concat([file])
        return true
    }
    // "@na" just before the cursor: the name being typed, for the completion list.
    property string mentionQuery
    property var mentionMatches: []
    function updateMention() {
        const before = textArea.text.slice(0, textArea.cursorPosition)
        const match = before.match(/(^|\s)@([^\s@\[\]()]{2,30})$/)
        const query = match ? match[2] : ""
        if (query === mentionQuery)
            return
        mentionQuery = query
        mentionMatches = []
        if (query !== "")
            Remote.searchPeople(query)
    }
    function insertMention(person) {
        const end = textArea.cursorPosition
        const start = end - mentionQuery.length - 1
        const link = "[@" + person.name + "](plein:user/" + person.userId + ") "
        textArea.remove(start, end)
        textArea.insert(start, link)
        textArea.cursorPosition = start + link.length
        mentionQuery = ""
        mentionMatches = []
        textArea.forceActiveFocus()
    }
    Connections {
        target: Remote
        function onAnswered(request, key, result, error) {
            if (request === "people" && key === composer.mentionQuery && error === "")
                composer.mentionMatches = result
        }
    }
    function removeAttachment(path) { attachments = attachments.filter(a => a.path !== path) }
    // Wraps the selection (or inserts a placeholder) in Markdown markers.
    function wrapSelection(before, after, placeholder) {
        const start = textArea.selectionStart
        const end = textArea.selectionEnd
        const selected = textArea.selectedText !== "" ? textArea.selectedText : placeholder
        textArea.remove(start, end)
        textArea.insert(start, before + selected + after)
        textArea.select(start + before.length, start + before.length + selected.length)
        textArea.forceActiveFocus()
    }
    function insertLink() { wrapSelection("[", "](https://)", qsTr("link text")) }
    function insertList() {
        const pos = textArea.cursorPosition
        const lineStart = textArea.text.lastIndexOf("\n", pos - 1) + 1
        textArea.insert(lineStart, "- ")
        textArea.forceActiveFocus()
    }

    implicitHeight: column.implicitHeight + 2 * Theme.space16
    radius: Theme.radiusCard
    color: Theme.card
    border.color: textArea.activeFocus ? Theme.accent : Theme.divider

    Connections {
        target: Session
        function onPostCreated() {
            textArea.clear()
            composer.attachments = []
            announceSwitch.checked = false
            composer.errorText = ""
        }
        function onPostFailed(message) { composer.errorText = message }
    }

    Column {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.space16
        spacing: Theme.space12

        Item {
            width: parent.width
            height: Math.max(40, textArea.implicitHeight)
            Avatar {
                id: myAvatar
                size: 40
                name: Session.myName
                initials: Session.myInitials
            }
            // TextEdit rather than the Templates' TextArea: the first screen loads no Templates.
            TextEdit {
                id: textArea
                objectName: "composerText"
                anchors.left: myAvatar.right
                anchors.leftMargin: Theme.space12
                anchors.right: parent.right
                topPadding: 10
                bottomPadding: 10
                leftPadding: 0
                rightPadding: 0
                wrapMode: TextEdit.Wrap
                // The formatting buttons work on the selection, so clicking them must keep it.
                persistentSelection: true
                selectByMouse: true
                activeFocusOnTab: true
                color: Theme.text
                selectionColor: Theme.accent
                selectedTextColor: Theme.textOnAccent
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("New post")
                onTextChanged: composer.updateMention()
                onCursorPositionChanged: composer.updateMention()
                KeyNavigation.priority: KeyNavigation.BeforeItem
                KeyNavigation.tab: groupPicker
                Keys.onPressed: event => {
                    if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                            && (event.modifiers & Qt.ControlModifier)) {
                        composer.post()
                        event.accepted = true
                    }
                }
                Text {
                    id: placeholder
                    x: textArea.leftPadding
                    y: textArea.topPadding
                    width: textArea.width - textArea.leftPadding - textArea.rightPadding
                    visible: textArea.length === 0 && textArea.preeditText === ""
                    text: Theme.compact ? qsTr("Write a post\u2026") : qsTr("Share something with your colleagues\u2026")
                    color: Theme.textSecondary
                    elide: Text.ElideRight
                    font: textArea.font
                }
            }
        }

        // People matching the "@name" being typed; choosing one inserts a mention link.
        Column {
            objectName: "composerMentions"
            visible: composer.mentionMatches.length > 0
            width: parent.width
            Accessible.role: Accessible.List
            Accessible.name: qsTr("People to mention")
            Repeater {
                model: composer.mentionMatches
                delegate: Pressable {
                    id: mention
                    required property var modelData
                    required property int index
                    objectName: "composerMention" + index
                    width: parent.width
                    height: Theme.touchTarget
                    Accessible.name: qsTr("Mention %1").arg(modelData.name)
                    onClicked: composer.insertMention(modelData)
                    background: Rectangle {
                        radius: Theme.radiusControl
                        color: mention.hovered || mention.visualFocus ? Theme.hover : "transparent"
                    }
                    contentItem: PersonRow {
                        name: mention.modelData.name
                        detail: mention.modelData.title ?? ""
                    }
                }
            }
        }

        Text {
            objectName: "composerError"
            visible: composer.errorText !== ""
            width: parent.width
            text: composer.errorText
            color: Theme.danger
            wrapMode: Text.Wrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }

        // What will be attached: thumbnails for images, a chip for other files.
        Flow {
            objectName: "composerAttachments"
            visible: composer.attachments.length > 0
            width: parent.width
            spacing: Theme.space8
            Repeater {
                model: composer.attachments
                delegate: Rectangle {
                    id: chip
                    required property var modelData
                    objectName: "composerAttachment"
                    width: modelData.isImage ? 96 : Math.min(260, fileLabel.implicitWidth + 96)
                    height: modelData.isImage ? 96 : Theme.touchTarget + Theme.space8
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
                        sourceSize.width: 192
                        asynchronous: true
                    }
                    Row {
                        visible: !chip.modelData.isImage
                        x: Theme.space8
                        anchors.verticalCenter: parent.verticalCenter
                        spacing: Theme.space8
                        Icon { name: "description"; size: 20; anchors.verticalCenter: parent.verticalCenter }
                        Column {
                            anchors.verticalCenter: parent.verticalCenter
                            Text {
                                id: fileLabel
                                objectName: "composerAttachmentName"
                                width: Math.min(implicitWidth, 160)
                                text: chip.modelData.name
                                elide: Text.ElideMiddle
                                color: Theme.text
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                            }
                            Text {
                                text: LocalFiles.formatSize(chip.modelData.size)
                                color: Theme.textSecondary
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontCaption
                            }
                        }
                    }
                    Text {
                        // The image's name, for the tests and screen readers; shown as a caption.
                        objectName: "composerAttachmentName"
                        visible: chip.modelData.isImage
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.bottom: parent.bottom
                        padding: 4
                        text: chip.modelData.name
                        elide: Text.ElideMiddle
                        color: "#FFFFFF"
                        font.family: Theme.fontFamily
                        font.pixelSize: 11
                        Rectangle { anchors.fill: parent; color: "#99000000"; z: -1 }
                    }
                    IconButton {
                        objectName: "composerAttachmentRemove"
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.margins: -6
                        iconName: "cancel"
                        iconSize: 20
                        ink: chip.modelData.isImage ? "#FFFFFF" : Theme.textSecondary
                        label: qsTr("Remove %1").arg(chip.modelData.name)
                        onClicked: composer.removeAttachment(chip.modelData.path)
                    }
                }
            }
        }

        Rectangle {
            width: parent.width
            height: 1
            color: Theme.divider
        }

        // Formatting, attaching and the announcement switch.
        Flow {
            width: parent.width
            spacing: 0
            IconButton {
                objectName: "composerBold"
                iconName: "format_bold"
                label: qsTr("Bold")
                onClicked: composer.wrapSelection("**", "**", qsTr("bold text"))
            }
            IconButton {
                objectName: "composerItalic"
                iconName: "format_italic"
                label: qsTr("Italic")
                onClicked: composer.wrapSelection("*", "*", qsTr("italic text"))
            }
            IconButton {
                objectName: "composerLink"
                iconName: "link"
                label: qsTr("Link")
                onClicked: composer.insertLink()
            }
            IconButton {
                objectName: "composerList"
                iconName: "format_list_bulleted"
                label: qsTr("List")
                onClicked: composer.insertList()
            }
            IconButton {
                objectName: "composerAttach"
                iconName: "attach_file"
                label: qsTr("Attach images or files")
                onClicked: fileDialog.open()
            }
            Pressable {
                id: announceSwitch
                objectName: "composerAnnouncement"
                visible: Session.mayAnnounce
                checkable: true
                height: Theme.touchTarget
                implicitWidth: track.width + Theme.space8 + switchLabel.implicitWidth + 2 * 6
                text: qsTr("Announcement")
                Accessible.role: Accessible.CheckBox
                Accessible.name: qsTr("Post as an announcement")
                Rectangle {
                    id: track
                    x: 6
                    anchors.verticalCenter: parent.verticalCenter
                    width: 36
                    height: 20
                    radius: 10
                    color: announceSwitch.checked ? Theme.accent : Theme.divider
                    border.width: announceSwitch.visualFocus ? 2 : 0
                    border.color: Theme.accentPressed
                    Rectangle {
                        x: announceSwitch.checked ? parent.width - width - 2 : 2
                        y: 2
                        width: 16
                        height: 16
                        radius: 8
                        color: Theme.card
                        Behavior on x { NumberAnimation { duration: Theme.durationFast } }
                    }
                }
                Text {
                    id: switchLabel
                    x: track.x + track.width + Theme.space8
                    anchors.verticalCenter: parent.verticalCenter
                    text: announceSwitch.text
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
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

        Item {
            width: parent.width
            height: Theme.touchTarget

            GroupPicker {
                id: groupPicker
                objectName: "composerGroup"
                // As wide as the chosen group's name, within reason.
                width: Math.max(120, Math.min(labelWidth + 2 * 18 + 4 * Theme.space8, 280))
                height: Theme.touchTarget
                groups: Session.groups
                enabled: count > 0
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                KeyNavigation.tab: postButton
            }

            Text {
                visible: !Theme.compact
                anchors.right: postButton.left
                anchors.rightMargin: Theme.space8
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Ctrl+Enter to post")
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontCaption
            }

            PlainButton {
                id: postButton
                objectName: "composerPost"
                anchors.right: parent.right
                iconName: "send"
                text: qsTr("Post")
                enabled: composer.canPost
                onClicked: composer.post()
            }
        }
    }
}
