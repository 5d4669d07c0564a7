pragma Singleton
import QtQuick

// Which post's detail (comments) is open, and the feed it came from, wherever the card that
// opened it lives.
QtObject {
    property string openPostId
    property var source: null
    function open(id, feed) {
        source = feed ?? null
        openPostId = id
    }
    function close() {
        openPostId = ""
        source = null
    }
}
