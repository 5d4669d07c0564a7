import QtQuick
import Plein

// A thin, quiet line under the header while the server cannot be reached.
Rectangle {
    id: banner
    property string text: qsTr("Offline \u2013 you are seeing saved posts")
    implicitHeight: 32
    color: Theme.warningTint
    Accessible.role: Accessible.StatusBar
    Accessible.name: label.text

    Row {
        anchors.centerIn: parent
        spacing: Theme.space8
        Icon {
            name: "cloud_off"
            size: 16
            color: Theme.warning
            anchors.verticalCenter: parent.verticalCenter
        }
        Text {
            id: label
            text: banner.text
            width: Math.min(implicitWidth, banner.width - 2 * Theme.space16 - 24)
            elide: Text.ElideRight
            color: Theme.warning
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            font.weight: Theme.weightSemiBold
            anchors.verticalCenter: parent.verticalCenter
        }
    }

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.divider
    }
}
