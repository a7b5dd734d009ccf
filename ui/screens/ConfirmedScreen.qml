import QtQuick
import QtQuick.Layouts
import ".."
import "../components"

Rectangle {
    color: Theme.background
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 1400)
        spacing: Theme.gap
        KText {
            objectName: "confirmedTitle"
            Layout.fillWidth: true
            text: qsTr("You're booked!")
            font.pixelSize: Theme.heroSize
            font.bold: true
            color: Theme.success
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: details.implicitHeight + 2 * Theme.gap
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.line
            border.width: 2
            ColumnLayout {
                id: details
                x: Theme.gap; y: Theme.gap
                width: parent.width - 2 * Theme.gap
                spacing: 8
                KText { objectName: "confirmedWhen"; Layout.fillWidth: true; text: kiosk.confirmation.when || ""; font.pixelSize: Theme.titleSize * 0.7; font.bold: true }
                KText { Layout.fillWidth: true; text: (kiosk.confirmation.provider || "") + " · " + (kiosk.confirmation.visitType || "") }
                KText { Layout.fillWidth: true; text: kiosk.confirmation.place || "" }
                KText { Layout.fillWidth: true; text: kiosk.confirmation.address || ""; color: Theme.muted }
                KText { objectName: "confirmedReference"; Layout.fillWidth: true; text: qsTr("Visit reference: %1").arg(kiosk.confirmation.reference || ""); font.bold: true }
            }
        }
        KText { Layout.fillWidth: true; text: qsTr("Please bring a photo ID, your insurance card if you have one, and a list of the medicines you take. Arrive 15 minutes early.") }
        KText {
            objectName: "confirmedCountdown"
            Layout.fillWidth: true
            text: qsTr("This screen will return to the start in %n second(s).", "", kiosk.doneSecondsLeft)
            color: Theme.muted
        }
        KButton { objectName: "confirmedFinishButton"; Layout.preferredWidth: 520; text: qsTr("Finish"); onClicked: kiosk.finish() }
    }
}
