import QtQuick

// A popup (menu, dialog, picker) made the first time it opens, then kept. Every feed card has
// several; made together with the card they were much of what a cold start spent building the
// feed (docs/performance.md). The popup inside names its own `parent` (what it opens from).
Loader {
    active: false
    visible: false
    function open() {
        active = true
        item.open()
    }
    function close() {
        if (item)
            item.close()
    }
}
