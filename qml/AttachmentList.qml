import QtQuick
import Plein
import QtQuick.Controls.Basic

// A post's attachments: images as rounded thumbnails (tap: full size), other files as a row
// with name, size and download / open. Uploads still on their way show their progress.
// Each attachment: {id, name, size, mime, url, thumbnailUrl, width, height, uploadState, uploadProgress}.
Column {
    id: list
    property var attachments: []
    readonly property var images: attachments.filter(a => (a.mime ?? "").startsWith("image/"))
    readonly property var files: attachments.filter(a => !(a.mime ?? "").startsWith("image/"))
    spacing: Theme.space8

    Flow {
        width: parent.width
        spacing: Theme.space8
        visible: list.images.length > 0
        Repeater {
            model: list.images
            delegate: Rectangle {
                id: thumb
                required property var modelData
                readonly property bool single: list.images.length === 1
                width: single ? list.width : (list.width - Theme.space8) / 2
                height: single ? Math.min(320, width * ((modelData.height ?? 3) / Math.max(1, modelData.width ?? 4))) : width * 0.75
                radius: Theme.radiusCard
                color: Theme.skeleton
                clip: true
                // My own upload shows from its local copy; others' come through the file cache.
                property url thumbSource: (modelData.localPath ?? "") !== "" ? "file://" + modelData.localPath : ""
                property url fullSource: thumbSource
                Component.onCompleted: {
                    if (thumbSource.toString() === "" && (modelData.id ?? "") !== "")
                        Remote.fetchFile(modelData.id, true)
                }
                Connections {
                    target: Remote
                    function onAnswered(request, key, result, error) {
                        if (request !== "file" || error !== "")
                            return
                        if (key === (thumb.modelData.id ?? "") + "#thumb")
                            thumb.thumbSource = result.url
                        else if (key === (thumb.modelData.id ?? ""))
                            thumb.fullSource = result.url
                    }
                }
                Image {
                    anchors.fill: parent
                    source: thumb.thumbSource
                    fillMode: Image.PreserveAspectCrop
                    asynchronous: true
                }
                UploadProgress {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    attachment: thumb.modelData
                }
                AbstractButton {
                    anchors.fill: parent
                    Accessible.role: Accessible.Button
                    Accessible.name: qsTr("Open image %1").arg(thumb.modelData.name ?? "")
                    onClicked: {
                        if (thumb.fullSource.toString() === "" || thumb.fullSource === thumb.thumbSource)
                            Remote.fetchFile(thumb.modelData.id ?? "", false)
                        viewer.open()
                    }
                }
                ImageViewer {
                    id: viewer
                    source: thumb.fullSource
                    name: thumb.modelData.name ?? ""
                }
            }
        }
    }

    Repeater {
        model: list.files
        delegate: Rectangle {
            id: fileRow
            required property var modelData
            width: list.width
            height: Theme.touchTarget + Theme.space16
            radius: Theme.radiusControl
            color: Theme.background
            border.color: Theme.divider
            Icon {
                id: fileIcon
                x: Theme.space12
                anchors.verticalCenter: parent.verticalCenter
                name: "description"
                size: 24
            }
            Column {
                anchors.left: fileIcon.right
                anchors.leftMargin: Theme.space12
                anchors.right: fileButton.left
                anchors.verticalCenter: parent.verticalCenter
                Text {
                    width: parent.width
                    text: fileRow.modelData.name ?? ""
                    elide: Text.ElideMiddle
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
                Text {
                    text: fileRow.downloadError !== "" ? fileRow.downloadError : LocalFiles.formatSize(fileRow.modelData.size ?? 0)
                    color: Theme.textSecondary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                }
            }
            // Download into the cache (with progress), then open with the system's viewer.
            property url localUrl: (modelData.localPath ?? "") !== "" ? "file://" + modelData.localPath : ""
            property real downloaded: -1
            property string downloadError
            Connections {
                target: Remote
                function onDownloadProgress(fileId, received, total) {
                    if (fileId === (fileRow.modelData.id ?? "") && total > 0)
                        fileRow.downloaded = received / total
                }
                function onAnswered(request, key, result, error) {
                    if (request !== "file" || key !== (fileRow.modelData.id ?? ""))
                        return
                    fileRow.downloaded = -1
                    fileRow.downloadError = error
                    if (error === "")
                        fileRow.localUrl = result.url
                }
            }
            IconButton {
                id: fileButton
                objectName: "attachmentFileButton"
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                iconName: fileRow.localUrl.toString() !== "" ? "open_in_new" : "download"
                label: fileRow.localUrl.toString() !== "" ? qsTr("Open %1").arg(fileRow.modelData.name ?? "")
                                                          : qsTr("Download %1").arg(fileRow.modelData.name ?? "")
                enabled: fileRow.downloaded < 0
                onClicked: {
                    if (fileRow.localUrl.toString() !== "") {
                        Qt.openUrlExternally(fileRow.localUrl)
                    } else {
                        fileRow.downloaded = 0
                        Remote.fetchFile(fileRow.modelData.id ?? "", false)
                    }
                }
            }
            Rectangle {
                visible: fileRow.downloaded >= 0
                anchors.left: parent.left
                anchors.bottom: parent.bottom
                height: 3
                width: parent.width * Math.max(0, fileRow.downloaded)
                color: Theme.accent
            }
            UploadProgress {
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                attachment: fileRow.modelData
            }
        }
    }

    component UploadProgress: Rectangle {
        property var attachment: ({})
        readonly property string state: attachment.uploadState ?? ""
        visible: state === "uploading" || state === "pending" || state === "failed"
        height: 4
        color: state === "failed" ? Theme.danger : Theme.divider
        Rectangle {
            height: parent.height
            width: parent.width * Math.max(0, Math.min(1, parent.attachment.uploadProgress ?? 0))
            color: Theme.accent
        }
    }
}
