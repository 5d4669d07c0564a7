import QtQuick
import Plein
import QtQuick.Controls.Basic

// One group: its header (name, description, visibility, members, my place and the matching
// button), then its posts, its members and, for its admins, requests and settings. A private
// group I am not in shows only what it is about and "Request to join".
Item {
    id: page
    property string groupId
    property var group: ({})
    property bool showBack: false
    signal back()
    // The open section: 0 posts, 1 members, 2 requests, 3 settings.
    property int section: 0
    onGroupIdChanged: section = 0

    readonly property string membership: group.membership ?? "none"
    readonly property bool isMember: membership === "member" || membership === "admin"
    readonly property bool isAdmin: membership === "admin"
    readonly property string visibility: group.visibility ?? "public"
    readonly property bool contentHidden: !isMember && visibility !== "public"
    readonly property int columnWidth: Math.min(Theme.feedMaxWidth, width - 2 * (Theme.compact ? Theme.space12 : Theme.space16))
    readonly property var sections: isAdmin ? [qsTr("Posts"), qsTr("Members"), qsTr("Requests"), qsTr("Settings")]
                                            : [qsTr("Posts"), qsTr("Members")]

    Rectangle { anchors.fill: parent; color: Theme.background }

    readonly property var groupPosts: groupId !== "" && !contentHidden ? Session.groupFeed(groupId) : null

    ListView {
        id: list
        // Later, not inside a layout pass: moving the view while it lays out its header
        // recurses.
        function toTop() {
            if (!moving)
                positionViewAtBeginning()
        }
        objectName: "groupPostsList"
        anchors.fill: parent
        clip: true
        spacing: Theme.space12
        bottomMargin: Theme.space16
        boundsBehavior: Flickable.StopAtBounds
        model: page.section === 0 ? page.groupPosts : null
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Posts in %1").arg(page.group.name ?? "")

        // A header that grows (description, tabs, posts arriving) must not push itself out of
        // view: while nobody scrolls, stay at the top.
        onModelChanged: Qt.callLater(toTop)
        header: Item {
            width: list.width
            height: headerColumn.implicitHeight + Theme.space16
            onHeightChanged: if (!list.moving) Qt.callLater(list.toTop)

            Column {
                id: headerColumn
                width: page.columnWidth
                anchors.horizontalCenter: parent.horizontalCenter
                spacing: Theme.space12

                PlainButton {
                    visible: page.showBack
                    objectName: "groupBack"
                    kind: "quiet"
                    iconName: "arrow_back"
                    text: qsTr("Groups")
                    onClicked: page.back()
                }

                Rectangle {
                    width: parent.width
                    height: headerContent.implicitHeight + 2 * Theme.space16
                    radius: Theme.radiusCard
                    color: Theme.card
                    border.color: Theme.divider

                    Column {
                        id: headerContent
                        x: Theme.space16
                        y: Theme.space16
                        width: parent.width - 2 * Theme.space16
                        spacing: Theme.space8

                        Text {
                            objectName: "groupPageName"
                            width: parent.width
                            text: page.group.name ?? ""
                            wrapMode: Text.Wrap
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontHeading
                            font.weight: Theme.weightSemiBold
                            Accessible.role: Accessible.Heading
                            Accessible.name: text
                        }
                        Row {
                            spacing: Theme.space4
                            Icon {
                                name: GroupText.visibilityIcon(page.visibility)
                                size: 16
                                anchors.verticalCenter: parent.verticalCenter
                            }
                            Text {
                                objectName: "groupPageMeta"
                                text: [GroupText.visibilityLabel(page.visibility), GroupText.kindLabel(page.group.kind ?? ""),
                                       GroupText.membersLabel(page.group.memberCount ?? 0)].filter(s => s !== "").join(" \u00b7 ")
                                color: Theme.textSecondary
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                                anchors.verticalCenter: parent.verticalCenter
                            }
                        }
                        Text {
                            objectName: "groupPageDescription"
                            visible: text !== ""
                            width: parent.width
                            text: page.group.description ?? ""
                            wrapMode: Text.Wrap
                            color: Theme.text
                            lineHeight: 1.25
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                        }
                        Row {
                            spacing: Theme.space8
                            topPadding: Theme.space4
                            PlainButton {
                                objectName: "groupJoin"
                                visible: !page.isMember && page.membership !== "requested" && page.visibility !== "secret"
                                         || page.membership === "invited"
                                text: page.membership === "invited" ? qsTr("Accept invitation")
                                      : page.visibility === "public" ? qsTr("Join") : qsTr("Request to join")
                                onClicked: Session.joinGroup(page.groupId)
                            }
                            Row {
                                visible: page.membership === "requested"
                                spacing: Theme.space4
                                anchors.verticalCenter: parent.verticalCenter
                                Icon { name: "schedule"; size: 16; color: Theme.warning; anchors.verticalCenter: parent.verticalCenter }
                                Text {
                                    objectName: "groupRequested"
                                    text: qsTr("Request sent; a group admin decides")
                                    color: Theme.warning
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontSmall
                                    anchors.verticalCenter: parent.verticalCenter
                                }
                            }
                            Row {
                                visible: page.isMember
                                spacing: Theme.space4
                                anchors.verticalCenter: parent.verticalCenter
                                Icon { name: "check_circle"; size: 16; color: Theme.accent; anchors.verticalCenter: parent.verticalCenter }
                                Text {
                                    objectName: "groupMembership"
                                    text: page.isAdmin ? qsTr("You are an admin") : qsTr("You are a member")
                                    color: Theme.accent
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontSmall
                                    anchors.verticalCenter: parent.verticalCenter
                                }
                            }
                            PlainButton {
                                objectName: "groupLeave"
                                visible: page.isMember || page.membership === "requested"
                                kind: "quiet"
                                tint: Theme.danger
                                text: page.membership === "requested" ? qsTr("Withdraw request") : qsTr("Leave")
                                onClicked: Session.leaveGroup(page.groupId)
                            }
                        }
                    }
                }

                Text {
                    objectName: "groupHiddenContent"
                    visible: page.contentHidden
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    topPadding: Theme.space16
                    text: qsTr("Only members see what is posted in this group.")
                    color: Theme.textSecondary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                }

                TabBar {
                    id: tabs
                    objectName: "groupSections"
                    currentIndex: page.section
                    onCurrentIndexChanged: page.section = currentIndex
                    visible: !page.contentHidden
                    width: parent.width
                    height: Theme.touchTarget
                    background: Rectangle { color: "transparent" }
                    Repeater {
                        model: page.sections
                        delegate: TabButton {
                            id: tab
                            required property string modelData
                            required property int index
                            objectName: "groupSection" + index
                            height: Theme.touchTarget
                            text: modelData
                            Accessible.name: modelData
                            background: Rectangle {
                                color: tab.hovered ? Theme.hover : "transparent"
                                border.width: tab.visualFocus ? 2 : 0
                                border.color: Theme.accent
                                Rectangle {
                                    anchors.bottom: parent.bottom
                                    width: parent.width
                                    height: tab.checked ? 2 : 1
                                    color: tab.checked ? Theme.accent : Theme.divider
                                }
                            }
                            contentItem: Text {
                                text: tab.text
                                horizontalAlignment: Text.AlignHCenter
                                verticalAlignment: Text.AlignVCenter
                                color: tab.checked ? Theme.accent : Theme.textSecondary
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                                font.weight: Theme.weightSemiBold
                            }
                        }
                    }
                }

                // Posts: nothing yet.
                Text {
                    objectName: "groupNoPosts"
                    visible: !page.contentHidden && tabs.currentIndex === 0 && (page.groupPosts === null || page.groupPosts.count === 0)
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    topPadding: Theme.space16
                    text: qsTr("No posts in this group yet. Write the first one in the feed.")
                    color: Theme.textSecondary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                }

                // Members, requests and settings come from the server on demand.
                GroupMembers {
                    id: membersSection
                    objectName: "groupMembers"
                    visible: !page.contentHidden && tabs.currentIndex === 1
                    width: parent.width
                    groupId: page.groupId
                    isAdmin: page.isAdmin
                }
                GroupRequests {
                    id: requestsSection
                    objectName: "groupRequests"
                    visible: !page.contentHidden && page.isAdmin && tabs.currentIndex === 2
                    width: parent.width
                    groupId: page.groupId
                }
                GroupSettings {
                    objectName: "groupSettings"
                    visible: !page.contentHidden && page.isAdmin && tabs.currentIndex === 3
                    width: parent.width
                    group: page.group
                }
                Connections {
                    target: tabs
                    function onCurrentIndexChanged() {
                        if (tabs.currentIndex === 1)
                            membersSection.load()
                        else if (tabs.currentIndex === 2)
                            requestsSection.load()
                    }
                }
            }
        }

        delegate: Item {
            id: postRow
            required property var model
            width: list.width
            height: card.implicitHeight
            PostCard {
                id: card
                width: page.columnWidth
                anchors.horizontalCenter: parent.horizontalCenter
                post: postRow.model
                onOpenRequested: id => PostNavigation.open(id, page.groupPosts)
            }
        }
    }
    ListScrollBar { view: list }
}
