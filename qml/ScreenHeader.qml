import QtQuick
import Plein

// The bar above each page: its title, aligned with the content column below it.
Rectangle {
    id: header
    property string title
    property bool showBrand: false
    // From the left edge instead of centred over the feed's column (list panes, e.g. Groups).
    property int leftInset: -1

    implicitHeight: Theme.headerHeight
    color: Theme.background

    Item {
        id: column
        width: header.leftInset >= 0 ? header.width - header.leftInset - Theme.space16
                                     : Math.min(Theme.feedMaxWidth, header.width - 2 * Theme.space16)
        height: parent.height
        x: header.leftInset >= 0 ? header.leftInset : (header.width - width) / 2

        Row {
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.space12
            // The brand mark, on the phone's feed only.
            Loader {
                active: header.showBrand
                visible: active
                anchors.verticalCenter: parent.verticalCenter
                sourceComponent: Rectangle {
                    width: 28
                    height: 28
                    radius: 8
                    color: Theme.accent
                    Icon {
                        anchors.centerIn: parent
                        name: "forum"
                        size: 16
                        color: Theme.textOnAccent
                    }
                }
            }
            Text {
                text: header.title
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.weight: Theme.weightSemiBold
                anchors.verticalCenter: parent.verticalCenter
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
        }
    }
}
