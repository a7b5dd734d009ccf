import QtQuick
import QtQuick.Layouts
import ".."
import "../components"

Rectangle {
    color: Theme.background
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 1300)
        spacing: Theme.gap * 1.5
        KText {
            objectName: "doneTitle"
            Layout.fillWidth: true
            text: qsTr("Thank you! Your visit is booked.")
            font.pixelSize: Theme.heroSize
            font.bold: true
            color: Theme.success
            horizontalAlignment: Text.AlignHCenter
        }
        KText {
            Layout.fillWidth: true
            text: qsTr("Please take a seat. We will call you when it is your turn.")
            horizontalAlignment: Text.AlignHCenter
        }
        KText {
            objectName: "doneCountdown"
            Layout.fillWidth: true
            text: qsTr("This screen will return to the start in %n second(s).", "", kiosk.doneSecondsLeft)
            color: Theme.muted
            horizontalAlignment: Text.AlignHCenter
        }
        KButton {
            objectName: "finishButton"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: 520
            text: qsTr("Finish")
            onClicked: kiosk.startOver()
        }
    }
}
