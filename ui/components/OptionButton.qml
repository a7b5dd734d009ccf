import QtQuick
import ".."

// One of a field's options: filled and ticked when chosen, and "chosen" said in words (speech
// would read the tick as its symbol's name).
KButton {
    property string label: ""
    property bool chosen: false
    kind: chosen ? "primary" : "secondary"
    fontSize: Theme.bodySize
    text: (chosen ? "✓ " : "") + label
    spokenName: chosen ? qsTr("%1, chosen").arg(label) : label
}
