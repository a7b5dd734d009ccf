import QtQuick
import ".."

Text {
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
