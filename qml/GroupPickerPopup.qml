import QtQuick
import QtQuick.Templates as T
import Plein

// The list under the composer's group picker (GroupPicker): Up and Down move, Enter or a click
// chooses, Escape or a click elsewhere closes.
T.Popup {
    id: popup
    property Item picker
    objectName: "composerGroupList"
    y: picker ? picker.height + 4 : 0
    width: picker ? Math.max(picker.width, 220) : 220
    implicitHeight: Math.min(list.contentHeight + topPadding + bottomPadding, 320)
    padding: 4
    focus: true
    onAboutToShow: list.currentIndex = picker.currentIndex
    contentItem: ListView {
        id: list
        clip: true
        focus: true
        keyNavigationEnabled: true
        model: popup.picker ? popup.picker.groups : []
        Accessible.role: Accessible.List
        Keys.onReturnPressed: popup.choose(currentIndex)
        Keys.onEnterPressed: popup.choose(currentIndex)
        delegate: Pressable {
            id: row
            required property var modelData
            required property int index
            objectName: "composerGroupOption" + index
            width: ListView.view.width
            height: Theme.touchTarget
            focusPolicy: Qt.NoFocus
            text: modelData.name
            Accessible.role: Accessible.ListItem
            Accessible.selected: index === popup.picker.currentIndex
            onClicked: popup.choose(index)
            background: Rectangle {
                radius: Theme.radiusControl
                color: row.index === list.currentIndex || row.hovered ? Theme.hover : Theme.card
            }
            contentItem: Text {
                leftPadding: Theme.space8
                rightPadding: Theme.space8
                text: row.modelData.name
                color: Theme.text
                elide: Text.ElideRight
                verticalAlignment: Text.AlignVCenter
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                font.weight: row.index === popup.picker.currentIndex ? Theme.weightSemiBold : Theme.weightRegular
            }
        }
    }
    background: Rectangle {
        radius: Theme.radiusControl
        color: Theme.card
        border.color: Theme.divider
    }
    function choose(index) {
        picker.currentIndex = index
        close()
    }
}
