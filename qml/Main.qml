import QtQuick
import Plein
import QtQuick.Controls.Basic

// The window: the sign-in screen or the app, and which page is open. `currentPage` is also
// what the screenshot mode and the UI tests set to move around.
ApplicationWindow {
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
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody

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
        LoginScreen {}
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

    Connections {
        target: Session
        function onSignedInChanged() {
            if (Session.signedIn)
                window.currentPage = "feed"
        }
    }
}
