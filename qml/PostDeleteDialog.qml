import QtQuick
import Plein
import QtQuick.Controls.Basic
import QtQuick.Templates as T

// "Delete this post?" over the window. Loaded by URL when first needed (see PostMenu.qml).
Dialog {
    id: dialog
    signal confirmed()

    objectName: "postDeleteDialog"
    parent: T.Overlay.overlay
    anchors.centerIn: parent
    modal: true
    width: Math.min(360, parent ? parent.width - 2 * Theme.space24 : 360)
    title: qsTr("Delete this post?")
    padding: Theme.space24
    background: Rectangle { radius: Theme.radiusCard; color: Theme.card; border.color: Theme.divider }
    header: Text {
        text: dialog.title
        padding: Theme.space24
        bottomPadding: 0
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontLarge
        font.weight: Theme.weightSemiBold
    }
    contentItem: Text {
        text: qsTr("It disappears for everyone, with its comments.")
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
            objectName: "postDeleteConfirm"
            kind: "danger"
            text: qsTr("Delete")
            onClicked: {
                dialog.confirmed()
                dialog.close()
            }
        }
        PlainButton {
            kind: "quiet"
            text: qsTr("Cancel")
            onClicked: dialog.close()
        }
    }
}
