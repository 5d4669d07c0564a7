import QtQuick

// What every button of the first screen is built on: mouse and touch (press, click, press and
// hold, hover), the keyboard (Tab reaches it, Space or Enter activates it, with a ring only when
// it was reached that way) and screen readers. Plain Qt Quick instead of QtQuick.Templates'
// AbstractButton: then a cold start does not load the Templates plugin nor run each button's
// deferred parts (about 5 ms, docs/performance.md). `background` and `contentItem` are laid
// over the whole button, as the templates do without padding.
Item {
    id: control
    property string text
    property bool checkable: false
    property bool checked: false
    // Qt.StrongFocus: Tab and a click give it focus; Qt.TabFocus: only Tab; Qt.NoFocus: neither.
    property int focusPolicy: Qt.StrongFocus
    // Whether pressing and holding is an action of its own; a held press then does not click.
    property bool holdable: false
    property Item background: null
    property Item contentItem: null

    readonly property bool down: area.pressed || keyDown
    readonly property bool hovered: area.containsMouse
    readonly property bool visualFocus: activeFocus && !focusedByMouse

    property bool keyDown: false
    property bool focusedByMouse: false
    property bool held: false

    signal clicked()
    signal pressAndHold()
    signal toggled()

    function click() {
        if (!enabled)
            return
        if (checkable) {
            checked = !checked
            toggled()
        }
        clicked()
    }

    activeFocusOnTab: (focusPolicy & Qt.TabFocus) === Qt.TabFocus
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.focusable: activeFocusOnTab
    Accessible.checkable: checkable
    Accessible.checked: checked
    Accessible.onPressAction: click()
    Accessible.onToggleAction: click()

    onActiveFocusChanged: if (!activeFocus) { focusedByMouse = false; keyDown = false }
    onBackgroundChanged: if (background) { background.parent = control; background.z = -1; background.anchors.fill = control }
    onContentItemChanged: if (contentItem) { contentItem.parent = control; contentItem.anchors.fill = control }

    Keys.onPressed: event => {
        if (event.isAutoRepeat)
            return
        if (event.key === Qt.Key_Space) {
            keyDown = true
            event.accepted = true
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            click()
            event.accepted = true
        }
    }
    Keys.onReleased: event => {
        if (event.key === Qt.Key_Space && keyDown && !event.isAutoRepeat) {
            keyDown = false
            click()
            event.accepted = true
        }
    }

    MouseArea {
        id: area
        anchors.fill: parent
        hoverEnabled: true
        onPressed: {
            control.held = false
            if ((control.focusPolicy & Qt.ClickFocus) === Qt.ClickFocus) {
                control.focusedByMouse = true
                control.forceActiveFocus()
            }
        }
        onPressAndHold: {
            if (!control.holdable)
                return
            control.held = true
            control.pressAndHold()
        }
        // Not onClicked: MouseArea drops the click of any held press once pressAndHold is
        // connected, and most buttons have nothing to do on hold.
        onReleased: mouse => {
            if (!control.held && mouse.x >= 0 && mouse.y >= 0 && mouse.x <= width && mouse.y <= height)
                control.click()
        }
    }
}
