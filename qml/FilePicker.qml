import QtQuick
import QtQuick.Dialogs

// The file chooser for attachments (the post and chat composers). A file of its own, opened
// by URL through a LazyPopup: QtQuick.Dialogs and its three libraries then load the first time
// someone attaches a file, not at start (docs/performance.md).
FileDialog {
    signal chosen(var urls)
    title: qsTr("Attach images or files")
    fileMode: FileDialog.OpenFiles
    onAccepted: chosen(selectedFiles)
}
