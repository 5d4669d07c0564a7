import QtQuick
import Plein
import QtQuick.Controls.Basic

// A group admin edits the name, description and visibility.
Column {
    id: section
    property var group: ({})
    property string error
    property bool saved: false
    spacing: Theme.space12

    function reset() {
        nameField.text = group.name ?? ""
        descriptionField.text = group.description ?? ""
        visibilityBox.currentIndex = Math.max(0, ["public", "private", "secret"].indexOf(group.visibility ?? "public"))
        saved = false
        error = ""
    }
    onGroupChanged: reset()

    Connections {
        target: Remote
        function onAnswered(request, key, result, error) {
            if (request === "editGroup" && key === (section.group.groupId ?? "")) {
                section.error = error
                section.saved = error === ""
            }
        }
    }

    InputField {
        id: nameField
        objectName: "groupEditName"
        width: parent.width
        placeholderText: qsTr("Name")
        font.pixelSize: Theme.fontBody
    }
    TextArea {
        id: descriptionField
        objectName: "groupEditDescription"
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
        background: Rectangle {
            radius: Theme.radiusControl
            color: Theme.card
            border.width: descriptionField.activeFocus ? 2 : 1
            border.color: descriptionField.activeFocus ? Theme.accent : Theme.divider
        }
    }
    ComboBox {
        id: visibilityBox
        width: parent.width
        implicitHeight: Theme.touchTarget
        model: [GroupText.visibilityLabel("public"), GroupText.visibilityLabel("private"), GroupText.visibilityLabel("secret")]
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        Accessible.name: qsTr("Who can find it")
    }
    Text {
        width: parent.width
        wrapMode: Text.Wrap
        text: GroupText.visibilityExplanation(["public", "private", "secret"][visibilityBox.currentIndex])
        color: Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontCaption
    }
    Row {
        spacing: Theme.space12
        PlainButton {
            objectName: "groupEditSave"
            text: qsTr("Save")
            enabled: nameField.text.trim() !== ""
            onClicked: Remote.editGroup(section.group.groupId, nameField.text.trim(), descriptionField.text.trim(),
                                        ["public", "private", "secret"][visibilityBox.currentIndex], section.group.version ?? 0)
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            visible: text !== ""
            text: section.error !== "" ? section.error : section.saved ? qsTr("Saved") : ""
            color: section.error !== "" ? Theme.danger : Theme.accent
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
    }
}
