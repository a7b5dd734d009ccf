import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ".."
import "../components"

Rectangle {
    color: Theme.background
    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        KioskBar { Layout.fillWidth: true; onBackTapped: kiosk.back() }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            spacing: Theme.gap * 1.5
            KText {
                objectName: "careTitle"
                text: qsTr("What kind of visit do you need?")
                font.pixelSize: Theme.titleSize
                font.bold: true
            }
            ChoiceCard {
                objectName: "walkInButton"
                Layout.preferredHeight: 200
                title: qsTr("Walk-in clinic visit")
                subtitle: qsTr("Be seen today for colds, flu, minor injuries and more")
                onClicked: kiosk.chooseWalkIn()
            }
            ChoiceCard {
                objectName: "appointmentButton"
                Layout.preferredHeight: 200
                title: qsTr("Appointment with a provider")
                subtitle: qsTr("Book a visit with a doctor or nurse practitioner, today or another day")
                onClicked: kiosk.chooseAppointment()
            }
            Item { Layout.fillHeight: true }
        }
    }
}
