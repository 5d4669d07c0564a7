import QtQuick
import Plein

// The one button: "primary" (accent fill), "danger" (red fill, for deleting), "secondary"
// (outlined) or "quiet" (text only), with
// an optional icon. Always at least 44 px high; a visible ring when reached by keyboard.
Pressable {
    id: control
    property string kind: "primary"
    property string iconName
    property color tint: Theme.accent

    readonly property bool filled: kind === "primary" || kind === "danger"
    readonly property color ink: filled ? Theme.textOnAccent : tint

    implicitHeight: Theme.touchTarget
    implicitWidth: Math.max(Theme.touchTarget, contentRow.implicitWidth + (kind === "quiet" ? 2 * Theme.space12 : 2 * Theme.space16))
    Accessible.name: text

    contentItem: Item {
        implicitWidth: contentRow.implicitWidth
        implicitHeight: contentRow.implicitHeight
        Row {
            id: contentRow
            anchors.centerIn: parent
            spacing: Theme.space8
            Icon {
                visible: control.iconName !== ""
                name: control.iconName
                size: 18
                color: control.ink
                anchors.verticalCenter: parent.verticalCenter
            }
            Text {
                visible: control.text !== ""
                text: control.text
                color: control.ink
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                font.weight: Theme.weightSemiBold
                anchors.verticalCenter: parent.verticalCenter
            }
        }
    }

    background: Rectangle {
        radius: Theme.radiusControl
        color: control.kind === "danger"
            ? (control.down ? Qt.darker(Theme.danger, 1.15) : Theme.danger)
            : control.filled
            ? (control.down ? Theme.accentPressed : Theme.accent)
            : (control.down || control.hovered ? Theme.hover : "transparent")
        border.width: control.kind === "secondary" ? 1 : 0
        border.color: Theme.divider
        opacity: control.enabled ? 1 : 0.45

        Rectangle {
            anchors.fill: parent
            anchors.margins: -3
            radius: Theme.radiusControl + 3
            color: "transparent"
            border.width: 2
            border.color: Theme.accent
            visible: control.visualFocus
        }
    }
}
