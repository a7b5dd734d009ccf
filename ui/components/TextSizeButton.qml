import QtQuick
import ".."

// Larger text, from any screen (the reset returns to normal text).
KButton {
    objectName: "textSizeButton"
    required property var session
    kind: "secondary"
    text: session.largeText ? qsTr("Smaller text") : qsTr("Larger text")
    onClicked: session.setLargeText(!session.largeText)
}
