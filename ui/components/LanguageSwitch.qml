import QtQuick
import ".."

// Offers the other language, written in that language (a Spanish speaker looks for "Español").
KButton {
    objectName: "languageButton"
    kind: "secondary"
    readonly property string other: kiosk.language === "es" ? "en" : "es"
    visible: kiosk.languages.length > 1
    text: other === "es" ? "Español" : "English"
    Accessible.name: other === "es" ? "Cambiar a español" : "Switch to English"
    onClicked: kiosk.setLanguage(other)
}
