pragma Singleton
import QtQuick

// The words and icons for a group's visibility, kind, size and my place in it, in one place.
QtObject {
    function visibilityIcon(v) {
        return v === "secret" ? "visibility_off" : v === "private" ? "lock" : "public"
    }
    function visibilityLabel(v) {
        return v === "secret" ? qsTr("Secret") : v === "private" ? qsTr("Private") : qsTr("Public")
    }
    function visibilityExplanation(v) {
        if (v === "secret")
            return qsTr("Only members can find it; people join by invitation.")
        if (v === "private")
            return qsTr("Everyone can find it; only members see posts, and joining needs approval.")
        return qsTr("Everyone in the organisation can find it, read it and join.")
    }
    function kindLabel(k) {
        switch (k) {
        case "province": return qsTr("Province")
        case "department": return qsTr("Department")
        case "theme": return qsTr("Theme")
        case "club": return qsTr("Club")
        }
        return ""
    }
    function kindIcon(k) {
        switch (k) {
        case "province": return "place"
        case "department": return "business"
        case "theme": return "eco"
        case "club": return "sports_handball"
        }
        return "groups"
    }
    function membersLabel(n) { return qsTr("%n member(s)", "", n) }
    function membershipLabel(m) {
        switch (m) {
        case "admin": return qsTr("Admin")
        case "member": return qsTr("Member")
        case "requested": return qsTr("Requested")
        case "invited": return qsTr("Invited")
        }
        return ""
    }
}
