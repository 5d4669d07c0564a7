import QtQuick
import Plein

// The feed: the composer on top, then the posts, newest first. Scrolling to the end asks the
// model for more (ListView calls fetchMore itself); a small spinner shows while a page loads.
Item {
    id: screen
    readonly property var feed: Session.feed
    readonly property int columnWidth: Math.min(Theme.feedMaxWidth, width - 2 * (Theme.compact ? Theme.space12 : Theme.space16))
    readonly property bool firstLoad: feed !== null && feed.count === 0 && !Session.synced && !Session.offline
    readonly property bool empty: feed !== null && feed.count === 0 && !firstLoad && !feed.loading

    ListView {
        id: list
        // Later, not inside a layout pass: moving the view while it lays out its header
        // recurses.
        function toTop() {
            if (!moving)
                positionViewAtBeginning()
        }
        objectName: "feedList"
        anchors.fill: parent
        model: screen.feed
        spacing: Theme.space12
        bottomMargin: Theme.space16
        boundsBehavior: Flickable.StopAtBounds
        reuseItems: true
        // No add/displaced transitions: with either, Qt 6.4's ListView stops re-placing cards
        // whose height changes when a resize re-wraps their text, and they overlap or gap.
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Feed")

        header: Item {
            width: list.width
            height: banners.height + composer.implicitHeight + Theme.space12 + Theme.space4
            // A growing composer or new banners must not push the header out of view while it
            // is on screen and nobody scrolls.
            onHeightChanged: if (!list.moving && list.contentY - list.originY < height) Qt.callLater(list.toTop)
            AnnouncementBanners {
                id: banners
                objectName: "announcementBanners"
                model: Session.pinned
                y: Theme.space4
                width: screen.columnWidth
                anchors.horizontalCenter: parent.horizontalCenter
                onOpenRequested: id => PostNavigation.open(id)
            }
            Composer {
                id: composer
                objectName: "composer"
                y: banners.height + Theme.space4
                width: screen.columnWidth
                anchors.horizontalCenter: parent.horizontalCenter
                Connections {
                    target: screen
                    function onFocusComposer() { composer.focusText() }
                }
            }
        }

        delegate: Item {
            id: row
            required property var model
            width: list.width
            height: card.implicitHeight

            PostCard {
                id: card
                width: screen.columnWidth
                anchors.horizontalCenter: parent.horizontalCenter
                post: row.model
                onOpenRequested: id => PostNavigation.open(id)
            }
        }

        footer: Item {
            width: list.width
            height: screen.feed && screen.feed.loading ? 64 : screen.feed && screen.feed.atEnd && screen.feed.count > 0 ? 56 : 0
            // Made while a page loads (a spinner is costly to make), like the states below.
            Loader {
                anchors.centerIn: parent
                active: screen.feed !== null && screen.feed.loading
                source: "Spinner.qml"
                onLoaded: item.objectName = "feedLoading"
            }
            Text {
                anchors.centerIn: parent
                visible: screen.feed !== null && !screen.feed.loading && screen.feed.atEnd && screen.feed.count > 0
                text: qsTr("You are all caught up")
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontCaption
            }
        }
    }
    ListScrollBar { view: list }

    signal focusComposer()

    Loader {
        active: screen.firstLoad
        width: screen.columnWidth
        anchors.horizontalCenter: parent.horizontalCenter
        y: (list.headerItem ? list.headerItem.height : 0) - list.contentY + list.originY
        sourceComponent: Column {
            objectName: "feedSkeletons"
            spacing: Theme.space12
            Repeater {
                model: 3
                SkeletonCard {
                    required property int index
                    width: parent.width
                    lines: index === 1 ? 3 : 2
                }
            }
        }
    }

    Loader {
        active: screen.empty
        width: Math.min(360, screen.columnWidth)
        anchors.horizontalCenter: parent.horizontalCenter
        y: (list.headerItem ? list.headerItem.height : 0) + Theme.space32
        sourceComponent: EmptyFeed {
            objectName: "emptyFeed"
            onWriteRequested: screen.focusComposer()
        }
    }
}
