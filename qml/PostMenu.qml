import QtQuick
import Plein
import QtQuick.Controls.Basic

// A post's options for its author or an admin: edit, delete. Opened from the card's "…" button,
// which it names as its parent; loaded by URL the first time, so the cards on a cold start's first
// screen do not load the Controls style (docs/performance.md).
Menu {
    signal editRequested()
    signal deleteRequested()

    y: parent ? parent.height : 0
    MenuItem {
        objectName: "postEdit"
        text: qsTr("Edit")
        onTriggered: editRequested()
    }
    MenuItem {
        objectName: "postDelete"
        text: qsTr("Delete")
        onTriggered: deleteRequested()
    }
}
