import QtQuick
import ".."

// The kiosk's one text. Always plain: a string that looks like markup (a page's alert, a clinic's
// name from DexCare, a reason a patient typed) is shown as its characters, never parsed as HTML
// (AutoText fetched an <img> in it from the kiosk process, past the web fence).
Text {
    textFormat: Text.PlainText
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize
    color: Theme.ink
    wrapMode: Text.WordWrap
    // Shows what a patient typed: spoken only through headphones, never the lobby's speaker
    // (kiosk/qt/speech.py, Main.qml's narration()).
    property bool phi: false
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
