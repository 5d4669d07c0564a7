import QtQuick
import Plein

// A round icon-only button with a 44 px hit area; `label` is what screen readers say.
Pressable {
    id: control
    property string iconName
    property string label
    property color ink: Theme.textSecondary
    property int iconSize: 20

    implicitWidth: Theme.touchTarget
    implicitHeight: Theme.touchTarget
    Accessible.name: label
    // Made on the first hover: a tooltip is a Templates popup, which the first screen avoids.
    Loader {
        active: control.hovered && control.label !== ""
        source: "HoverTip.qml"
        onLoaded: {
            item.parent = control
            item.text = Qt.binding(() => control.label)
        }
    }

    background: Rectangle {
        radius: width / 2
        color: control.down || control.hovered || control.checked ? Theme.hover : "transparent"
        border.width: control.visualFocus ? 2 : 0
        border.color: Theme.accent
    }
    contentItem: Icon {
        name: control.iconName
        size: control.iconSize
        color: control.checked ? Theme.accent : control.ink
    }
}
