import QtQuick
import Plein
import QtQuick.Layouts

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

    Sidebar {
        id: sidebar
        visible: shell.layoutMode === "desktop"
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: Theme.sidebarWidth
        items: shell.destinations
        currentPage: shell.currentPage
        onNavigate: page => shell.navigate(page)
    }

    NavRail {
        id: rail
        visible: shell.layoutMode === "tablet"
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: Theme.railWidth
        items: shell.destinations
        currentPage: shell.currentPage
        onNavigate: page => shell.navigate(page)
    }

    ColumnLayout {
        id: main
        anchors.top: parent.top
        anchors.bottom: bottomNav.visible ? bottomNav.top : parent.bottom
        anchors.right: parent.right
        anchors.left: parent.left
        anchors.leftMargin: shell.layoutMode === "desktop" ? Theme.sidebarWidth
                            : shell.layoutMode === "tablet" ? Theme.railWidth : 0
        spacing: 0

        ScreenHeader {
            Layout.fillWidth: true
            title: shell.pageTitle
            showBrand: shell.layoutMode === "phone" && shell.currentPage === "feed"
        }

        OfflineBanner {
            objectName: "offlineBanner"
            Layout.fillWidth: true
            visible: Session.offline
        }

        StackLayout {
            id: pages
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: shell.pageIndex[shell.currentPage] ?? 0

            FeedScreen {}
            ComingSoonPage {
                objectName: "comingSoonGroups"
                iconName: "groups"
                title: qsTr("Groups are on their way")
                message: qsTr("Soon you can find and join groups here. Until then, your groups' posts are in the feed.")
            }
            ComingSoonPage {
                objectName: "comingSoonChats"
                iconName: "chat_bubble_outline"
                title: qsTr("Chats are on their way")
                message: qsTr("Soon you can message colleagues directly here.")
            }
            ComingSoonPage {
                objectName: "comingSoonPeople"
                iconName: "people_outline"
                title: qsTr("People is on its way")
                message: qsTr("Soon you can find colleagues by name and expertise here.")
            }
            MePage {}
        }
    }

    BottomNav {
        id: bottomNav
        visible: shell.layoutMode === "phone"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        items: shell.destinations
        currentPage: shell.currentPage
        onNavigate: page => shell.navigate(page)
    }
}
