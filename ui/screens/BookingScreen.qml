import QtQuick
import QtQuick.Layouts
import ".."
import "../components"

// While DexCare books: nothing to tap (a second booking cannot be sent), the idle reset is held.
Rectangle {
    id: screen
    required property var session
    color: Theme.background
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 1200)
        spacing: Theme.gap * 1.5
        KText {
            objectName: "bookingTitle"
            Layout.fillWidth: true
            text: qsTr("Booking your appointment…")
            font.pixelSize: Theme.heroSize * 0.8
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
        }
        KText {
            Layout.fillWidth: true
            text: [screen.session.summaryPlace, screen.session.summaryTime].filter(s => s !== "").join(" · ")
            horizontalAlignment: Text.AlignHCenter
        }
        BusyNote { Layout.alignment: Qt.AlignHCenter; visible: true; text: qsTr("This usually takes a few seconds. Please stay here.") }
    }
}
