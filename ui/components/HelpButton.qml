import QtQuick
import ".."

// "Help" on every screen: staff are told (the staff corner and panel show it) and the patient
// is told where they are. Once asked, it says so.
KButton {
    objectName: "helpButton"
    required property var session
    kind: session.helpRequest.requested ? "primary" : "secondary"
    text: session.helpRequest.requested ? qsTr("Help is coming") : qsTr("Help")
    Accessible.name: session.helpRequest.requested ? qsTr("Help is coming. Tap to see where staff are.") : qsTr("Help: ask a member of staff")
    onClicked: session.helpRequest.request()
}
