import QtQuick
import QtQuick.Templates as T
import Plein

// An icon button's name shown on hover, above it (IconButton makes it on the first hover).
T.ToolTip {
    id: tip
    x: parent ? (parent.width - implicitWidth) / 2 : 0
    y: -implicitHeight - Theme.space4
    delay: 600
    visible: true
    margins: Theme.space8
    padding: 6
    leftPadding: Theme.space8
    rightPadding: Theme.space8
    implicitWidth: contentItem.implicitWidth + leftPadding + rightPadding
    implicitHeight: contentItem.implicitHeight + topPadding + bottomPadding
    closePolicy: T.Popup.CloseOnEscape | T.Popup.CloseOnPressOutsideParent | T.Popup.CloseOnReleaseOutsideParent
    contentItem: Text {
        objectName: "hoverTip"
        text: tip.text
        color: Theme.card
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontCaption
    }
    background: Rectangle {
        radius: Theme.radiusControl
        color: Theme.text
    }
}
