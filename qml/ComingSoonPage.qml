import QtQuick
import Plein

// A destination that is not built yet: says so in one friendly line, never a blank page.
Item {
    id: page
    property string iconName
    property string title
    property string message

    Column {
        anchors.centerIn: parent
        width: Math.min(360, page.width - 2 * Theme.space32)
        spacing: Theme.space12

        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: 72
            height: 72
            radius: 36
            color: Theme.accentTint
            Icon {
                anchors.centerIn: parent
                name: page.iconName
                size: 36
                color: Theme.accent
            }
        }
        Text {
            width: parent.width
            topPadding: Theme.space4
            text: page.title
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            font.weight: Theme.weightSemiBold
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Text {
            width: parent.width
            text: page.message
            color: Theme.textSecondary
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            lineHeight: 1.2
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }
}
