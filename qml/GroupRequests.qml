import QtQuick
import Plein

// Requests to join a private group, for its admins to approve or decline.
Column {
    id: section
    property string groupId
    property var requests: []
    property string error
    property bool loading: false

    function load() {
        if (groupId === "")
            return
        loading = true
        error = ""
        Remote.requests(groupId)
    }
    spacing: Theme.space8
    onGroupIdChanged: requests = []

    Connections {
        target: Remote
        function onAnswered(request, key, result, error) {
            if (request === "requests" && key === section.groupId) {
                section.loading = false
                section.error = error
                section.requests = error === "" ? result : []
            } else if (request === "decide" && key === section.groupId) {
                if (error !== "")
                    section.error = error
                section.load()
            }
        }
    }

    Text {
        objectName: "groupRequestsStatus"
        visible: text !== ""
        width: parent.width
        wrapMode: Text.Wrap
        text: section.error !== "" ? section.error
              : section.loading && section.requests.length === 0 ? qsTr("Loading requests\u2026")
              : !section.loading && section.requests.length === 0 ? qsTr("No one is waiting to join.") : ""
        color: section.error !== "" ? Theme.danger : Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }

    Repeater {
        model: section.requests
        delegate: PersonRow {
            id: requester
            required property var modelData
            width: section.width
            name: modelData.name
            detail: modelData.title ?? ""
            PlainButton {
                text: qsTr("Approve")
                Accessible.name: qsTr("Approve %1").arg(requester.modelData.name)
                onClicked: Remote.decideRequest(section.groupId, requester.modelData.userId, true)
            }
            PlainButton {
                kind: "quiet"
                tint: Theme.danger
                text: qsTr("Decline")
                Accessible.name: qsTr("Decline %1").arg(requester.modelData.name)
                onClicked: Remote.decideRequest(section.groupId, requester.modelData.userId, false)
            }
        }
    }
}
