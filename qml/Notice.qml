import QtQuick
import Plein

// A tinted box with an icon, one message and up to two actions: a refused post ("danger"),
// an edit that crossed another ("warning"), an upload that failed.
Rectangle {
    id: box
    property string tone: "danger"
    property string iconName: "error_outline"
    property string message
    property string primaryText
    property string primaryIcon
    property string primaryName
    property string secondaryText
    property string secondaryName
    signal primary()
    signal secondary()

    readonly property color ink: tone === "warning" ? Theme.warning : Theme.danger
    implicitHeight: noticeColumn.implicitHeight + 2 * Theme.space12
    radius: Theme.radiusControl
    color: tone === "warning" ? Theme.warningTint : Theme.dangerTint

    Column {
        id: noticeColumn
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.space12
        spacing: Theme.space8
        Item {
            width: parent.width
            height: Math.max(noticeIcon.height, noticeMessage.implicitHeight)
            Icon {
                id: noticeIcon
                name: box.iconName
                size: 18
                color: box.ink
            }
            Text {
                id: noticeMessage
                objectName: box.objectName + "Message"
                x: noticeIcon.width + Theme.space8
                width: parent.width - x
                text: box.message
                wrapMode: Text.Wrap
                color: box.ink
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
        Row {
            visible: box.primaryText !== "" || box.secondaryText !== ""
            spacing: Theme.space8
            PlainButton {
                objectName: box.primaryName
                visible: box.primaryText !== ""
                kind: "secondary"
                iconName: box.primaryIcon
                text: box.primaryText
                onClicked: box.primary()
            }
            PlainButton {
                objectName: box.secondaryName
                visible: box.secondaryText !== ""
                kind: "quiet"
                tint: box.ink
                text: box.secondaryText
                onClicked: box.secondary()
            }
        }
    }
}
