import QtQuick
import Plein
import QtQuick.Controls.Basic

// Groups: mine and the ones I may discover, with a search, and "New group". Wide windows show
// the chosen group beside the list; narrow ones open it over the list with a back button.
Item {
    id: screen
    property string openGroupId
    readonly property bool wide: width >= 900
    readonly property int listWidth: wide ? Math.min(440, Math.round(width * 0.4)) : width

    function openGroup(id) { openGroupId = id }

    readonly property var directory: Session.groupList
    Binding {
        target: screen.directory
        when: screen.directory !== null
        property: "scope"
        value: tabs.currentIndex === 0 ? "mine" : "discover"
    }
    Binding {
        target: screen.directory
        when: screen.directory !== null
        property: "query"
        value: search.text
    }

    Item {
        id: listPane
        objectName: "groupsList"
        visible: screen.wide || screen.openGroupId === ""
        width: screen.listWidth
        height: parent.height
        readonly property int columnWidth: Math.min(Theme.feedMaxWidth, width - 2 * (Theme.compact ? Theme.space12 : Theme.space16))

        Column {
            id: controls
            width: listPane.columnWidth
            anchors.horizontalCenter: parent.horizontalCenter
            y: Theme.space4
            spacing: Theme.space12

            Row {
                width: parent.width
                spacing: Theme.space8
                TabBar {
                    id: tabs
                    objectName: "groupsTabs"
                    width: parent.width - newGroupButton.width - Theme.space8
                    height: Theme.touchTarget
                    background: Rectangle { radius: Theme.radiusControl; color: Theme.hover }
                    Repeater {
                        model: [qsTr("My groups"), qsTr("Discover")]
                        delegate: TabButton {
                            id: tab
                            required property string modelData
                            required property int index
                            objectName: index === 0 ? "groupsMine" : "groupsDiscover"
                            height: Theme.touchTarget
                            text: modelData
                            Accessible.name: modelData
                            background: Rectangle {
                                anchors.fill: parent
                                anchors.margins: 4
                                radius: Theme.radiusControl - 2
                                color: tab.checked ? Theme.card : "transparent"
                                border.width: tab.visualFocus ? 2 : 0
                                border.color: Theme.accent
                            }
                            contentItem: Text {
                                text: tab.text
                                horizontalAlignment: Text.AlignHCenter
                                verticalAlignment: Text.AlignVCenter
                                color: tab.checked ? Theme.text : Theme.textSecondary
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                                font.weight: tab.checked ? Theme.weightSemiBold : Theme.weightRegular
                            }
                        }
                    }
                }
                PlainButton {
                    id: newGroupButton
                    objectName: "groupsNew"
                    iconName: "add"
                    text: Theme.compact ? "" : qsTr("New group")
                    Accessible.name: qsTr("New group")
                    onClicked: newGroupDialog.open()
                }
            }

            InputField {
                id: search
                objectName: "groupsSearch"
                width: parent.width
                placeholderText: tabs.currentIndex === 0 ? qsTr("Search my groups") : qsTr("Search groups")
                font.pixelSize: Theme.fontBody
                leftPadding: 40
                Icon {
                    x: Theme.space12
                    anchors.verticalCenter: parent.verticalCenter
                    name: "search"
                    size: 20
                }
            }
        }

        ListView {
            id: list
            objectName: "groupsListView"
            anchors.top: controls.bottom
            anchors.topMargin: Theme.space12
            anchors.bottom: parent.bottom
            width: parent.width
            clip: true
            spacing: Theme.space8
            bottomMargin: Theme.space16
            model: screen.directory
            boundsBehavior: Flickable.StopAtBounds
            Accessible.role: Accessible.List
            Accessible.name: tabs.currentIndex === 0 ? qsTr("My groups") : qsTr("Discover")
            delegate: Item {
                id: rowItem
                required property var model
                required property int index
                width: list.width
                height: groupRow.implicitHeight
                GroupRow {
                    id: groupRow
                    objectName: "groupRow" + rowItem.index
                    width: listPane.columnWidth
                    anchors.horizontalCenter: parent.horizontalCenter
                    group: rowItem.model
                    selected: screen.wide && screen.openGroupId === (rowItem.model.groupId ?? "")
                    onClicked: screen.openGroup(rowItem.model.groupId)
                    onActionRequested: (id, action) => Session.joinGroup(id)
                }
            }
        }
        ListScrollBar { view: list }

        Column {
            objectName: "groupsEmpty"
            visible: screen.directory !== null && screen.directory.count === 0 && !screen.directory.loading
            anchors.top: controls.bottom
            anchors.topMargin: Theme.space32
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(360, listPane.columnWidth)
            spacing: Theme.space12
            Icon {
                anchors.horizontalCenter: parent.horizontalCenter
                name: tabs.currentIndex === 0 ? "groups" : "travel_explore"
                size: 40
            }
            Text {
                objectName: "groupsEmptyText"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: search.text.trim() !== "" ? qsTr("No groups match \u201c%1\u201d.").arg(search.text.trim())
                      : tabs.currentIndex === 0 ? qsTr("You are not in a group yet. Discover one to join.")
                      : qsTr("No other groups to discover right now.")
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
            PlainButton {
                visible: tabs.currentIndex === 0 && search.text.trim() === ""
                anchors.horizontalCenter: parent.horizontalCenter
                kind: "secondary"
                text: qsTr("Discover groups")
                onClicked: tabs.currentIndex = 1
            }
        }
    }

    Rectangle {
        visible: screen.wide
        x: listPane.width
        width: 1
        height: parent.height
        color: Theme.divider
    }

    GroupPage {
        id: groupPage
        objectName: "groupPage"
        visible: screen.openGroupId !== ""
        x: screen.wide ? listPane.width + 1 : 0
        width: screen.wide ? screen.width - listPane.width - 1 : screen.width
        height: parent.height
        groupId: screen.openGroupId
        // Read again whenever the cached groups change (membership, member count).
        group: Session.groups, screen.openGroupId !== "" ? Session.groupInfo(screen.openGroupId) : ({})
        showBack: !screen.wide
        onBack: screen.openGroupId = ""
    }

    Column {
        visible: screen.wide && screen.openGroupId === ""
        x: listPane.width + 1 + (screen.width - listPane.width - width) / 2
        y: Theme.space32 * 3
        width: 320
        spacing: Theme.space12
        Icon {
            anchors.horizontalCenter: parent.horizontalCenter
            name: "groups"
            size: 40
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("Choose a group to see its posts and members.")
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
    }

    NewGroupDialog {
        id: newGroupDialog
        objectName: "newGroupDialog"
        onCreated: id => {
            tabs.currentIndex = 0
            screen.openGroup(id)
        }
    }
}
