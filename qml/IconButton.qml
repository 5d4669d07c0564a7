import QtQuick
import Plein
import QtQuick.Templates as T

// A round icon-only button with a 44 px hit area; `label` is what screen readers say.
T.AbstractButton {
    id: control
    property string iconName
    property string label
    property color ink: Theme.textSecondary
    property int iconSize: 20

    implicitWidth: Theme.touchTarget
    implicitHeight: Theme.touchTarget
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: label
    T.ToolTip.visible: hovered && label !== ""
    T.ToolTip.delay: 600
    T.ToolTip.text: label

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
