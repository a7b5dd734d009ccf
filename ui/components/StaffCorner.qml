import QtQuick
import ".."

// The staff way in: press and hold the top-left corner for 3 seconds. Invisible, not a control a
// screen reader offers, and too slow to hit by accident; a tap does nothing. When a patient has
// asked for help, the corner says so, for staff passing by.
MouseArea {
    id: corner
    objectName: "staffCorner"
    required property var session
    required property var staff
    width: 160
    height: 160
    z: 80
    pressAndHoldInterval: 3000
    Accessible.ignored: true
    onPressAndHold: staff.pad.open()
    Rectangle {
        objectName: "helpRequestedMark"
        visible: corner.session.helpRequest.requested
        x: 16; y: 16
        width: mark.implicitWidth + 32
        height: 64
        radius: 32
        color: Theme.warning
        Text {
            textFormat: Text.PlainText
            id: mark
            anchors.centerIn: parent
            text: qsTr("Help requested")
            color: Theme.textOnBrand
            font.family: Theme.fontFamily
            font.pixelSize: Theme.smallSize
            font.bold: true
        }
    }
}
