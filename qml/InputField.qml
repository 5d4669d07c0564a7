import QtQuick
import Plein
import QtQuick.Controls.Basic

// A single-line text field on the card colour with a quiet border that turns accent on focus.
TextField {
    id: field
    implicitHeight: Theme.touchTarget + 4
    leftPadding: Theme.space12
    rightPadding: Theme.space12
    color: Theme.text
    placeholderTextColor: Theme.textSecondary
    selectionColor: Theme.accent
    selectedTextColor: Theme.textOnAccent
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontLarge
    Accessible.name: placeholderText

    background: Rectangle {
        radius: Theme.radiusControl
        color: Theme.card
        border.width: field.activeFocus ? 2 : 1
        border.color: field.activeFocus ? Theme.accent : Theme.divider
    }
}
