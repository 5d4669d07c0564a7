import QtQuick
import Plein

// The shape of a post while the first page loads: grey bars that breathe gently.
Rectangle {
    id: skeleton
    property int lines: 2
    implicitHeight: 132
    radius: Theme.radiusCard
    color: Theme.card
    border.color: Theme.divider
    Accessible.ignored: true

    SequentialAnimation on opacity {
        running: !Theme.reducedMotion && skeleton.visible
        loops: Animation.Infinite
        NumberAnimation { to: 0.55; duration: 700; easing.type: Easing.InOutQuad }
        NumberAnimation { to: 1; duration: 700; easing.type: Easing.InOutQuad }
    }

    Rectangle {
        id: avatar
        x: Theme.space16
        y: Theme.space16
        width: 40
        height: 40
        radius: 20
        color: Theme.skeleton
    }
    Column {
        anchors.left: avatar.right
        anchors.leftMargin: Theme.space12
        anchors.verticalCenter: avatar.verticalCenter
        spacing: Theme.space8
        Rectangle { width: 140; height: 12; radius: 6; color: Theme.skeleton }
        Rectangle { width: 90; height: 10; radius: 5; color: Theme.skeleton }
    }
    Column {
        anchors.top: avatar.bottom
        anchors.topMargin: Theme.space16
        x: Theme.space16
        width: parent.width - 2 * Theme.space16
        spacing: Theme.space8
        Repeater {
            model: skeleton.lines
            Rectangle {
                required property int index
                width: index === skeleton.lines - 1 ? parent.width * 0.6 : parent.width
                height: 12
                radius: 6
                color: Theme.skeleton
            }
        }
    }
}
