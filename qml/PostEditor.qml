import QtQuick
import Plein
import QtQuick.Controls.Basic

// Editing my own post in place: the text, Save and Cancel. Loaded by URL when editing starts
// (see PostMenu.qml); start() gives it the post's text and the keyboard focus.
Column {
    id: postEditor
    signal saved(string text)
    signal cancelled()

    function start(text) {
        editor.text = text
        editor.forceActiveFocus()
    }

    spacing: Theme.space8
    TextArea {
        id: editor
        objectName: "postEditor"
        width: parent.width
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
            onClicked: postEditor.saved(editor.text)
        }
        PlainButton {
            kind: "quiet"
            text: qsTr("Cancel")
            onClicked: postEditor.cancelled()
        }
    }
}
