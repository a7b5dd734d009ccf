import QtQuick
import QtQuick.Layouts
import ".."
import "../components"

// An answer only staff can sort out, or an outcome nobody knows: say what it means, where to go,
// and a code to give them. Never a button that books again.
Rectangle {
    color: Theme.background
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 1400)
        spacing: Theme.gap * 1.5
        KText { objectName: "outcomeTitle"; Layout.fillWidth: true; text: kiosk.outcomeTitle; font.pixelSize: Theme.titleSize; font.bold: true }
        KText { objectName: "outcomeBody"; Layout.fillWidth: true; text: kiosk.outcomeBody }
        KText {
            objectName: "outcomeCode"
            Layout.fillWidth: true
            visible: kiosk.outcomeCode !== ""
            text: qsTr("Code for the front desk: %1").arg(kiosk.outcomeCode)
            font.pixelSize: Theme.titleSize * 0.8
            font.bold: true
        }
        KButton { objectName: "outcomeDoneButton"; Layout.preferredWidth: 620; text: qsTr("OK, I'll go to the front desk"); onClicked: kiosk.finish() }
    }
}
