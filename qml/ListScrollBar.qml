import QtQuick
import Plein

// The scroll bar of every list: a thin thumb at the list's right edge that shows while the list
// moves or the bar is hovered or dragged, and fades out after. Dragging the thumb scrolls; a
// press on the track jumps there. Declared anywhere beside its list (`view`): it puts itself on
// the list, over the content (a child declared inside a list would scroll with it). Plain
// Qt Quick, not the Templates' ScrollBar: the feed's first screen loads no Templates
// (docs/performance.md).
Item {
    id: bar
    required property Flickable view
    readonly property real size: view.visibleArea.heightRatio
    readonly property bool needed: size < 1.0 && view.contentHeight > 0
    readonly property bool active: needed && (view.moving || area.containsMouse || area.pressed)

    parent: view
    x: view.width - width
    y: 0
    z: 1
    width: 12
    height: view.height
    visible: needed
    Accessible.role: Accessible.ScrollBar

    function scrollTo(thumbTop) {
        const track = height - thumb.height
        const fraction = track > 0 ? Math.max(0, Math.min(1, thumbTop / track)) : 0
        view.contentY = view.originY + fraction * (view.contentHeight - view.height)
    }

    Rectangle {
        id: thumb
        x: bar.width - width - 2
        y: Math.max(0, Math.min(bar.height - height, bar.view.visibleArea.yPosition * bar.height))
        width: area.containsMouse || area.pressed ? 6 : 4
        height: Math.max(24, bar.size * bar.height)
        radius: width / 2
        color: area.pressed ? Theme.text : Theme.textSecondary
        opacity: 0
        states: State {
            name: "active"
            when: bar.active
            PropertyChanges { target: thumb; opacity: 0.6 }
        }
        transitions: Transition {
            from: "active"
            SequentialAnimation {
                PauseAnimation { duration: 450 }
                NumberAnimation { target: thumb; property: "opacity"; to: 0; duration: Theme.durationNormal }
            }
        }
    }

    MouseArea {
        id: area
        anchors.fill: parent
        hoverEnabled: true
        preventStealing: true
        property real grabOffset: 0
        onPressed: mouse => {
            // On the thumb: drag it from where it was taken; on the track: jump there.
            grabOffset = mouse.y >= thumb.y && mouse.y <= thumb.y + thumb.height ? mouse.y - thumb.y : thumb.height / 2
            bar.scrollTo(mouse.y - grabOffset)
        }
        onPositionChanged: mouse => { if (pressed) bar.scrollTo(mouse.y - grabOffset) }
    }
}
