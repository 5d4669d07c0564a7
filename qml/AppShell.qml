import QtQuick
import Plein

// The signed-in app. The same pages in every size; only the navigation around them changes:
// bottom navigation on phones, a rail on tablets, a sidebar on desktops.
Item {
    id: shell
    property string layoutMode: "desktop"
    property string currentPage: "feed"
    signal navigate(string page)

    readonly property var destinations: [
        { page: "feed", icon: "dynamic_feed", label: qsTr("Feed"), objectName: "navFeed" },
        { page: "groups", icon: "groups", label: qsTr("Groups"), objectName: "navGroups" },
        { page: "chats", icon: "chat_bubble_outline", label: qsTr("Chats"), objectName: "navChats" },
        { page: "people", icon: "people_outline", label: qsTr("People"), objectName: "navPeople" },
        { page: "me", icon: "account_circle", label: qsTr("Me"), objectName: "navMe" }
    ]
    readonly property var pageIndex: ({ feed: 0, groups: 1, chats: 2, people: 3, me: 4 })
    readonly property string pageTitle: destinations[pageIndex[currentPage] ?? 0].label

    // Only the navigation this window size uses is made (once made, it stays for resizes).
    Loader {
        id: sidebar
        visible: shell.layoutMode === "desktop"
        active: visible || item !== null
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: Theme.sidebarWidth
        sourceComponent: Sidebar {
            items: shell.destinations
            currentPage: shell.currentPage
            onNavigate: page => shell.navigate(page)
        }
    }

    Loader {
        id: rail
        visible: shell.layoutMode === "tablet"
        active: visible || item !== null
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: Theme.railWidth
        sourceComponent: NavRail {
            items: shell.destinations
            currentPage: shell.currentPage
            onNavigate: page => shell.navigate(page)
        }
    }

    // Plain anchors, not layouts: a resize reaches the feed's cards through bindings at once,
    // instead of through a chain of polish passes that Qt may cut short.
    Item {
        id: main
        anchors.top: parent.top
        anchors.bottom: bottomNav.visible ? bottomNav.top : parent.bottom
        anchors.right: parent.right
        anchors.left: parent.left
        anchors.leftMargin: shell.layoutMode === "desktop" ? Theme.sidebarWidth
                            : shell.layoutMode === "tablet" ? Theme.railWidth : 0

        ScreenHeader {
            id: header
            // Above the page, so a scrolled list passes under it.
            z: 2
            // Over the page's column, not over the post open beside it.
            width: pages.width
            // Chats draws its own headers: the list's and the open conversation's.
            visible: shell.currentPage !== "chats"
            height: visible ? implicitHeight : 0
            title: shell.pageTitle
            showBrand: shell.layoutMode === "phone" && shell.currentPage === "feed"
            // Groups on wider screens is a list pane at the left: the title goes over it.
            leftInset: shell.currentPage === "groups" && main.width >= 900 ? Theme.space16 : -1
        }

        // Made while offline only, so a start with a connection does not build it.
        Loader {
            id: banner
            z: 2
            anchors.top: header.bottom
            width: parent.width
            height: item ? item.implicitHeight : 0
            active: Session.offline
            sourceComponent: OfflineBanner {
                objectName: "offlineBanner"
                text: shell.currentPage === "chats" ? qsTr("Offline \u2013 messages go out when you are back")
                                                    : qsTr("Offline \u2013 you are seeing saved posts")
            }
        }

        Item {
            id: pages
            anchors.top: banner.bottom
            anchors.bottom: parent.bottom
            // On desktops an open post sits beside the page instead of over it.
            width: detailBeside ? parent.width - shell.detailWidth : parent.width
            readonly property bool detailBeside: shell.layoutMode === "desktop" && PostNavigation.openPostId !== ""
            readonly property int currentIndex: shell.pageIndex[shell.currentPage] ?? 0

            FeedScreen {
                anchors.fill: parent
                visible: pages.currentIndex === 0
            }
            // Pages other than the feed are made when first shown, so a cold start builds only
            // what the first frame needs; once made they stay. They are named by file, not by
            // type: a type named here would be loaded (with everything it uses) at start.
            Loader {
                anchors.fill: parent
                visible: pages.currentIndex === 1
                active: visible || item !== null
                source: "GroupsScreen.qml"
                onLoaded: item.objectName = "groupsScreen"
            }
            Loader {
                id: chatsLoader
                anchors.fill: parent
                visible: pages.currentIndex === 2
                active: visible || item !== null
                source: "ChatsScreen.qml"
                onLoaded: item.objectName = "chatsScreen"
                Binding {
                    target: chatsLoader.item
                    property: "wide"
                    value: shell.layoutMode === "desktop"
                    when: chatsLoader.item !== null
                }
            }
            Loader {
                anchors.fill: parent
                visible: pages.currentIndex === 3
                active: visible || item !== null
                sourceComponent: ComingSoonPage {
                    objectName: "comingSoonPeople"
                    iconName: "people_outline"
                    title: qsTr("People is on its way")
                    message: qsTr("Soon you can find colleagues by name and expertise here.")
                }
            }
            Loader {
                anchors.fill: parent
                visible: pages.currentIndex === 4
                active: visible || item !== null
                source: "MePage.qml"
            }
        }
    }

    readonly property int detailWidth: Math.min(520, Math.round(main.width * 0.45))

    // The open post: beside the page on desktops, over it (below the header) elsewhere. Made
    // when a post is first opened, and named by file so that its type (and the comments') loads
    // only then.
    Loader {
        id: postDetail
        visible: PostNavigation.openPostId !== ""
        active: visible || item !== null
        x: pages.detailBeside ? main.x + pages.width : main.x
        y: pages.detailBeside ? 0 : main.y
        width: pages.detailBeside ? shell.detailWidth : main.width
        height: pages.detailBeside ? shell.height : main.height
        source: "PostDetail.qml"
        onLoaded: {
            item.objectName = "postDetail"
            item.back.connect(() => PostNavigation.close())
        }
        Binding {
            target: postDetail.item
            property: "postId"
            value: PostNavigation.openPostId
            when: postDetail.item !== null
        }
        Binding {
            target: postDetail.item
            property: "showBack"
            value: !pages.detailBeside
            when: postDetail.item !== null
        }
        Rectangle {
            z: 1
            visible: pages.detailBeside
            width: 1
            height: parent.height
            color: Theme.divider
        }
    }
    onCurrentPageChanged: PostNavigation.close()

    // A desktop notification was clicked: show that conversation.
    Connections {
        target: Chats
        function onOpenRequested(conversationId) {
            shell.navigate("chats")
            if (chatsLoader.item)
                chatsLoader.item.openConversation(conversationId)
        }
    }

    Loader {
        id: bottomNav
        // An open conversation on a phone takes the whole screen, as in other chat apps.
        visible: shell.layoutMode === "phone" && !(shell.currentPage === "chats" && chatsLoader.item !== null && chatsLoader.item.conversationOpen)
        active: shell.layoutMode === "phone" || item !== null
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        sourceComponent: BottomNav {
            items: shell.destinations
            currentPage: shell.currentPage
            onNavigate: page => shell.navigate(page)
        }
    }
}
