import QtQuick
import ".."

Text {
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize
    color: Theme.ink
    wrapMode: Text.WordWrap
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
