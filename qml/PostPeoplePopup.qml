import QtQuick
import Plein

// Who reacted to a post ("reactors"), or who has not read an announcement yet ("readers"),
// asked from the server when shown. Loaded by URL when first needed (see PostMenu.qml).
PeoplePopup {
    id: popup
    property string postId
    property string request

    function show(request, title) {
        popup.title = title
        popup.request = request
        popup.people = []
        popup.status = qsTr("Loading…")
        popup.open()
        if (request === "readers")
            Remote.readers(popup.postId)
        else
            Remote.reactors("post", popup.postId)
    }

    Connections {
        target: Remote
        enabled: popup.opened
        function onAnswered(request, key, result, error) {
            if (request !== popup.request || key !== popup.postId)
                return
            if (error !== "") {
                popup.status = error
            } else if (request === "readers") {
                popup.title = qsTr("Read by %1 of %2").arg(result.readCount).arg(result.audienceCount)
                popup.people = result.unread
                popup.status = result.unread.length === 0 ? qsTr("Everyone has read it.") : qsTr("Not read yet:")
            } else {
                popup.people = result
                popup.status = result.length === 0 ? qsTr("No reactions yet.") : ""
            }
        }
    }
}
