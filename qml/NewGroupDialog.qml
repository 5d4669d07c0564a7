import QtQuick
import Plein
import QtQuick.Controls.Basic
import QtQuick.Templates as T

// "New group": a name, what it is about, and who can find and join it, each choice explained
// in one line.
Dialog {
    id: dialog
    property string visibility: "public"
    property string error
    property bool busy: false
    signal created(string groupId)

    parent: T.Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(460, parent ? parent.width - 2 * Theme.space16 : 460)
    modal: true
    padding: Theme.space24
    topPadding: Theme.space8
    title: qsTr("New group")
    onOpened: nameField.forceActiveFocus()
    onClosed: {
        error = ""
        busy = false
        nameField.text = ""
        descriptionField.text = ""
        visibility = "public"
    }

    background: Rectangle { radius: Theme.radiusCard; color: Theme.card; border.color: Theme.divider }
    header: Text {
        text: dialog.title
        padding: Theme.space24
        bottomPadding: Theme.space8
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        font.weight: Theme.weightSemiBold
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    contentItem: Column {
        spacing: Theme.space12
        InputField {
            id: nameField
            objectName: "newGroupName"
            width: parent.width
            placeholderText: qsTr("Name")
            maximumLength: 80
            KeyNavigation.tab: descriptionField
        }
        TextArea {
            id: descriptionField
            objectName: "newGroupDescription"
            width: parent.width
            height: Math.max(88, implicitHeight)
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("What is this group about?")
            placeholderTextColor: Theme.textSecondary
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            padding: Theme.space12
            Accessible.name: qsTr("Description")
            KeyNavigation.priority: KeyNavigation.BeforeItem
            KeyNavigation.tab: choices.itemAt(0)
            background: Rectangle {
                radius: Theme.radiusControl
                color: Theme.card
                border.width: descriptionField.activeFocus ? 2 : 1
                border.color: descriptionField.activeFocus ? Theme.accent : Theme.divider
            }
        }
        Text {
            objectName: "newGroupError"
            visible: dialog.error !== ""
            width: parent.width
            wrapMode: Text.Wrap
            text: dialog.error
            color: Theme.danger
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
        Text {
            text: qsTr("Who can find it")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            font.weight: Theme.weightSemiBold
        }
        Repeater {
            id: choices
            model: ["public", "private", "secret"]
            delegate: RadioButton {
                id: choice
                required property string modelData
                objectName: "newGroup_" + modelData
                width: parent.width
                checked: dialog.visibility === modelData
                onClicked: dialog.visibility = modelData
                Accessible.name: GroupText.visibilityLabel(modelData) + ". " + GroupText.visibilityExplanation(modelData)
                indicator: Rectangle {
                    x: 0
                    y: Theme.space8
                    width: 20
                    height: 20
                    radius: 10
                    color: "transparent"
                    border.width: 2
                    border.color: choice.checked ? Theme.accent : Theme.textSecondary
                    Rectangle {
                        anchors.centerIn: parent
                        width: 10
                        height: 10
                        radius: 5
                        color: Theme.accent
                        visible: choice.checked
                    }
                }
                contentItem: Column {
                    leftPadding: 32
                    spacing: 2
                    Row {
                        spacing: Theme.space4
                        Icon { name: GroupText.visibilityIcon(choice.modelData); size: 16; anchors.verticalCenter: parent.verticalCenter }
                        Text {
                            text: GroupText.visibilityLabel(choice.modelData)
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            font.weight: Theme.weightSemiBold
                        }
                    }
                    Text {
                        width: choice.width - 32
                        text: GroupText.visibilityExplanation(choice.modelData)
                        wrapMode: Text.Wrap
                        color: Theme.textSecondary
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontCaption
                    }
                }
                background: Rectangle {
                    color: "transparent"
                    radius: Theme.radiusControl
                    border.width: choice.visualFocus ? 2 : 0
                    border.color: Theme.accent
                }
            }
        }
    }

    Connections {
        target: Remote
        enabled: dialog.opened
        function onAnswered(request, key, result, error) {
            if (request !== "createGroup" || key !== nameField.text.trim())
                return
            dialog.busy = false
            if (error !== "") {
                dialog.error = error
                return
            }
            dialog.created(result.groupId)
            dialog.close()
        }
    }

    footer: Row {
        layoutDirection: Qt.RightToLeft
        padding: Theme.space16
        spacing: Theme.space8
        PlainButton {
            objectName: "newGroupCreate"
            text: qsTr("Create group")
            enabled: nameField.text.trim() !== "" && !dialog.busy
            onClicked: {
                dialog.busy = true
                dialog.error = ""
                Remote.createGroup(nameField.text.trim(), descriptionField.text.trim(), dialog.visibility)
            }
        }
        PlainButton {
            kind: "quiet"
            text: qsTr("Cancel")
            onClicked: dialog.close()
        }
    }
}
