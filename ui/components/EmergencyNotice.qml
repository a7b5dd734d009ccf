import QtQuick
import QtQuick.Layouts
import ".."

// Where a patient might be in real danger: the kiosk is not the way to get urgent care.
Rectangle {
    objectName: "emergencyNotice"
    color: Theme.notice
    radius: Theme.radius
    border.color: Theme.danger
    border.width: 3
    implicitHeight: label.implicitHeight + 32
    Layout.fillWidth: true
    Layout.maximumWidth: 1400
    KText {
        id: label
        objectName: "emergencyText"
        x: 24; y: 16
        width: parent.width - 48
        text: qsTr("If this is an emergency, call 911 or tell staff now.")
        font.bold: true
        color: Theme.danger
    }
}
