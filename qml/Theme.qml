pragma Singleton
import QtQuick

// Every colour, size and duration the screens use (ui.md). Light or dark follows the system
// palette; `compact` is set by Main from the window width (phone layout, larger body text).
QtObject {
    id: theme

    readonly property SystemPalette systemPalette: SystemPalette { colorGroup: SystemPalette.Active }
    // "system" follows the platform's palette; "light" and "dark" force one (settings, tests).
    property string scheme: "system"
    readonly property bool dark: scheme === "dark" || (scheme === "system" && systemPalette.window.hslLightness < 0.5)
    property bool compact: false

    // Colours
    readonly property color accent: dark ? "#3CC482" : "#1E8E5A"
    readonly property color accentPressed: dark ? "#2FA56C" : "#17704A"
    readonly property color textOnAccent: dark ? "#0F1214" : "#FFFFFF"
    readonly property color accentTint: dark ? "#16301F" : "#E5F3EB"
    readonly property color background: dark ? "#0F1214" : "#F5F6F7"
    readonly property color card: dark ? "#171B1E" : "#FFFFFF"
    readonly property color divider: dark ? "#262B2F" : "#E3E5E8"
    readonly property color hover: dark ? "#1F2428" : "#EEF0F2"
    readonly property color text: dark ? "#E8EAEC" : "#15191C"
    readonly property color textSecondary: dark ? "#9AA4AD" : "#5F6A73"
    readonly property color danger: dark ? "#F07A74" : "#C93C37"
    readonly property color dangerTint: dark ? "#3A1E1D" : "#FBEDEC"
    readonly property color warning: dark ? "#E0A84E" : "#8A5A12"
    readonly property color warningTint: dark ? "#33291A" : "#FBF3E4"
    readonly property color skeleton: dark ? "#22282C" : "#ECEEF0"

    // Avatar tones: soft backgrounds with a dark ink of the same hue (AA contrast for initials).
    readonly property var avatarTones: dark
        ? [["#5A3223", "#F8D7C9"], ["#21405C", "#D4E7F7"], ["#2A4A26", "#DCEFD8"], ["#57461A", "#F3E2B8"],
           ["#3F2D5E", "#E6DAF5"], ["#5A2238", "#F7D6E2"], ["#1D4A47", "#D2EEEC"], ["#44443A", "#E4E4DA"]]
        : [["#F8D7C9", "#7A3419"], ["#D4E7F7", "#1D4E79"], ["#DCEFD8", "#2D5A27"], ["#F3E2B8", "#6B4E0F"],
           ["#E6DAF5", "#4B2F78"], ["#F7D6E2", "#7A2447"], ["#D2EEEC", "#1E5B57"], ["#E4E4DA", "#4A4A33"]]

    // Spacing scale
    readonly property int space4: 4
    readonly property int space8: 8
    readonly property int space12: 12
    readonly property int space16: 16
    readonly property int space24: 24
    readonly property int space32: 32

    // Shapes
    readonly property int radiusCard: 10
    readonly property int radiusControl: 8
    readonly property int radiusBubble: 18
    readonly property int touchTarget: 44

    // Type
    readonly property string fontFamily: "Inter"
    // The bundled Material Icons, registered under a name of its own (Startup.cpp says why).
    readonly property string iconFamily: "Plein Material"
    // Reactions: colour emoji (Debian fonts-noto-color-emoji, from the system for now).
    readonly property string emojiFamily: "Noto Color Emoji"
    readonly property int fontCaption: 12
    readonly property int fontSmall: 14
    readonly property int fontBody: compact ? 16 : 14
    readonly property int fontLarge: 16
    readonly property int fontTitle: 20
    readonly property int fontHeading: 24
    readonly property int weightRegular: Font.Normal
    readonly property int weightSemiBold: Font.DemiBold

    // Layout
    readonly property int phoneMaxWidth: 600
    readonly property int desktopMinWidth: 1000
    readonly property int sidebarWidth: 220
    readonly property int railWidth: 80
    readonly property int feedMaxWidth: 680
    readonly property int headerHeight: 56
    readonly property int bottomNavHeight: 64

    // Motion
    property bool reducedMotion: false
    readonly property int durationFast: reducedMotion ? 0 : 150
    readonly property int durationNormal: reducedMotion ? 0 : 200

    function avatarTone(name) {
        let hash = 5381
        for (let i = 0; i < name.length; ++i)
            hash = ((hash * 33) ^ name.charCodeAt(i)) >>> 0
        return avatarTones[hash % avatarTones.length]
    }
}
