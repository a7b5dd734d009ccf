import QtQuick
import QtQuick.Layouts
import ".."
import "../components"

// Booked: everything the patient needs to arrive, a QR code for their phone's calendar, and
// back to Welcome by itself (with "I need more time").
Rectangle {
    id: screen
    required property var session
    required property var booking
    readonly property var c: booking.confirmation
    color: Theme.background
    GridLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 1600)
        columns: Theme.portrait ? 1 : 2
        columnSpacing: Theme.gap * 2
        rowSpacing: Theme.gap
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            RowLayout {
                spacing: Theme.gap
                OutcomeMark { tone: "booked"; implicitWidth: 100; implicitHeight: 100 }
                KText {
                    objectName: "confirmedTitle"
                    Layout.fillWidth: true
                    text: qsTr("You're booked!")
                    font.pixelSize: Theme.heroSize
                    font.bold: true
                    color: Theme.success
                }
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
                    KText { objectName: "confirmedWhen"; Layout.fillWidth: true; text: screen.c.when || ""; font.pixelSize: Theme.titleSize * 0.7; font.bold: true }
                    KText { Layout.fillWidth: true; text: (screen.c.provider || "") + " · " + (screen.c.visitType || "") }
                    KText { Layout.fillWidth: true; text: screen.c.place || "" }
                    KText { Layout.fillWidth: true; text: screen.c.address || ""; color: Theme.muted }
                    KText { objectName: "confirmedReference"; Layout.fillWidth: true; text: qsTr("Visit reference: %1").arg(screen.c.reference || ""); font.bold: true }
                }
            }
            KText { Layout.fillWidth: true; text: qsTr("Please bring a photo ID, your insurance card if you have one, and a list of the medicines you take. Arrive 15 minutes early.") }
            KText {
                objectName: "confirmedCountdown"
                Layout.fillWidth: true
                text: qsTr("This screen will return to the start in %n second(s).", "", screen.session.endingSecondsLeft)
                color: Theme.muted
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap
                KButton { objectName: "confirmedFinishButton"; width: 420; text: qsTr("Finish"); onClicked: screen.session.finish() }
                KButton { objectName: "confirmedMoreTimeButton"; width: 420; kind: "secondary"; text: qsTr("I need more time"); onClicked: screen.session.moreTime() }
            }
        }
        ColumnLayout {
            visible: (screen.c.calendar || "") !== ""
            Layout.alignment: Qt.AlignTop | Qt.AlignHCenter
            spacing: Theme.gap / 2
            Rectangle {
                Layout.alignment: Qt.AlignHCenter
                implicitWidth: 380; implicitHeight: 380
                color: "white"
                radius: Theme.radius
                Image {
                    objectName: "calendarQr"
                    anchors.centerIn: parent
                    width: 340; height: 340
                    source: screen.c.calendar || ""
                    cache: false  // one per patient: nothing to keep for the next
                    smooth: false
                    fillMode: Image.PreserveAspectFit
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("QR code to add this appointment to your phone's calendar")
                }
            }
            KText {
                Layout.preferredWidth: 380
                text: qsTr("Scan with your phone's camera to add it to your calendar.")
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: Theme.smallSize
            }
        }
    }
}
