import QtQuick
import Plein
import QtQuick.Templates as T

// "Loading more": a small turning arrow. On the template, not the Controls style, because it
// can show on the feed's first screen (a short feed loads its next page at once), and the style
// would then load before the first frame (docs/performance.md).
T.BusyIndicator {
    id: control
    implicitWidth: 28
    implicitHeight: 28
    running: true
    Accessible.role: Accessible.Animation
    Accessible.name: qsTr("Loading")

    contentItem: Icon {
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
