import QtQuick
import ".."

// Offers the other language, written in that language (a Spanish speaker looks for "Español").
KButton {
    objectName: "languageButton"
    required property var session
    kind: "secondary"
    readonly property string other: session.language === "es" ? "en" : "es"
    visible: session.availableLanguages.length > 1
    text: other === "es" ? "Español" : "English"
    Accessible.name: other === "es" ? "Cambiar a español" : "Switch to English"
    onClicked: session.setLanguage(other)
}
