import QtQuick
import Plein
import QtQuick.Controls.Basic
import QtQuick.Templates as T

// A small list of people over the window: who reacted, who has not read an announcement yet.
Popup {
    id: popup
    property string title
    property var people: []      // {userId, name, title?, kind?}
    property string status       // loading, empty or error text

    parent: T.Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(360, parent ? parent.width - 2 * Theme.space16 : 360)
    height: Math.min(480, peopleColumn.implicitHeight + 2 * Theme.space16)
    modal: true
    padding: Theme.space16
    background: Rectangle { radius: Theme.radiusCard; color: Theme.card; border.color: Theme.divider }

    contentItem: Flickable {
        clip: true
        contentHeight: peopleColumn.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        Column {
            id: peopleColumn
            width: parent.width
            spacing: Theme.space4
            Item {
                width: parent.width
                height: Theme.touchTarget
                Text {
                    anchors.verticalCenter: parent.verticalCenter
                    text: popup.title
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLarge
                    font.weight: Theme.weightSemiBold
                }
                IconButton {
                    anchors.right: parent.right
                    iconName: "close"
                    label: qsTr("Close")
                    onClicked: popup.close()
                }
            }
            Text {
                objectName: "peopleStatus"
                visible: popup.status !== ""
                width: parent.width
                wrapMode: Text.Wrap
                text: popup.status
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
            Repeater {
                model: popup.people
                delegate: PersonRow {
                    required property var modelData
                    width: peopleColumn.width
                    name: modelData.name
                    detail: modelData.title ?? ""
                    Text {
                        visible: (modelData.kind ?? "") !== ""
                        text: ReactionEmoji.emoji(modelData.kind ?? "")
                        font.family: Theme.emojiFamily
                        font.pixelSize: 18
                    }
                }
            }
        }
    }
}
