import QtQuick

// The staff way in: press and hold the top-left corner for 3 seconds. Invisible, not a control a
// screen reader offers, and too slow to hit by accident; a tap does nothing.
MouseArea {
    objectName: "staffCorner"
    width: 160
    height: 160
    z: 80
    pressAndHoldInterval: 3000
    Accessible.ignored: true
    onPressAndHold: staff.openPad()
}
