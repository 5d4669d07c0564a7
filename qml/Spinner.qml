import QtQuick
import Plein

// "Loading more": a small turning arrow. Plain Qt Quick, because it can show on the feed's
// first screen (a short feed loads its next page at once), and neither the Controls style nor
// the Templates should load before the first frame (docs/performance.md).
Item {
    id: control
    property bool running: true
    implicitWidth: 28
    implicitHeight: 28
    Accessible.role: Accessible.Animation
    Accessible.name: qsTr("Loading")

    Icon {
        anchors.fill: parent
        name: "autorenew"
        size: Math.min(control.width, control.height)
        color: Theme.accent
        opacity: control.running ? 1 : 0
        RotationAnimator on rotation {
            running: control.running && control.visible && !Theme.reducedMotion
            from: 0
            to: 360
            duration: 1000
            loops: Animation.Infinite
        }
    }
}
