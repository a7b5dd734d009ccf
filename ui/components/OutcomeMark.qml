import QtQuick
import ".."

// The kind of an ending at a glance, not by colour alone: a tick (booked), a question mark (nobody
// knows yet: check before booking again), an exclamation mark (not booked: see staff).
Rectangle {
    id: mark
    property string tone: "booked"   // booked | unknown | refused
    objectName: "outcomeMark"
    implicitWidth: 140
    implicitHeight: 140
    radius: 70
    color: tone === "booked" ? Theme.success : tone === "unknown" ? Theme.warning : Theme.danger
    Accessible.ignored: true
    Text {
        textFormat: Text.PlainText
        anchors.centerIn: parent
        text: mark.tone === "booked" ? "✓" : mark.tone === "unknown" ? "?" : "!"
        color: Theme.textOnBrand
        font.family: Theme.fontFamily
        font.pixelSize: 96
        font.bold: true
        property string spokenText: ""  // the title beside it says it in words
    }
}
