import QtQuick
import Plein
import QtQuick.Controls.Basic
import QtQuick.Templates as T

// "New conversation": find people by name; one chosen starts (or reopens) a 1:1, several make a
// group conversation with a name. Opens the conversation once the server has it.
Dialog {
    id: dialog
    property var found: []
    // {userId, name, title}
    property var chosen: []
    property string error
    property bool busy: false
    signal ready(string conversationId)

    readonly property string query: searchField.text.trim()
    readonly property bool isGroup: chosen.length > 1
    readonly property bool canStart: !busy && chosen.length > 0 && (!isGroup || titleField.text.trim() !== "")

    function isChosen(userId) { return chosen.some(p => p.userId === userId) }
    function toggle(person) {
        if (isChosen(person.userId))
            chosen = chosen.filter(p => p.userId !== person.userId)
        else
            chosen = chosen.concat([{ userId: person.userId, name: person.name, title: person.title ?? "" }])
        searchField.forceActiveFocus()
    }
    function start() {
        if (!canStart)
            return
        error = ""
        busy = true
        if (isGroup)
            Chats.createGroupConversation(titleField.text.trim(), chosen.map(p => p.userId))
        else
            Chats.startDirect(chosen[0].userId)
    }

    parent: T.Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(480, parent ? parent.width - 2 * Theme.space16 : 480)
    height: Math.min(600, parent ? parent.height - 2 * Theme.space32 : 600)
    modal: true
    padding: Theme.space24
    topPadding: Theme.space8
    title: qsTr("New conversation")
    onOpened: searchField.forceActiveFocus()
    onClosed: {
        error = ""
        busy = false
        searchField.text = ""
        titleField.text = ""
        found = []
        chosen = []
    }

    Connections {
        target: Remote
        function onAnswered(request, key, result, error) {
            if (request === "people" && key === dialog.query && dialog.query !== "")
                dialog.found = error === "" ? result.filter(p => p.userId !== Session.myId) : []
            if (request === "people" && key === dialog.query && error !== "")
                dialog.error = error
        }
    }
    Connections {
        target: Chats
        enabled: dialog.busy
        function onConversationReady(id) {
            dialog.busy = false
            dialog.ready(id)
            dialog.close()
        }
        function onNotice(message) {
            dialog.busy = false
            dialog.error = message
        }
    }

    background: Rectangle { radius: Theme.radiusCard; color: Theme.card; border.color: Theme.divider }
    header: Item {
        implicitHeight: Theme.touchTarget + Theme.space24
        Text {
            x: Theme.space24
            anchors.verticalCenter: parent.verticalCenter
            text: dialog.title
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.weight: Theme.weightSemiBold
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        IconButton {
            anchors.right: parent.right
            anchors.rightMargin: Theme.space12
            anchors.verticalCenter: parent.verticalCenter
            iconName: "close"
            label: qsTr("Close")
            onClicked: dialog.close()
        }
    }

    contentItem: Item {
        Column {
            id: top
            width: parent.width
            spacing: Theme.space12

            InputField {
                id: searchField
                objectName: "newConversationSearch"
                width: parent.width
                placeholderText: qsTr("Search people by name")
                font.pixelSize: Theme.fontBody
                leftPadding: 40
                Accessible.name: qsTr("Search people by name")
                onTextChanged: {
                    dialog.error = ""
                    if (text.trim().length >= 2)
                        Remote.searchPeople(text.trim())
                    else
                        dialog.found = []
                }
                Keys.onReturnPressed: {
                    if (dialog.found.length > 0 && dialog.chosen.length === 0)
                        dialog.toggle(dialog.found[0])
                    else
                        dialog.start()
                }
                Icon {
                    x: Theme.space12
                    anchors.verticalCenter: parent.verticalCenter
                    name: "search"
                    size: 20
                }
            }

            // Who is chosen, each removable.
            Flow {
                objectName: "newConversationChosen"
                visible: dialog.chosen.length > 0
                width: parent.width
                spacing: Theme.space8
                Repeater {
                    model: dialog.chosen
                    delegate: AbstractButton {
                        id: chosenChip
                        required property var modelData
                        objectName: "newConversationChip"
                        implicitHeight: 36
                        implicitWidth: chipRow.implicitWidth + Theme.space8 + Theme.space4
                        focusPolicy: Qt.StrongFocus
                        Accessible.role: Accessible.Button
                        Accessible.name: qsTr("Remove %1").arg(modelData.name)
                        onClicked: dialog.toggle(modelData)
                        background: Rectangle {
                            radius: height / 2
                            color: Theme.accentTint
                            border.width: chosenChip.visualFocus ? 2 : 0
                            border.color: Theme.accent
                        }
                        contentItem: Item {
                            Row {
                                id: chipRow
                                x: 4
                                anchors.verticalCenter: parent.verticalCenter
                                spacing: Theme.space8
                                Avatar {
                                    size: 28
                                    name: chosenChip.modelData.name
                                    initials: chosenChip.modelData.name.split(" ").filter(w => w !== "").map(w => w.charAt(0)).join("").slice(0, 2).toUpperCase()
                                    anchors.verticalCenter: parent.verticalCenter
                                }
                                Text {
                                    text: chosenChip.modelData.name
                                    color: Theme.text
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontSmall
                                    anchors.verticalCenter: parent.verticalCenter
                                }
                                Icon {
                                    name: "close"
                                    size: 16
                                    anchors.verticalCenter: parent.verticalCenter
                                }
                            }
                        }
                    }
                }
            }

            // A name, for a group conversation.
            InputField {
                id: titleField
                objectName: "newConversationTitle"
                visible: dialog.isGroup
                width: parent.width
                placeholderText: qsTr("Name of the group conversation")
                font.pixelSize: Theme.fontBody
                maximumLength: 80
                onAccepted: dialog.start()
            }

            Text {
                objectName: "newConversationError"
                visible: dialog.error !== ""
                width: parent.width
                wrapMode: Text.Wrap
                text: dialog.error
                color: Theme.danger
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }

        ListView {
            id: results
            objectName: "newConversationResults"
            anchors.top: top.bottom
            anchors.topMargin: Theme.space8
            anchors.bottom: parent.bottom
            width: parent.width
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            model: dialog.found
            Accessible.role: Accessible.List
            Accessible.name: qsTr("People")
            delegate: ItemDelegate {
                id: person
                required property var modelData
                required property int index
                readonly property bool chosen: dialog.isChosen(modelData.userId)
                objectName: "newConversationPerson" + index
                width: results.width
                height: Theme.touchTarget + Theme.space12
                padding: 0
                leftPadding: Theme.space8
                rightPadding: Theme.space8
                Accessible.role: Accessible.CheckBox
                Accessible.checked: chosen
                Accessible.name: modelData.name
                onClicked: dialog.toggle(modelData)
                background: Rectangle {
                    radius: Theme.radiusControl
                    color: person.hovered || person.visualFocus ? Theme.hover : "transparent"
                    border.width: person.visualFocus ? 2 : 0
                    border.color: Theme.accent
                }
                contentItem: PersonRow {
                    name: person.modelData.name
                    detail: person.modelData.title ?? ""
                    Rectangle {
                        width: 22
                        height: 22
                        radius: 11
                        color: person.chosen ? Theme.accent : "transparent"
                        border.width: person.chosen ? 0 : 2
                        border.color: Theme.divider
                        Icon {
                            visible: person.chosen
                            anchors.centerIn: parent
                            name: "check"
                            size: 16
                            color: Theme.textOnAccent
                        }
                    }
                }
            }
        }
        ListScrollBar { view: results }

        Text {
            objectName: "newConversationHint"
            visible: dialog.found.length === 0
            anchors.top: top.bottom
            anchors.topMargin: Theme.space16
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: dialog.query.length < 2 ? qsTr("Type at least two letters of a name.")
                                          : qsTr("Nobody found for \u201c%1\u201d.").arg(dialog.query)
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
    }

    footer: Row {
        layoutDirection: Qt.RightToLeft
        padding: Theme.space16
        leftPadding: Theme.space24
        rightPadding: Theme.space24
        spacing: Theme.space8
        PlainButton {
            objectName: "newConversationStart"
            text: dialog.busy ? qsTr("Starting\u2026")
                  : dialog.isGroup ? qsTr("Create group conversation")
                  : dialog.chosen.length === 1 ? qsTr("Chat with %1").arg(dialog.chosen[0].name.split(" ")[0])
                  : qsTr("Start conversation")
            enabled: dialog.canStart
            onClicked: dialog.start()
        }
        PlainButton {
            kind: "quiet"
            text: qsTr("Cancel")
            onClicked: dialog.close()
        }
    }
}
