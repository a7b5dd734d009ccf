import QtQuick
import QtQuick.Layouts
import ".."
import "../components"

ScreenPage {
    id: page
    required property var providers
    title: qsTr("Choose a provider")
    titleName: "providersTitle"
    subtitle: qsTr("Times are shown in each clinic's local time.")
    BusyNote { Layout.fillWidth: true; visible: page.session.busy; text: qsTr("Finding providers and their free times…") }
    KText {
        objectName: "providersEmpty"
        Layout.fillWidth: true
        visible: !page.session.busy && page.session.errorCard.kind === "" && page.providers.providerCount === 0
        text: qsTr("No providers are taking bookings here right now. Please ask at %1.").arg(page.session.helpLocation)
    }
    Repeater {
        model: page.providers.providers
        ChoiceCard {
            required property var modelData
            objectName: "provider_" + modelData.npi
            badge: modelData.initials
            title: modelData.credentials ? modelData.name + ", " + modelData.credentials : modelData.name
            subtitle: modelData.place
            detail: modelData.address
            asideLabel: modelData.hasTimes ? qsTr("Next available") : ""
            aside: modelData.hasTimes ? modelData.nextFree : qsTr("No free times soon")
            onClicked: page.providers.chooseProvider(modelData.npi)
        }
    }
}
