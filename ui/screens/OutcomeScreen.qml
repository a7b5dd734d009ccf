import QtQuick
import QtQuick.Layouts
import ".."
import "../components"

// An answer only staff can sort out, or an outcome nobody knows: say what it means, where to go,
// and a code to give them. Never a button that books again.
Rectangle {
    id: screen
    required property var session
    required property var booking
    color: Theme.background
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 1400)
        spacing: Theme.gap * 1.5
        RowLayout {
            spacing: Theme.gap
            OutcomeMark { tone: screen.booking.outcomeTone; implicitWidth: 100; implicitHeight: 100 }
            KText {
                objectName: "outcomeTitle"
                Layout.fillWidth: true
                text: screen.booking.outcomeTitle
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: screen.booking.outcomeTone === "unknown" ? Theme.warning : Theme.danger
            }
        }
        KText { objectName: "outcomeBody"; Layout.fillWidth: true; text: screen.booking.outcomeBody }
        KText {
            objectName: "outcomeCode"
            Layout.fillWidth: true
            visible: screen.booking.outcomeCode !== ""
            text: qsTr("Code for the front desk: %1").arg(screen.booking.outcomeCode)
            font.pixelSize: Theme.titleSize * 0.8
            font.bold: true
        }
        KButton { objectName: "outcomeDoneButton"; Layout.preferredWidth: Math.min(620, screen.width - 2 * Theme.margin); text: qsTr("OK, I'll go to the front desk"); onClicked: screen.session.finish() }
    }
}
