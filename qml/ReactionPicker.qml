import QtQuick
import QtQuick.Templates as T
import Plein

// The six reactions to choose from, above a card's "React" button (ReactionBar makes it the
// first time it opens: six colour emoji per card are costly to lay out).
T.Popup {
    id: pickerPopup
    property Item bar
    objectName: "reactionPicker"
    y: -height - Theme.space4
    padding: Theme.space4
    implicitWidth: contentItem.implicitWidth + leftPadding + rightPadding
    implicitHeight: contentItem.implicitHeight + topPadding + bottomPadding
    background: Rectangle { radius: Theme.radiusBubble; color: Theme.card; border.color: Theme.divider }
    contentItem: Row {
        spacing: 0
        Repeater {
            model: pickerPopup.bar ? pickerPopup.bar.kinds : []
            delegate: Pressable {
                id: pick
                required property string modelData
                objectName: "pick_" + modelData
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                Accessible.name: pickerPopup.bar.label(modelData)
                onClicked: {
                    pickerPopup.bar.toggled(modelData, !pickerPopup.bar.isMine(modelData))
                    pickerPopup.close()
                }
                background: Rectangle {
                    radius: width / 2
                    color: pickerPopup.bar.isMine(pick.modelData) ? Theme.accentTint : pick.hovered ? Theme.hover : "transparent"
                    border.width: pick.visualFocus ? 2 : 0
                    border.color: Theme.accent
                }
                contentItem: Text {
                    text: ReactionEmoji.emoji(pick.modelData)
                    font.family: Theme.emojiFamily
                    font.pixelSize: 22
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }
    }
}
