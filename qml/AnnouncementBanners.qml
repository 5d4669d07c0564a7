import QtQuick
import Plein

// Unread announcements pinned above the feed, each with "Mark as read". Its author (and
// community managers and admins) see how many have read it.
// `model` is the pinned list (Session.pinned): rows with postId, author, body, readCount, authorId.
Column {
    id: banners
    property var model: null
    signal openRequested(string postId)
    spacing: Theme.space8
    bottomPadding: repeater.count > 0 ? Theme.space8 : 0

    Repeater {
        id: repeater
        model: banners.model
        delegate: Rectangle {
            id: banner
            required property var model
            readonly property bool mine: (model.authorId ?? "") === Session.myId
            objectName: "announcementBanner"
            width: banners.width
            height: bannerColumn.implicitHeight + 2 * Theme.space12
            radius: Theme.radiusCard
            color: Theme.accentTint
            border.color: Theme.accent
            Accessible.role: Accessible.AlertMessage
            Accessible.name: qsTr("Announcement from %1: %2").arg(model.author ?? "").arg(Markdown.toPlainText(model.body ?? ""))

            Column {
                id: bannerColumn
                x: Theme.space16
                y: Theme.space12
                width: parent.width - 2 * Theme.space16
                spacing: Theme.space8
                Row {
                    spacing: Theme.space8
                    Icon { name: "campaign"; size: 18; color: Theme.accent; anchors.verticalCenter: parent.verticalCenter }
                    Text {
                        objectName: "announcementTitle"
                        text: qsTr("Announcement from %1").arg(banner.model.author ?? "")
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        font.weight: Theme.weightSemiBold
                        anchors.verticalCenter: parent.verticalCenter
                    }
                }
                Text {
                    objectName: "announcementBody"
                    readonly property string plainText: Markdown.toPlainText(banner.model.body ?? "")
                    width: parent.width
                    text: Markdown.toStyledText(banner.model.body ?? "")
                    textFormat: Text.StyledText
                    wrapMode: Text.Wrap
                    maximumLineCount: 4
                    elide: Text.ElideRight
                    color: Theme.text
                    linkColor: Theme.accent
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                }
                Row {
                    spacing: Theme.space8
                    PlainButton {
                        objectName: "announcementRead"
                        visible: !banner.mine
                        iconName: "done"
                        text: qsTr("Mark as read")
                        onClicked: Session.acknowledge(banner.model.postId)
                    }
                    PlainButton {
                        objectName: "announcementReaders"
                        visible: banner.mine || Session.mayAnnounce
                        kind: "quiet"
                        text: qsTr("Read by %n", "", banner.model.readCount ?? 0)
                        onClicked: banners.openRequested(banner.model.postId)
                        Accessible.name: qsTr("Read by %n: open the post to see who has not read it", "", banner.model.readCount ?? 0)
                    }
                }
            }
        }
    }
}
