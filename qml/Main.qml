import QtQuick
import Plein

// The window: the sign-in screen or the app, and which page is open. `currentPage` is also
// what the screenshot mode and the UI tests set to move around. A plain Window, and neither Qt
// Quick Controls nor QtQuick.Templates anywhere on the feed's first screen (buttons are
// Pressable): loading either held back a cold start's first frame (docs/performance.md,
// test_first_screen). Screens and popups opened later use them.
Window {
    id: window
    property string currentPage: "feed"
    readonly property string layoutMode: width < Theme.phoneMaxWidth ? "phone"
                                         : width < Theme.desktopMinWidth ? "tablet" : "desktop"

    width: 1200
    height: 800
    minimumWidth: 340
    minimumHeight: 520
    visible: true
    title: "Plein"
    color: Theme.background

    Binding {
        target: Theme
        property: "compact"
        value: window.layoutMode === "phone"
    }

    Loader {
        id: content
        objectName: "content"
        anchors.fill: parent
        sourceComponent: Session.signedIn ? shell : Session.restoring ? starting : login
    }

    Component {
        id: login
        // By file, not by type: a saved account starts without loading the sign-in screen.
        Loader {
            source: "LoginScreen.qml"
        }
    }
    Component {
        id: starting
        // Restoring reads the local cache: a fraction of a second, so only the background.
        Item {}
    }
    Component {
        id: shell
        AppShell {
            layoutMode: window.layoutMode
            currentPage: window.currentPage
            onNavigate: page => window.currentPage = page
        }
    }

    // Short messages from the session, at the bottom, for a few seconds.
    Rectangle {
        id: toast
        objectName: "notice"
        property string message
        visible: opacity > 0
        opacity: 0
        z: 10
        anchors.horizontalCenter: parent.horizontalCenter
        // In Chats the bottom belongs to the composer and a refused message's Retry: show it
        // under the header there.
        y: window.currentPage === "chats" ? Theme.headerHeight + Theme.space16
                                          : parent.height - height - Theme.bottomNavHeight - Theme.space16
        width: Math.min(noticeText.implicitWidth + 2 * Theme.space16, window.width - 2 * Theme.space16)
        height: noticeText.implicitHeight + 2 * Theme.space12
        radius: Theme.radiusControl
        color: Theme.text
        Behavior on opacity { NumberAnimation { duration: Theme.durationNormal } }
        Accessible.role: Accessible.AlertMessage
        Accessible.name: message
        Text {
            id: noticeText
            objectName: "noticeText"
            anchors.centerIn: parent
            width: Math.min(implicitWidth, window.width - 4 * Theme.space16)
            text: toast.message
            wrapMode: Text.Wrap
            color: Theme.background
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
        Timer {
            id: toastTimer
            interval: 4000
            onTriggered: toast.opacity = 0
        }
    }

    // Chat actions that need the server (add, remove, leave, mute, rename) report failures here.
    Connections {
        target: Chats
        function onNotice(message) {
            toast.message = message
            toast.opacity = 1
            toastTimer.restart()
        }
    }

    Connections {
        target: Session
        function onNotice(message) {
            toast.message = message
            toast.opacity = 1
            toastTimer.restart()
        }
        function onSignedInChanged() {
            if (Session.signedIn)
                window.currentPage = "feed"
        }
    }
}
