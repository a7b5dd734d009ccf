import QtQuick
import QtQuick.Layouts
import ".."
import "../components"

ScreenPage {
    title: qsTr("Choose a provider")
    titleName: "providersTitle"
    subtitle: qsTr("Times are shown in each clinic's local time.")
    BusyNote { Layout.fillWidth: true; visible: kiosk.busy; text: qsTr("Finding providers and their free times…") }
    KText {
        objectName: "providersEmpty"
        Layout.fillWidth: true
        visible: !kiosk.busy && kiosk.errorKind === "" && kiosk.providerCount === 0
        text: qsTr("No providers are taking bookings here right now. Please ask at %1.").arg(kiosk.helpLocation)
    }
    Repeater {
        model: kiosk.providers
        ChoiceCard {
            required property var modelData
            objectName: "provider_" + modelData.npi
            badge: modelData.initials
            title: modelData.credentials ? modelData.name + ", " + modelData.credentials : modelData.name
            subtitle: modelData.place
            detail: modelData.address
            asideLabel: modelData.hasTimes ? qsTr("Next available") : ""
            aside: modelData.hasTimes ? modelData.nextFree : qsTr("No free times soon")
            onClicked: kiosk.chooseProvider(modelData.npi)
        }
    }
}
