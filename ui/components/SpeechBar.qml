import QtQuick
import QtQuick.Layouts
import ".."

// Audio mode's controls (kiosk/qt/speech.py): what is spoken can be heard again, paused, made
// softer or louder; "Listening" says speech is on, for staff and onlookers too.
Rectangle {
    id: bar
    required property var speech
    objectName: "speechBar"
    color: Theme.surface
    implicitHeight: row.implicitHeight + 24
    height: implicitHeight
    Rectangle { anchors.top: parent.top; width: parent.width; height: 2; color: Theme.line }
    RowLayout {
        id: row
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.margin / 2
        anchors.rightMargin: Theme.margin / 2
        spacing: Theme.gap / 2
        KText {
            objectName: "listeningMark"
            Layout.fillWidth: true
            text: bar.speech.privateListening ? qsTr("Listening (headphones)") : qsTr("Listening")
            font.bold: true
            color: Theme.brand
        }
        KButton { objectName: "repeatButton"; kind: "secondary"; text: qsTr("Repeat"); onClicked: bar.speech.repeat() }
        KButton {
            objectName: "pauseButton"
            kind: "secondary"
            text: bar.speech.paused ? qsTr("Resume") : qsTr("Pause")
            onClicked: bar.speech.togglePause()
        }
        KButton { objectName: "softerButton"; kind: "secondary"; text: qsTr("Softer"); onClicked: bar.speech.softer() }
        KButton { objectName: "louderButton"; kind: "secondary"; text: qsTr("Louder"); onClicked: bar.speech.louder() }
    }
}
