import QtQuick
import Plein
import QtQuick.Controls.Basic
import QtQuick.Templates as T

// An image at full size over everything, on a dark backdrop; Escape or the close button ends it.
Popup {
    id: viewer
    property url source
    property string name

    parent: T.Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    modal: true
    padding: 0
    background: Rectangle { color: "#E6000000" }

    contentItem: Item {
        Image {
            anchors.fill: parent
            anchors.margins: Theme.space24
            source: viewer.opened ? viewer.source : ""
            fillMode: Image.PreserveAspectFit
            asynchronous: true
        }
        IconButton {
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.space8
            iconName: "close"
            ink: "#FFFFFF"
            label: qsTr("Close")
            onClicked: viewer.close()
        }
    }
}
