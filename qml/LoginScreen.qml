import QtQuick
import Plein
import QtQuick.Controls.Basic
import QtQuick.Layouts

// Sign in: server address, email, password. Enter in any field signs in; the reason it did
// not work shows under the form in plain words.
Item {
    id: screen

    function submit() {
        if (!signInButton.enabled)
            return
        Session.signIn(serverField.text, emailField.text, passwordField.text)
    }

    Flickable {
        anchors.fill: parent
        contentHeight: Math.max(height, column.implicitHeight + 2 * Theme.space32)
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column
            width: Math.min(400, screen.width - 2 * Theme.space24)
            anchors.horizontalCenter: parent.horizontalCenter
            y: Math.max(Theme.space32, (parent.height - implicitHeight) / 2 - Theme.space24)
            spacing: 0

            Rectangle {
                Layout.alignment: Qt.AlignHCenter
                width: 56
                height: 56
                radius: 16
                color: Theme.accent
                Icon {
                    anchors.centerIn: parent
                    name: "forum"
                    size: 30
                    color: Theme.textOnAccent
                }
            }
            Text {
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: Theme.space16
                text: qsTr("Welcome to Plein")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHeading
                font.weight: Theme.weightSemiBold
            }
            Text {
                Layout.fillWidth: true
                Layout.topMargin: Theme.space8
                Layout.bottomMargin: Theme.space24
                text: qsTr("Sign in with the details from your organisation.")
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }

            Rectangle {
                Layout.fillWidth: true
                implicitHeight: form.implicitHeight + 2 * Theme.space24
                radius: Theme.radiusCard
                color: Theme.card
                border.color: Theme.divider

                ColumnLayout {
                    id: form
                    anchors.fill: parent
                    anchors.margins: Theme.space24
                    spacing: Theme.space8

                    FieldLabel { text: qsTr("Server address") }
                    InputField {
                        id: serverField
                        objectName: "loginServer"
                        Layout.fillWidth: true
                        text: Session.prefillServer
                        placeholderText: "https://plein.example.nl"
                        Accessible.name: qsTr("Server address")
                        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                        onAccepted: emailField.text === "" ? emailField.forceActiveFocus() : screen.submit()
                        KeyNavigation.tab: emailField
                    }
                    FieldLabel { text: qsTr("Email address"); Layout.topMargin: Theme.space8 }
                    InputField {
                        id: emailField
                        objectName: "loginEmail"
                        Layout.fillWidth: true
                        text: Session.prefillEmail
                        placeholderText: qsTr("name@organisation.nl")
                        Accessible.name: qsTr("Email address")
                        inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                        onAccepted: passwordField.text === "" ? passwordField.forceActiveFocus() : screen.submit()
                        KeyNavigation.tab: passwordField
                    }
                    FieldLabel { text: qsTr("Password"); Layout.topMargin: Theme.space8 }
                    InputField {
                        id: passwordField
                        objectName: "loginPassword"
                        Layout.fillWidth: true
                        text: Session.prefillPassword
                        echoMode: TextInput.Password
                        passwordCharacter: "\u2022"
                        Accessible.name: qsTr("Password")
                        onAccepted: screen.submit()
                        KeyNavigation.tab: signInButton
                    }

                    PlainButton {
                        id: signInButton
                        objectName: "loginButton"
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.space16
                        text: Session.busy ? qsTr("Signing in\u2026") : qsTr("Sign in")
                        enabled: !Session.busy && serverField.text.trim() !== "" && emailField.text.trim() !== ""
                                 && passwordField.text !== ""
                        Accessible.name: qsTr("Sign in")
                        onClicked: screen.submit()
                        Keys.onReturnPressed: screen.submit()
                        Keys.onEnterPressed: screen.submit()
                        KeyNavigation.tab: serverField
                    }

                    Rectangle {
                        id: errorBox
                        objectName: "loginErrorBox"
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.space8
                        visible: Session.errorMessage !== ""
                        implicitHeight: errorRow.implicitHeight + 2 * Theme.space12
                        radius: Theme.radiusControl
                        color: Theme.dangerTint

                        RowLayout {
                            id: errorRow
                            anchors.fill: parent
                            anchors.margins: Theme.space12
                            spacing: Theme.space8
                            Icon {
                                Layout.alignment: Qt.AlignTop
                                name: "error_outline"
                                size: 20
                                color: Theme.danger
                            }
                            Text {
                                objectName: "loginError"
                                Layout.fillWidth: true
                                text: Session.errorMessage
                                color: Theme.danger
                                wrapMode: Text.Wrap
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                                lineHeight: 1.15
                                Accessible.role: Accessible.AlertMessage
                                Accessible.name: text
                            }
                        }
                    }
                }
            }
        }
    }

    Component.onCompleted: {
        if (serverField.text === "")
            serverField.forceActiveFocus()
        else if (emailField.text === "")
            emailField.forceActiveFocus()
        else
            passwordField.forceActiveFocus()
    }

    component FieldLabel: Text {
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        font.weight: Theme.weightSemiBold
    }
}
