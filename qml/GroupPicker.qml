import QtQuick
import Plein

// Where a new post goes: the chosen group's name, and the list of my groups to choose from
// (GroupPickerPopup, made when first opened). Up and Down choose without opening, as a combo
// box does; Space or Enter opens the list.
Pressable {
    id: picker
    property var groups: []        // [{id, name}], the first the default
    property int currentIndex: 0
    readonly property int count: groups.length
    readonly property var current: count > 0 ? groups[Math.min(Math.max(currentIndex, 0), count - 1)] : null
    readonly property string currentValue: current ? current.id : ""
    readonly property string displayText: current ? current.name : qsTr("No groups yet")
    property font font

    onGroupsChanged: if (currentIndex >= count) currentIndex = 0
    onClicked: list.open()
    Keys.onUpPressed: if (currentIndex > 0) currentIndex--
    Keys.onDownPressed: if (currentIndex < count - 1) currentIndex++

    Accessible.role: Accessible.ComboBox
    Accessible.name: qsTr("Post in: %1").arg(displayText)

    background: Rectangle {
        radius: Theme.radiusControl
        color: picker.down || picker.hovered ? Theme.hover : "transparent"
        border.width: picker.visualFocus ? 2 : 0
        border.color: Theme.accent
    }
    contentItem: Item {
        Row {
            anchors.verticalCenter: parent.verticalCenter
            leftPadding: Theme.space8
            spacing: Theme.space8
            Icon {
                anchors.verticalCenter: parent.verticalCenter
                name: picker.currentValue === "" ? "public" : "group"
                size: 18
            }
            Text {
                id: label
                anchors.verticalCenter: parent.verticalCenter
                width: Math.min(implicitWidth, picker.width - 2 * 18 - 4 * Theme.space8)
                text: picker.displayText
                elide: Text.ElideRight
                color: Theme.text
                font: picker.font
            }
        }
        Icon {
            x: parent.width - width - Theme.space8
            anchors.verticalCenter: parent.verticalCenter
            name: "expand_more"
            size: 18
        }
    }
    readonly property real labelWidth: label.implicitWidth

    LazyPopup {
        id: list
        source: "GroupPickerPopup.qml"
        onLoaded: {
            item.parent = picker
            item.picker = picker
        }
    }
}
