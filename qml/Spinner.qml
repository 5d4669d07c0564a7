import QtQuick
import QtQuick.Controls.Basic

// "Loading more": a small spinner. Its own file, loaded by URL where it shows, so the screens
// that may need it do not load the Controls style before they do (docs/performance.md).
BusyIndicator {
    width: 28
    height: 28
    running: true
}
