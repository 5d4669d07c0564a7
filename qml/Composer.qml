import QtQuick
import Plein
import QtQuick.Controls.Basic
import QtQuick.Layouts

// Writing a post: the text, where it goes, and Post (Ctrl+Enter too). The text is cleared only
// once the post is safely saved here; if that fails it stays, with the reason below.
Rectangle {
    id: composer
    property string errorText
    readonly property bool canPost: textArea.text.trim() !== "" && groupPicker.count > 0

    function focusText() { textArea.forceActiveFocus() }
    function post() {
        if (!canPost)
            return
        errorText = ""
        Session.createPost(groupPicker.currentValue ?? "", textArea.text)
    }

    implicitHeight: column.implicitHeight + 2 * Theme.space16
    radius: Theme.radiusCard
    color: Theme.card
    border.color: textArea.activeFocus ? Theme.accent : Theme.divider

    Connections {
        target: Session
        function onPostCreated() {
            textArea.clear()
            composer.errorText = ""
        }
        function onPostFailed(message) { composer.errorText = message }
    }

    Column {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.space16
        spacing: Theme.space12

        Item {
            width: parent.width
            height: Math.max(40, textArea.implicitHeight)
            Avatar {
                id: myAvatar
                size: 40
                name: Session.myName
                initials: Session.myInitials
            }
            TextArea {
                id: textArea
                objectName: "composerText"
                anchors.left: myAvatar.right
                anchors.leftMargin: Theme.space12
                anchors.right: parent.right
                topPadding: 10
                bottomPadding: 10
                leftPadding: 0
                rightPadding: 0
                wrapMode: TextEdit.Wrap
                placeholderText: Theme.compact ? qsTr("Write a post\u2026") : qsTr("Share something with your colleagues\u2026")
                placeholderTextColor: Theme.textSecondary
                color: Theme.text
                selectionColor: Theme.accent
                selectedTextColor: Theme.textOnAccent
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                background: null
                Accessible.name: qsTr("New post")
                KeyNavigation.priority: KeyNavigation.BeforeItem
                KeyNavigation.tab: groupPicker
                Keys.onPressed: event => {
                    if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                            && (event.modifiers & Qt.ControlModifier)) {
                        composer.post()
                        event.accepted = true
                    }
                }
            }
        }

        Text {
            objectName: "composerError"
            visible: composer.errorText !== ""
            width: parent.width
            text: composer.errorText
            color: Theme.danger
            wrapMode: Text.Wrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }

        Rectangle {
            width: parent.width
            height: 1
            color: Theme.divider
        }

        RowLayout {
            width: parent.width
            spacing: Theme.space8

            ComboBox {
                id: groupPicker
                objectName: "composerGroup"
                // As wide as the chosen group's name, within reason.
                Layout.preferredWidth: Math.min(pickerLabel.implicitWidth + 2 * 18 + 4 * Theme.space8, 280)
                Layout.minimumWidth: 120
                Layout.maximumWidth: 280
                implicitHeight: Theme.touchTarget
                model: Session.groups
                textRole: "name"
                valueRole: "id"
                enabled: count > 0
                displayText: count > 0 ? currentText : qsTr("No groups yet")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                Accessible.name: qsTr("Post in: %1").arg(displayText)
                KeyNavigation.tab: postButton

                contentItem: Row {
                    leftPadding: Theme.space8
                    spacing: Theme.space8
                    Icon {
                        anchors.verticalCenter: parent.verticalCenter
                        name: groupPicker.currentValue === "" ? "public" : "group"
                        size: 18
                    }
                    Text {
                        id: pickerLabel
                        anchors.verticalCenter: parent.verticalCenter
                        width: Math.min(implicitWidth, groupPicker.width - 2 * 18 - 4 * Theme.space8)
                        text: groupPicker.displayText
                        elide: Text.ElideRight
                        color: Theme.text
                        font: groupPicker.font
                    }
                }
                indicator: Icon {
                    x: groupPicker.width - width - Theme.space8
                    anchors.verticalCenter: parent.verticalCenter
                    name: "expand_more"
                    size: 18
                }
                background: Rectangle {
                    radius: Theme.radiusControl
                    color: groupPicker.down || groupPicker.hovered ? Theme.hover : "transparent"
                    border.width: groupPicker.visualFocus ? 2 : 0
                    border.color: Theme.accent
                }
                delegate: ItemDelegate {
                    required property var modelData
                    required property int index
                    width: ListView.view ? ListView.view.width : 200
                    height: Theme.touchTarget
                    highlighted: groupPicker.highlightedIndex === index
                    contentItem: Text {
                        text: modelData.name
                        color: Theme.text
                        elide: Text.ElideRight
                        verticalAlignment: Text.AlignVCenter
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                    }
                    background: Rectangle { color: highlighted ? Theme.hover : Theme.card }
                }
                popup: Popup {
                    y: groupPicker.height + 4
                    width: Math.max(groupPicker.width, 220)
                    implicitHeight: Math.min(contentItem.implicitHeight + 8, 320)
                    padding: 4
                    contentItem: ListView {
                        clip: true
                        implicitHeight: contentHeight
                        model: groupPicker.popup.visible ? groupPicker.delegateModel : null
                        currentIndex: groupPicker.highlightedIndex
                    }
                    background: Rectangle {
                        radius: Theme.radiusControl
                        color: Theme.card
                        border.color: Theme.divider
                    }
                }
            }

            Item { Layout.fillWidth: true }

            Text {
                visible: !Theme.compact
                text: qsTr("Ctrl+Enter to post")
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontCaption
            }

            PlainButton {
                id: postButton
                objectName: "composerPost"
                iconName: "send"
                text: qsTr("Post")
                enabled: composer.canPost
                onClicked: composer.post()
            }
        }
    }
}
