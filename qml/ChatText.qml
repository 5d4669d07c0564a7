pragma Singleton
import QtQuick
import Plein

// The words chats use in several places: who is typing, day separators, a message's time,
// the preview line of a conversation, and the reactions (their kinds and names).
QtObject {
    readonly property var reactionKinds: ReactionEmoji.kinds
    function reactionLabel(kind) {
        switch (kind) {
        case "like": return qsTr("Like")
        case "love": return qsTr("Love")
        case "laugh": return qsTr("Laugh")
        case "wow": return qsTr("Wow")
        case "sad": return qsTr("Sad")
        case "celebrate": return qsTr("Celebrate")
        }
        return kind
    }

    // "Anna is typing…", "Anna and Bram are typing…", "Anna, Bram and 2 others are typing…"
    function typing(names) {
        if (!names || names.length === 0)
            return ""
        const first = names[0].split(" ")[0]
        if (names.length === 1)
            return qsTr("%1 is typing\u2026").arg(first)
        const second = names[1].split(" ")[0]
        if (names.length === 2)
            return qsTr("%1 and %2 are typing\u2026").arg(first).arg(second)
        return qsTr("%1, %2 and %n other(s) are typing\u2026", "", names.length - 2).arg(first).arg(second)
    }

    // A day separator: "Today", "Yesterday", a weekday within the week, else the date.
    function day(when, now) {
        if (!when || isNaN(when.getTime()))
            return ""
        const d = new Date(when.getFullYear(), when.getMonth(), when.getDate())
        const n = new Date(now.getFullYear(), now.getMonth(), now.getDate())
        const days = Math.round((n - d) / 86400000)
        if (days === 0)
            return qsTr("Today")
        if (days === 1)
            return qsTr("Yesterday")
        if (days > 1 && days < 7)
            return when.toLocaleDateString(Qt.locale(), "dddd")
        if (when.getFullYear() === now.getFullYear())
            return when.toLocaleDateString(Qt.locale(), "d MMMM")
        return when.toLocaleDateString(Qt.locale(), "d MMMM yyyy")
    }

    // A message's time of day, in the locale's short form.
    function time(when) {
        if (!when || isNaN(when.getTime()))
            return ""
        return when.toLocaleTimeString(Qt.locale(), Locale.ShortFormat)
    }

    // The one line under a conversation's title: "You: …" for mine, "Anna: …" in groups.
    function preview(conv) {
        const body = (conv.lastBody ?? "").replace(/\s+/g, " ").trim()
        const mine = conv.lastMine ?? false
        const author = conv.lastAuthor ?? ""
        if (body === "" && !mine && author === "")
            return qsTr("No messages yet")
        const text = body !== "" ? body : qsTr("Attachment")
        if (mine)
            return qsTr("You: %1").arg(text)
        if (!(conv.direct ?? false) && author !== "")
            return qsTr("%1: %2").arg(author.split(" ")[0]).arg(text)
        return text
    }
}
