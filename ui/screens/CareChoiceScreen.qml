import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ".."
import "../components"

ScreenPage {
    id: page
    required property var walkIn
    required property var providers
    title: qsTr("What kind of visit do you need?")
    titleName: "careTitle"
    emergency: true
    ChoiceCard {
        objectName: "walkInButton"
        Layout.preferredHeight: 200
        title: qsTr("Walk-in clinic visit")
        subtitle: qsTr("Be seen today for colds, flu, minor injuries and more")
        onClicked: page.walkIn.chooseWalkIn()
    }
    ChoiceCard {
        objectName: "appointmentButton"
        Layout.preferredHeight: 200
        title: qsTr("Appointment with a provider")
        subtitle: qsTr("Book a visit with a doctor or nurse practitioner, today or another day")
        onClicked: page.providers.chooseAppointment()
    }
}
