import QtQuick
import Plein

// Like, and the fixed set of reactions with their counts. Tapping a reaction toggles mine
// (highlighted); pressing and holding one, or right-clicking it, asks who reacted.
Row {
    id: bar
    property var reactions: ({})   // kind -> count
    property var mine: []          // kinds I reacted with
    signal toggled(string kind, bool on)
    signal reactorsRequested(string kind)

    readonly property var kinds: ReactionEmoji.kinds
    function label(kind) {
        switch (kind) {
        case "like": return qsTr("Like")
        case "love": return qsTr("Love")
        case "laugh": return qsTr("Laugh")
        case "wow": return qsTr("Wow")
        case "sad": return qsTr("Sad")
        case "celebrate": return qsTr("Celebrate")
        }
        return kind
    }
    function isMine(kind) { return mine.indexOf(kind) >= 0 }
    function countOf(kind) { return reactions[kind] ?? 0 }

    spacing: 0

    // Like is always there; the others only once someone used them.
    Repeater {
        model: bar.kinds.filter(k => k === "like" || bar.countOf(k) > 0)
        delegate: Pressable {
            id: chip
            required property string modelData
            readonly property bool active: bar.isMine(modelData)
            objectName: "reaction_" + modelData
            implicitHeight: Theme.touchTarget
            implicitWidth: Math.max(Theme.touchTarget, chipRow.implicitWidth + 2 * Theme.space12)
            Accessible.name: qsTr("%1: %2").arg(bar.label(modelData)).arg(bar.countOf(modelData))
            Accessible.checked: active
            onClicked: bar.toggled(modelData, !active)
            holdable: true
            onPressAndHold: bar.reactorsRequested(modelData)
            TapHandler {
                acceptedButtons: Qt.RightButton
                onTapped: bar.reactorsRequested(chip.modelData)
            }
            background: Rectangle {
                anchors.fill: parent
                anchors.margins: 6
                radius: height / 2
                color: chip.active ? Theme.accentTint : chip.hovered ? Theme.hover : "transparent"
                border.width: chip.visualFocus ? 2 : 0
                border.color: Theme.accent
            }
            contentItem: Item {
                Row {
                    id: chipRow
                    anchors.centerIn: parent
                    spacing: 6
                    // Like's thumb from the icon font; the other reactions as the emoji pictures
                    // the app ships (ReactionEmoji.h), through its image provider
                    // (ReactionPictures.h): drawn as text, their colour emoji font cost a cold
                    // start about 3 ms.
                    Text {
                        visible: chip.modelData === "like"
                        width: 18
                        height: 18
                        text: chip.modelData === "like" ? IconFont.glyph(chip.active ? "thumb_up" : "thumb_up_off_alt") : ""
                        color: chip.active ? Theme.accent : Theme.textSecondary
                        font.family: Theme.iconFamily
                        font.pixelSize: 18
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        anchors.verticalCenter: parent.verticalCenter
                        Accessible.ignored: true
                    }
                    Image {
                        objectName: "reactionPicture"
                        visible: chip.modelData !== "like"
                        width: 17
                        height: 16
                        source: chip.modelData !== "like" ? ReactionEmoji.picture(chip.modelData) : ""
                        smooth: true
                        anchors.verticalCenter: parent.verticalCenter
                        Accessible.ignored: true
                    }
                    Text {
                        text: bar.countOf(chip.modelData)
                        color: chip.active ? Theme.accent : Theme.textSecondary
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        font.weight: chip.active ? Theme.weightSemiBold : Theme.weightRegular
                        anchors.verticalCenter: parent.verticalCenter
                    }
                }
            }
        }
    }

    IconButton {
        id: addButton
        objectName: "reactionAdd"
        iconName: "add_reaction"
        iconSize: 18
        label: qsTr("React")
        onClicked: picker.open()

        // Made the first time it opens: six colour emoji per card are costly to lay out.
        LazyPopup {
            id: picker
            source: "ReactionPicker.qml"
            onLoaded: {
                item.parent = addButton
                item.bar = bar
            }
        }
    }
}
