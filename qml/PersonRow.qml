import QtQuick
import Plein

// A person in a list: avatar, name, a second line, and room on the right for actions.
Item {
    id: row
    property string name
    property string detail
    default property alias actions: actionRow.data

    implicitHeight: Math.max(Theme.touchTarget + Theme.space8, texts.implicitHeight + Theme.space16)
    Accessible.role: Accessible.ListItem
    Accessible.name: detail !== "" ? name + ", " + detail : name

    Avatar {
        id: avatar
        anchors.verticalCenter: parent.verticalCenter
        size: 36
        name: row.name
        initials: row.name.split(" ").filter(w => w !== "").map(w => w.charAt(0)).join("").slice(0, 2).toUpperCase()
    }
    Column {
        id: texts
        anchors.left: avatar.right
        anchors.leftMargin: Theme.space12
        anchors.right: actionRow.left
        anchors.rightMargin: Theme.space8
        anchors.verticalCenter: parent.verticalCenter
        Text {
            objectName: "personName"
            width: parent.width
            text: row.name
            elide: Text.ElideRight
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.weight: Theme.weightSemiBold
        }
        Text {
            visible: text !== ""
            width: parent.width
            text: row.detail
            elide: Text.ElideRight
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
    }
    Row {
        id: actionRow
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.space4
    }
}
